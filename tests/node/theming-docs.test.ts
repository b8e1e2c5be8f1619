import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as parts from '../../packages/elements/src/styles/parts.js';
import { elementsManifest, type ManifestDeclaration } from './elements-manifest.mjs';

/**
 * docs/theming.md has one table of every `--ot-*` custom property and every
 * part. It must list exactly the properties the styles read (with their
 * defaults) and the parts the templates and `exportparts` expose, and say
 * for each the elements the custom elements manifest gives it, so the page
 * cannot drift from the code or from what Storybook and editors show.
 */

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const sourceDir = 'packages/elements/src';

/** Every non-test source file of the elements, as text. */
const sources = readdirSync(file(sourceDir), { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => ({ name, text: readFileSync(file(`${sourceDir}/${name}`), 'utf8') }));

// --- the table --------------------------------------------------------------

interface Row {
  name: string;
  kind: 'property' | 'part';
  defaultValue: string;
  elements: string[];
}

const tags = elementsManifest()
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ManifestDeclaration & { tagName: string } => Boolean(declaration.tagName));
const allTags = tags.map((declaration) => declaration.tagName).sort();
const questionTags = ['ot-checkboxes-question', 'ot-choice-question', 'ot-input-question', 'ot-photo-question'];

/** "every element", "questions" and `<ot-…>` tags, as a sorted list of tag names. */
function readElements(cell: string): string[] {
  const named = [...cell.matchAll(/`<(ot-[a-z-]+)>`/g)].map((match) => match[1]!);
  if (/\bevery element\b/.test(cell)) named.push(...allTags);
  if (/\bquestions\b/.test(cell)) named.push(...questionTags);
  return [...new Set(named)].sort();
}

function readTable(): Row[] {
  const guide = readFileSync(file('docs/theming.md'), 'utf8');
  const table = /<!-- theming-table -->\n((?:\|.*\n?)+)/.exec(guide)?.[1];
  if (!table) throw new Error('docs/theming.md has no table after <!-- theming-table -->');
  const [header, rule, ...lines] = table.trim().split('\n');
  expect(header).toBe('| Name | Default | Elements | What it styles |');
  expect(rule).toMatch(/^\|( --- \|){4}$/);
  return lines.map((line) => {
    const cells = line.split(' | ').map((cell) => cell.replace(/^\| ?| ?\|$/g, '').trim());
    expect(cells, line).toHaveLength(4);
    const [name, defaultValue, elements] = cells as [string, string, string, string];
    const property = /^`(--ot-[a-z0-9-]+)`$/.exec(name);
    const part = /^`::part\(([a-z0-9-]+)\)`$/.exec(name);
    if (!property && !part) throw new Error(`docs/theming.md: "${name}" is neither \`--ot-…\` nor \`::part(…)\``);
    return {
      name: property ? property[1]! : part![1]!,
      kind: property ? 'property' : 'part',
      defaultValue: defaultValue.replace(/^`|`$/g, ''),
      elements: readElements(elements),
    };
  });
}

const rows = readTable();
const rowsOf = (kind: Row['kind']) => rows.filter((row) => row.kind === kind);

/** name → sorted tag names, from the manifest's cssProperties or cssParts. */
function manifestMap(key: 'cssProperties' | 'cssParts'): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const declaration of tags) {
    for (const item of declaration[key] ?? []) map.set(item.name, [...(map.get(item.name) ?? []), declaration.tagName].sort());
  }
  return map;
}

const tableMap = (kind: Row['kind']) => new Map(rowsOf(kind).map((row) => [row.name, row.elements]));
const sorted = <T>(map: Map<string, T>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));

// --- what the source says -----------------------------------------------------

/** Each `var(--ot-…, default)` in the styles: property → the defaults it is given. */
function propertiesInSource(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const { text } of sources) {
    for (const match of text.matchAll(/var\((--ot-[a-z0-9-]+)\s*,\s*/g)) {
      // The default runs to the bracket that closes this var(.
      let depth = 1;
      let end = match.index + match[0].length;
      for (; end < text.length && depth > 0; end += 1) depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
      const value = text.slice(match.index + match[0].length, end - 1).trim();
      found.set(match[1]!, (found.get(match[1]!) ?? new Set()).add(value));
    }
  }
  return found;
}

/** Every part name written in a template (`part="…"`) or forwarded with `exportParts(list, prefix)`. */
function partsInSource(): Set<string> {
  const lists = parts as unknown as Record<string, readonly string[]>;
  const names = new Set<string>();
  for (const { name, text } of sources) {
    for (const match of text.matchAll(/\bpart="([^"]+)"/g)) for (const part of match[1]!.split(/\s+/)) names.add(part);
    if (name.endsWith('parts.ts')) continue;
    for (const match of text.matchAll(/exportParts\((\w+)(?:,\s*'([a-z-]*)')?\)/g)) {
      const list = lists[match[1]!];
      if (!list) throw new Error(`${name}: exportParts(${match[1]}) names no list in styles/parts.ts`);
      for (const part of list) names.add(`${match[2] ?? ''}${part}`);
    }
    expect(text, `${name} sets exportparts by hand; use exportParts() from styles/parts.ts`).not.toMatch(/exportparts="/);
  }
  return names;
}

describe('docs/theming.md: custom properties', () => {
  const inSource = propertiesInSource();

  it('lists every --ot-* property the styles read, and no other', () => {
    expect(rowsOf('property').map((row) => row.name).sort()).toEqual([...inSource.keys()].sort());
  });

  it('gives each the default the styles give it, and the styles give each one default', () => {
    for (const [name, defaults] of inSource) expect([...defaults], `${name} has more than one default in the styles`).toHaveLength(1);
    const documented = Object.fromEntries(rowsOf('property').map((row) => [row.name, row.defaultValue]));
    expect(documented).toEqual(Object.fromEntries([...inSource].map(([name, defaults]) => [name, [...defaults][0]])));
  });

  it('names, for each, the elements whose @cssprop tags name it', () => {
    expect(sorted(tableMap('property'))).toEqual(sorted(manifestMap('cssProperties')));
  });
});

describe('docs/theming.md: parts', () => {
  it('lists every part the templates and exportparts expose, and no other', () => {
    expect(rowsOf('part').map((row) => row.name).sort()).toEqual([...partsInSource()].sort());
  });

  it('names, for each, the elements whose @csspart tags name it', () => {
    expect(sorted(tableMap('part'))).toEqual(sorted(manifestMap('cssParts')));
  });

  it('lists each name once', () => {
    const names = rows.map((row) => row.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});

describe('styles/parts.ts: what each element forwards is what it documents', () => {
  const partsOf = (tag: string) => (tags.find((declaration) => declaration.tagName === tag)?.cssParts ?? []).map((part) => part.name).sort();
  const prefixed = (prefix: string, names: readonly string[]) => names.map((name) => `${prefix}${name}`);

  it('for each element a form renders', () => {
    for (const tag of questionTags) expect(partsOf(tag), tag).toEqual([...parts.questionParts].sort());
    expect(partsOf('ot-gas-chart')).toEqual([...parts.gasChartParts].sort());
    expect(partsOf('ot-episode-summary')).toEqual([...parts.episodeSummaryParts].sort());
    expect(partsOf('ot-assessment')).toEqual([...parts.assessmentParts].sort());
    expect(partsOf('ot-goal-plan')).toEqual([...parts.goalPlanParts].sort());
  });

  it('for <ot-episode>: its own parts, its forms\' as they are (but the running score), its summary\'s prefixed', () => {
    // The episode's own template parts: its error summary, its buttons, and the summary element.
    const own = ['error-summary', 'button', 'summary'];
    const expected = new Set([...own, ...parts.episodeAssessmentParts, ...parts.goalPlanParts, ...parts.questionParts, ...prefixed('summary-', parts.episodeSummaryParts)]);
    expect(partsOf('ot-episode')).toEqual([...expected].sort());
  });

  it('writes exportparts as names, or as "name: prefix-name"', () => {
    expect(parts.exportParts(['label', 'hint'])).toBe('label, hint');
    expect(parts.exportParts(['figure', 'caption'], 'chart-')).toBe('figure: chart-figure, caption: chart-caption');
  });
});
