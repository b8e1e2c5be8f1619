// Reads what a test needs from a PDF that Chromium printed with `tagged: true`:
// how many pages it has, and on which pages each element of its structure tree
// (headings, table rows) has its content. Chromium (Skia) writes every object
// uncompressed and in plain sight (no object streams), so a few regular
// expressions read it; the content streams, which are compressed, are never
// needed. Not a general PDF reader: it reads what Chromium writes.

/** The PDF's objects, by object number, as their source text. */
function readObjects(pdf) {
  const text = Buffer.isBuffer(pdf) ? pdf.toString('latin1') : pdf;
  const objects = new Map();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)\s*endobj/g)) objects.set(Number(match[1]), match[2]);
  return { text, objects };
}

/** Pages are `/Type /Page`; the tree that holds them is `/Type /Pages`, which must not count. */
export function pageCount(pdf) {
  return (readObjects(pdf).text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

const refs = (text) => [...text.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));

/** A dictionary's `/K` value (its kids, in order): a reference, an array, or a marked-content id. */
function kidsOf(dictionary) {
  const match = /\/K\s+(\[[\s\S]*?\](?=\s*(?:\/|>>|$))|\d+ 0 R|\d+)/.exec(dictionary);
  if (!match) return [];
  // References, inline dictionaries (marked-content and object references) and bare marked-content ids, in order.
  return [...match[1].matchAll(/<<[\s\S]*?>>|\d+ 0 R|\d+/g)].map((token) => token[0]);
}

/**
 * The structure tree with, for each element, its tag, its table attributes
 * and the page numbers (1-based, in reading order of the page tree) its own
 * content sits on, in document order.
 */
export function structureTree(pdf) {
  const { objects } = readObjects(pdf);
  const pageIndex = new Map();
  const walkPages = (id) => {
    const dictionary = objects.get(id) ?? '';
    if (/\/Type\s*\/Pages\b/.test(dictionary)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dictionary)?.[1] ?? '';
      for (const kid of refs(kids)) walkPages(kid);
    } else if (/\/Type\s*\/Page(?![A-Za-z])/.test(dictionary)) pageIndex.set(id, pageIndex.size + 1);
  };
  const catalog = [...objects.values()].find((dictionary) => /\/Type\s*\/Catalog\b/.test(dictionary)) ?? '';
  const pagesRoot = /\/Pages\s+(\d+) 0 R/.exec(catalog);
  if (pagesRoot) walkPages(Number(pagesRoot[1]));
  const rootId = Number(/\/StructTreeRoot\s+(\d+) 0 R/.exec(catalog)?.[1] ?? NaN);
  if (Number.isNaN(rootId)) throw new Error('The PDF has no structure tree: print it with { tagged: true }');

  const pageOf = (dictionary) => {
    const ref = /\/Pg\s+(\d+) 0 R/.exec(dictionary);
    return ref ? pageIndex.get(Number(ref[1])) : undefined;
  };
  const build = (id, inheritedPage, seen) => {
    if (seen.has(id)) return null;
    seen.add(id);
    const dictionary = objects.get(id) ?? '';
    const page = pageOf(dictionary) ?? inheritedPage;
    const node = { tag: /\/S\s*\/(\w+)/.exec(dictionary)?.[1] ?? 'StructTreeRoot', attributes: /\/A\s*(\[[\s\S]*?\]|<<[\s\S]*?>>)/.exec(dictionary)?.[1] ?? '', children: [], content: [] };
    for (const kid of kidsOf(dictionary)) {
      if (kid.startsWith('<<')) {
        const kidPage = pageOf(kid) ?? page;
        if (kidPage !== undefined) node.children.push({ tag: '#content', page: kidPage });
      } else if (kid.endsWith(' R')) {
        const child = build(Number(kid.split(' ')[0]), page, seen);
        if (child) node.children.push(child);
      } else if (page !== undefined) node.children.push({ tag: '#content', page });
    }
    return node;
  };
  return build(rootId, undefined, new Set());
}

/** Every page an element's content, its descendants' included, sits on, in document order. */
export function pagesOf(node) {
  if (node.tag === '#content') return [node.page];
  return node.children.flatMap(pagesOf);
}

/** Every element of the tree with a tag, in document order. */
export function elementsOf(node, tag) {
  if (node.tag === '#content') return [];
  return [...(node.tag === tag ? [node] : []), ...node.children.flatMap((child) => elementsOf(child, tag))];
}

/** A table row whose cells are all column headers: Chromium repeats a `<thead>` row on each page a table runs over. */
export function isHeaderRow(row) {
  const cells = row.children.filter((child) => child.tag === 'TH' || child.tag === 'TD');
  return cells.length > 0 && cells.every((cell) => cell.tag === 'TH' && /\/Scope\s*\/Column/.test(cell.attributes));
}

/** The body rows whose content sits on more than one page. */
export function splitRows(tree) {
  return elementsOf(tree, 'TR').filter((row) => !isHeaderRow(row) && new Set(pagesOf(row)).size > 1);
}

/**
 * Headings left at the foot of a page: the heading's last line is on one page
 * and the content after it starts on the next.
 */
export function strandedHeadings(tree) {
  const sequence = [];
  const walk = (node, heading) => {
    if (node.tag === '#content') {
      sequence.push({ page: node.page, heading });
      return;
    }
    const isHeading = /^H[1-6]$/.test(node.tag) ? node : heading;
    for (const child of node.children) walk(child, isHeading);
  };
  walk(tree, null);
  const stranded = [];
  for (let at = 0; at < sequence.length - 1; at += 1) {
    const here = sequence[at];
    const next = sequence[at + 1];
    if (here.heading && next.heading !== here.heading && next.page !== here.page) stranded.push({ tag: here.heading.tag, page: here.page });
  }
  return stranded;
}
