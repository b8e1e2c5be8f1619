import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.js';

/** docs/catalogue.md is what council teams read: it must list what the catalogue ships, and each suggestion case as the tests run it. */
const page = readFileSync(new URL('../../../docs/catalogue.md', import.meta.url), 'utf8');
const rows = page.split('\n').filter((line) => line.startsWith('| '));

describe('docs/catalogue.md', () => {
  it('lists every instrument with its version in the summary', () => {
    for (const entry of catalogue)
      expect(
        rows.some((row) => row.startsWith(`| \`${entry.id}\` | ${entry.version} | ${entry.title} |`)),
        entry.id,
      ).toBe(true);
  });

  it('says for each instrument whether a Welsh version is shipped, as the catalogue does', () => {
    const sections = page.split(/\n(?=## )/);
    for (const entry of catalogue) {
      const section = sections.find((candidate) => candidate.split('\n')[0]!.endsWith(`(\`${entry.id}\`)`));
      expect(section, entry.id).toBeDefined();
      // Wrapped lines read as one: the status is one sentence in the code and may span lines here.
      expect(section!.replace(/\n\s*/g, ' '), entry.id).toContain(`- **Welsh:** ${entry.welsh.status}`);
      const summary = rows.find((row) => row.startsWith(`| \`${entry.id}\` |`))!;
      expect(summary.split('|').at(-2)!.trim(), entry.id).toMatch(entry.welsh.shipped ? /^Yes/ : /^English only$/);
    }
  });

  for (const entry of catalogue.filter((candidate) => candidate.suggestionCases.length > 0)) {
    it(`gives each suggestion case of ${entry.id} with exactly the rules it sets off`, () => {
      for (const suggestionCase of entry.suggestionCases) {
        const row = rows.find((candidate) => candidate.startsWith(`| ${suggestionCase.id} |`));
        expect(row, suggestionCase.id).toBeDefined();
        const lastCell = row!.split('|').at(-2)!;
        const named = [...lastCell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
        expect(named, suggestionCase.id).toEqual(suggestionCase.expected.suggestions);
        if (named.length === 0) expect(lastCell.trim(), suggestionCase.id).toMatch(/^none/);
      }
    });
  }
});
