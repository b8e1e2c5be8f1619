// Prints every story of <ot-home-visit-summary> from the static Storybook
// build to an A4 PDF in headless Chromium, as `npm test` runs it after
// `npm run build-storybook`, and checks the paper: how many pages each
// summary takes, that no table row and no heading is split from what it
// belongs with (read from the tagged PDF's structure tree), and that photos
// and tables fit the printable width. Writes .test-results/print.json for
// scripts/test.mjs. Usage: node tests/print/summaries-pdf.mjs [storybook-dir]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../chromium.mjs';
import { serveStatic } from '../static-server.mjs';
import { elementsOf, pageCount, pagesOf, isHeaderRow, splitRows, strandedHeadings, structureTree } from './pdf-structure.mjs';

const root = new URL('../..', import.meta.url).pathname;
const staticDir = resolve(process.argv[2] ?? join(root, 'storybook-static'));
const resultsFile = join(root, '.test-results', 'print.json');
const title = 'Home visit/ot-home-visit-summary';
const storyTimeout = 20_000;

/** A4 less the 15 mm margins the guide asks hosts for: 180 × 267 mm. */
const margin = '15mm';
const mmToPx = 96 / 25.4;
const printable = { width: Math.floor(180 * mmToPx), height: Math.floor(267 * mmToPx) };

/**
 * The pages each story may take. The person's summary is a letter to hand
 * over, so it must stay short; the housing one carries photos, and its long
 * table must run over pages (so the split-row check means something).
 */
const expectedPages = {
  person: [1, 2],
  'person-visit-only': [1, 2],
  'person-nothing-yet': [1, 1],
  housing: [1, 2],
  'housing-many-measurements': [3, 5],
  'housing-without-definitions': [1, 2],
  'housing-no-grant': [1, 1],
  'unreadable-record': [1, 1],
  // Welsh runs about a fifth longer than English, so allow one more page.
  'person-in-welsh': [1, 3],
  'housing-in-welsh': [1, 3],
};

async function waitForStory(page) {
  await page.waitForFunction(
    () => {
      const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored' || phase === 'aborted';
    },
    undefined,
    { timeout: storyTimeout },
  );
  return page.evaluate(async () => {
    const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
    if (phase !== 'finished') return `the story ended in phase "${phase}"`;
    const summary = document.querySelector('#storybook-root ot-home-visit-summary');
    if (!summary) return 'no <ot-home-visit-summary> was rendered';
    await summary.updateComplete;
    // Photos must be decoded before the page is measured or printed.
    await Promise.all([...(summary.shadowRoot?.querySelectorAll('img') ?? [])].map((img) => img.decode().catch(() => undefined)));
    return null;
  });
}

/** What the screen-free layout says in print media at the printable width: anything wider than the paper, and the text colour. */
function measurePrintLayout(page, width) {
  return page.evaluate((width) => {
    const summary = document.querySelector('#storybook-root ot-home-visit-summary');
    const shadow = summary.shadowRoot;
    const tooWide = [...shadow.querySelectorAll('img, table, tr, section, p, dl')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.localName}${element.className ? `.${element.className}` : ''}`);
    return {
      tooWide,
      scrollWidth: document.documentElement.scrollWidth,
      colour: getComputedStyle(summary).color,
      images: shadow.querySelectorAll('img').length,
      rows: shadow.querySelectorAll('tbody tr').length,
    };
  }, width);
}

/**
 * The checks checked: a plain page whose rows and heading may break is
 * printed first, and the structure reader must find its split rows and its
 * heading left at the foot of a page. Chromium keeps a row of one or two lines
 * whole on its own (orphans and widows), so a summary passing says little
 * unless the reader is shown to catch a split where there is one.
 */
async function checkTheChecks(context) {
  const page = await context.newPage();
  try {
    const rows = Array.from({ length: 30 }, (_, index) => `<tr><th>Row ${index + 1}</th><td>${'A line of text<br>'.repeat(6)}</td></tr>`).join('');
    await page.setContent(
      `<!doctype html><html lang="en"><title>control</title><style>body{margin:0} tr{break-inside:auto} h2{break-after:auto;margin:0} .big{break-inside:avoid;height:500px}</style>` +
        `<p style="height:${printable.height - 60}px;margin:0">Filler</p><h2>A heading</h2><p class="big">What follows it</p>` +
        `<table><thead><tr><th scope="col">Name</th><th scope="col">Text</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
    await page.emulateMedia({ media: 'print' });
    const tree = structureTree(await page.pdf({ format: 'A4', margin: { top: margin, right: margin, bottom: margin, left: margin }, tagged: true }));
    const problems = [];
    if (splitRows(tree).length === 0) problems.push('found no split row in a table whose rows may split');
    if (strandedHeadings(tree).length === 0) problems.push('found no stranded heading where one is');
    return problems;
  } finally {
    await page.close();
  }
}

async function checkStory(context, origin, entry) {
  const name = entry.id.slice(entry.id.lastIndexOf('--') + 2);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.setViewportSize(printable);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=a11y.manual:!true`, { timeout: storyTimeout });
    const error = await waitForStory(page);
    if (error) return { name, problems: [...problems, `render: ${error}`] };

    const layout = await measurePrintLayout(page, printable.width);
    if (layout.tooWide.length) problems.push(`wider than the printable ${printable.width} px: ${layout.tooWide.join(', ')}`);
    if (layout.scrollWidth > printable.width) problems.push(`the page scrolls sideways in print (${layout.scrollWidth} px)`);
    if (layout.colour !== 'rgb(0, 0, 0)') problems.push(`text prints in ${layout.colour}, not black`);

    const pdf = await page.pdf({ format: 'A4', margin: { top: margin, right: margin, bottom: margin, left: margin }, tagged: true });
    const pages = pageCount(pdf);
    const tree = structureTree(pdf);
    const range = expectedPages[name];
    if (!range) problems.push(`no page count is expected for the story "${name}": add it to expectedPages`);
    else if (pages < range[0] || pages > range[1]) problems.push(`${pages} pages, expected ${range[0] === range[1] ? range[0] : `${range[0]}–${range[1]}`}`);

    const split = splitRows(tree);
    if (split.length) problems.push(`${split.length} table row(s) split across pages (${split.map((row) => [...new Set(pagesOf(row))].join('/')).join(', ')})`);
    const stranded = strandedHeadings(tree);
    if (stranded.length) problems.push(`heading(s) left at the foot of a page: ${stranded.map((h) => `${h.tag} on page ${h.page}`).join(', ')}`);
    const bodyRows = elementsOf(tree, 'TR').filter((row) => !isHeaderRow(row)).length;
    if (bodyRows !== layout.rows) problems.push(`the PDF tags ${bodyRows} body rows where the summary has ${layout.rows}`);
    if (name === 'housing-many-measurements') {
      // The table runs over a page, so its header row must be printed again on the next.
      const header = elementsOf(tree, 'TR').filter(isHeaderRow).at(-1);
      const headerPages = header ? new Set(pagesOf(header)).size : 0;
      if (headerPages < 2) problems.push(`the measurements table's header is printed on ${headerPages} page(s), not repeated`);
    }
    const figures = elementsOf(tree, 'Figure').length;
    if (figures < layout.images) problems.push(`the PDF tags ${figures} figures for ${layout.images} photos`);
    return { name, problems, pages };
  } catch (error) {
    return { name, problems: [...problems, error instanceof Error ? error.message.split('\n')[0] : String(error)] };
  } finally {
    await page.close();
  }
}

async function main() {
  const start = performance.now();
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.title === title);
  let passed = 0;
  let failed = 0;
  if (entries.length === 0) {
    console.error(`✗ no stories titled "${title}" in ${staticDir}/index.json`);
    failed = 1;
  } else {
    const server = await serveStatic(staticDir, { cacheControl: 'max-age=600' });
    const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
    try {
      const context = await browser.newContext();
      const control = await checkTheChecks(context);
      if (control.length) {
        failed += 1;
        console.log(`✗ the structure reader: ${control.join(' | ')}`);
      } else {
        passed += 1;
        console.log('✓ the structure reader finds split rows and stranded headings on a control page');
      }
      for (const entry of entries) {
        const { name, problems, pages } = await checkStory(context, server.origin, entry);
        if (problems.length) {
          failed += 1;
          console.log(`✗ ${name}: ${problems.join(' | ')}`);
        } else {
          passed += 1;
          console.log(`✓ ${name} (${pages} page${pages === 1 ? '' : 's'})`);
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
  await mkdir(join(root, '.test-results'), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify({ passed, failed, skipped: 0 })}\n`);
  console.log(`summaries printed to A4 PDF: ${passed} passed, ${failed} failed in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  process.exitCode = failed ? 1 : 0;
}

main().catch(async (error) => {
  console.error(error);
  // A crash before any story ran must still read as a failure, never as "0 failed".
  await mkdir(join(root, '.test-results'), { recursive: true }).catch(() => {});
  await writeFile(resultsFile, `${JSON.stringify({ passed: 0, failed: 1, skipped: 0 })}\n`).catch(() => {});
  process.exitCode = 1;
});
