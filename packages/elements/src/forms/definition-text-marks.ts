import { html, type nothing, type TemplateResult } from 'lit';

/**
 * Definition text inside a sentence the catalogue builds ("Outing 1: the park
 * (how easy was it? Easy)"), found again when it is rendered so that only the
 * definition's words carry their `lang` (WCAG 3.1.2) and the catalogue's words
 * around them (yes, no, dates, "Not answered") keep the interface's.
 *
 * The mark follows the text and says how long it is, rather than wrapping it:
 * a catalogue may change a label's first letter (`inSentence`), which a mark
 * in front would hide from it; the length stays the same. A mark may name the
 * text's own language, for a sentence whose pieces differ. The marks are
 * characters of Unicode's private use area, which no definition or catalogue
 * text holds, and never leave this file.
 */
const OPEN = '\uE000';
const LANG = '\uE002';
const CLOSE = '\uE001';
const MARK = /\uE000(\d+)(?:\uE002([^\uE001]*))?\uE001/g;

/** A definition text, marked so `renderMarked` can find it in a sentence; `lang`, when given, is its own language. */
export function markDefinitionText(text: string, lang?: string): string {
  return `${text}${OPEN}${text.length}${lang === undefined ? '' : `${LANG}${lang}`}${CLOSE}`;
}

/** A piece of a marked sentence: the catalogue's words as they are, or a definition text with its `lang` (undefined: the caller's). */
export type MarkedPiece = { text: string; definitionText: false } | { text: string; definitionText: true; lang: string | undefined };

/** A sentence with marked definition text, in pieces, the marks taken out. */
export function markedPieces(sentence: string): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  let from = 0;
  for (const match of sentence.matchAll(MARK)) {
    const start = Math.max(from, match.index - Number(match[1]));
    if (start > from) pieces.push({ text: sentence.slice(from, start), definitionText: false });
    pieces.push({ text: sentence.slice(start, match.index), definitionText: true, lang: match[2] });
    from = match.index + match[0].length;
  }
  if (from < sentence.length) pieces.push({ text: sentence.slice(from), definitionText: false });
  return pieces;
}

/** A sentence with marked definition text, each such text in a span with its mark's `lang`, else `lang`; the rest as it is. */
export function renderMarked(sentence: string, lang: string | typeof nothing): (string | TemplateResult)[] {
  return markedPieces(sentence).map((piece) => (piece.definitionText ? html`<span lang=${piece.lang ?? lang}>${piece.text}</span>` : piece.text));
}

/** `renderMarked` as DOM, appended to `parent`: text as text nodes, a definition text in a span with its mark's `lang`, else `lang` (none when undefined). */
export function appendMarked(parent: Node, sentence: string, lang: string | undefined): void {
  const document = parent.ownerDocument ?? globalThis.document;
  for (const piece of markedPieces(sentence)) {
    if (!piece.definitionText) {
      parent.appendChild(document.createTextNode(piece.text));
      continue;
    }
    const span = document.createElement('span');
    const spanLang = piece.lang ?? lang;
    if (spanLang !== undefined) span.lang = spanLang;
    span.textContent = piece.text;
    parent.appendChild(span);
  }
}
