import { enGB } from '../i18n/en-gb.js';
import { cy } from '../i18n/cy.js';

/**
 * The en-GB words of some catalogue areas that Welsh says otherwise (every
 * plain string, at any depth; messages with values are left out), for tests
 * that check a Welsh page has none of them left.
 */
export function englishWordsOf(...areas: readonly ('homeVisit' | 'homeVisitSummary' | 'recommendations')[]): string[] {
  const words: string[] = [];
  const walk = (english: unknown, welsh: unknown) => {
    if (typeof english === 'string') {
      // Short words ("Pam", "Cod") could be part of other text; a word the same in both languages is no sign of English.
      if (english !== welsh && english.length > 4) words.push(english);
      return;
    }
    if (typeof english !== 'object' || english === null) return;
    for (const [key, value] of Object.entries(english)) walk(value, (welsh as Record<string, unknown> | undefined)?.[key]);
  };
  for (const area of areas) walk(enGB[area], cy[area]);
  return words;
}

/**
 * The en-GB words of `areas` that are a whole text node, or a whole `aria-label`,
 * `alt` or `title`, under `root` (a definition's "Photos of the bathroom" is its
 * own text, and not the catalogue's "Photos").
 */
export function englishLeftIn(root: Node, ...areas: readonly ('homeVisit' | 'homeVisitSummary' | 'recommendations')[]): string[] {
  const english = new Set(englishWordsOf(...areas));
  const shown: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) shown.push(node.textContent ?? '');
    else if (node instanceof Element) for (const name of ['aria-label', 'alt', 'title']) shown.push(node.getAttribute(name) ?? '');
  }
  return [...new Set(shown.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => english.has(text)))];
}
