// The words a story may show without the catalogue: its own data. That is
// every string the story's otforms elements were given or hold (definitions,
// records, drafts, answers, summaries: read from the elements in the page), and
// the string literals of the stories and their support files (text a story
// writes around its elements). Everything else on screen must come from a
// catalogue, which the pseudo-locale marks ⟦…⟧, or sit inside `translate="no"`
// (codes, paths and core's technical detail, left in English on purpose).
// `uncataloguedText` runs in the page and lists what is none of these.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const dataSources = ['stories', 'packages/instruments/src', 'packages/elements/src/test-support', 'packages/core/src/test-support', 'packages/reporting/src/test-support', 'packages/interop/src/test-support', 'demo'];

async function* sourceFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|mjs|js|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) yield path;
  }
}

/** The string literals of a TypeScript or JavaScript source, and the fixed parts of its template literals. */
export function stringLiterals(source) {
  const found = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i) === -1 ? n : source.indexOf('\n', i);
    else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i + 2) === -1 ? n : source.indexOf('*/', i + 2) + 2;
    else if (c === '"' || c === "'" || c === '`') {
      let text = '';
      i += 1;
      while (i < n && source[i] !== c) {
        if (source[i] === '\\') {
          const next = source[i + 1];
          text += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i += 2;
        } else if (c === '`' && source[i] === '$' && source[i + 1] === '{') {
          // A template's value is made at run time: keep each fixed part on its own.
          found.push(text);
          text = '';
          let depth = 1;
          i += 2;
          while (i < n && depth) {
            if (source[i] === '{') depth += 1;
            else if (source[i] === '}') depth -= 1;
            i += 1;
          }
        } else {
          text += source[i];
          i += 1;
        }
      }
      found.push(text);
      i += 1;
    } else i += 1;
  }
  return found;
}

export const normalise = (text) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Every data string of the stories, normalised (whitespace collapsed, lower case). */
export async function storyDataStrings(root) {
  const strings = new Set();
  for (const dir of dataSources) {
    for await (const file of sourceFiles(join(root, dir))) {
      for (const literal of stringLiterals(await readFile(file, 'utf8'))) {
        const text = normalise(literal);
        if (text) strings.add(text);
      }
    }
  }
  return [...strings];
}

/**
 * Runs in the page: every text node and every attribute people are told
 * (aria-label, aria-description, title, alt, placeholder) under the story root,
 * across shadow roots, that carries no ⟦ mark, is not only digits, punctuation
 * and symbols, and is not one of the story's data strings.
 */
export function uncataloguedText(dataStrings) {
  const data = new Set(dataStrings);
  const normalise = (text) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  // Every string an otforms element was given or holds: its reactive properties, its value, its machine's context.
  const seen = new WeakSet();
  const collect = (value, depth = 0) => {
    if (typeof value === 'string') return void data.add(normalise(value));
    if (!value || typeof value !== 'object' || depth > 60 || seen.has(value) || value instanceof Node) return;
    seen.add(value);
    const inner = value instanceof Map ? [...value.keys(), ...value.values()] : value instanceof Set ? [...value] : Array.isArray(value) ? value : Object.values(value);
    for (const item of inner) collect(item, depth + 1);
  };
  const elements = (root, found = []) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('ot-')) found.push(element);
      if (element.shadowRoot) elements(element.shadowRoot, found);
    }
    return found;
  };
  for (const element of elements(document)) {
    for (const name of element.constructor.elementProperties?.keys() ?? []) collect(element[name]);
    collect(element.value);
    for (const actor of [element.session?.actor, element.actor]) collect(actor?.getSnapshot?.()?.context);
  }
  const told = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];
  const skipped = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);
  const problems = new Set();
  const where = (node) => {
    const path = [];
    for (let at = node instanceof Element ? node : node.parentElement; at && path.length < 4; ) {
      path.unshift(at.localName + (at.id ? `#${at.id}` : '') + (at.getAttribute('part') ? `[part=${at.getAttribute('part')}]` : ''));
      at = at.parentElement ?? (at.getRootNode() instanceof ShadowRoot ? at.getRootNode().host : null);
    }
    return path.join(' > ');
  };
  const untranslatable = (node) => {
    for (let at = node instanceof Element ? node : node.parentElement; at; ) {
      if (at.getAttribute('translate') === 'no') return true;
      at = at.parentElement ?? (at.getRootNode() instanceof ShadowRoot ? at.getRootNode().host : null);
    }
    return false;
  };
  const check = (text, node, what) => {
    const plain = normalise(text);
    // A record's reference is made when the story runs: an id, not a word.
    const generatedId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(plain);
    if (!plain || text.includes('⟦') || /^[\p{N}\p{P}\p{S}\s]*$/u.test(plain) || generatedId || data.has(plain) || untranslatable(node)) return;
    problems.add(`${what} "${text.trim().slice(0, 80)}" in ${where(node)}`);
  };
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return check(node.data, node, 'text');
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (skipped.has(node.tagName.toUpperCase())) return;
      for (const name of told) if (node.hasAttribute(name)) check(node.getAttribute(name), node, name);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(document.querySelector('#storybook-root'));
  return [...problems];
}
