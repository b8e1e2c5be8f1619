import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The themes in packages/elements/themes/ are built only from the elements'
 * `--ot-*` custom properties and parts, and keep WCAG 2.2 AA contrast in
 * every state: for each pair of colours the elements draw one on the other,
 * with the theme's values (every value it gives a property, media queries
 * included) or, where it leaves one alone, the elements' default, text must
 * reach 4.5:1 and what is not text (borders, chart markers, the focus ring's
 * dark edge) 3:1. The main button is worked out in each state (hover,
 * pressed, keyboard focus and their mixtures), because a theme's part rules
 * win over the element's own in every state.
 *
 * Lines between rows (`--ot-color-rule`) and the muted surface's edge are
 * decoration, as in GOV.UK's own palette, and are not held to 3:1; nothing
 * depends on seeing them.
 */

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const themesDir = 'packages/elements/themes';
const sourceDir = 'packages/elements/src';

const sources = readdirSync(file(sourceDir), { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => ({ name, text: readFileSync(file(`${sourceDir}/${name}`), 'utf8') }));

/** Each `--ot-*` property the styles read, with the default they give it. */
const defaults = new Map<string, string>();
for (const { text } of sources) {
  for (const match of text.matchAll(/var\((--ot-[a-z0-9-]+)\s*,\s*/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < text.length && depth > 0; end += 1) depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
    defaults.set(match[1]!, text.slice(match.index + match[0].length, end - 1).trim());
  }
}

/** Every tag the elements register. */
const tags = sources
  .flatMap(({ text }) => [...text.matchAll(/customElements\.define\('(ot-[a-z-]+)'/g)].map((match) => match[1]!))
  .sort();

/** docs/theming.md's table: part name → the cell naming the elements it can be styled through. */
const documentedParts = new Map(
  [...readFileSync(file('docs/theming.md'), 'utf8').matchAll(/^\| `::part\(([a-z0-9-]+)\)` \| [^|]* \| ([^|]*) \|/gm)].map((match) => [match[1]!, match[2]!]),
);

// --- reading a theme -----------------------------------------------------------

interface Rule {
  selector: string;
  media?: string;
  declarations: [string, string][];
}

/** The style rules of a stylesheet, those inside `@media` marked with their condition. */
function parseRules(css: string, media?: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let start = 0;
  while (start < text.length) {
    const open = text.indexOf('{', start);
    if (open < 0) {
      if (text.slice(start).trim()) throw new Error(`text outside any rule: ${text.slice(start).trim().slice(0, 40)}`);
      break;
    }
    let depth = 1;
    let end = open + 1;
    for (; end < text.length && depth > 0; end += 1) depth += text[end] === '{' ? 1 : text[end] === '}' ? -1 : 0;
    const prelude = text.slice(start, open).replace(/\s+/g, ' ').trim();
    const body = text.slice(open + 1, end - 1);
    if (prelude.startsWith('@media')) rules.push(...parseRules(body, prelude));
    else if (prelude.startsWith('@')) throw new Error(`a theme has only style rules and @media: ${prelude}`);
    else {
      const declarations = body
        .split(';')
        .map((declaration) => declaration.trim())
        .filter(Boolean)
        .map((declaration): [string, string] => {
          const colon = declaration.indexOf(':');
          return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
        });
      rules.push({ selector: prelude, ...(media ? { media } : {}), declarations });
    }
    start = end;
  }
  return rules;
}

interface PartRule {
  part: string;
  tags: string[];
  /** User-action pseudo-classes after the part (`:enabled` left out: a disabled button is exempt from contrast). */
  states: string[];
  declarations: Map<string, string>;
}

interface Theme {
  /** Every value the theme gives each `--ot-*` property, anywhere (media queries included). */
  properties: Map<string, string[]>;
  /** Tags the property rules apply to. */
  tags: string[][];
  parts: PartRule[];
}

const selectorPattern = /^:where\(([^)]*)\)(?:::part\(([a-z0-9-]+)\)((?::[a-z-]+)*))?$/;

function readTheme(css: string): Theme {
  const theme: Theme = { properties: new Map(), tags: [], parts: [] };
  for (const rule of parseRules(css)) {
    const match = selectorPattern.exec(rule.selector);
    if (!match) throw new Error(`"${rule.selector}": a theme styles the elements as :where(ot-…) or :where(ot-…)::part(name)`);
    const ruleTags = match[1]!.split(',').map((tag) => tag.trim());
    if (match[2]) {
      const states = (match[3] ?? '').split(':').filter((state) => state && state !== 'enabled');
      theme.parts.push({ part: match[2], tags: ruleTags, states, declarations: new Map(rule.declarations) });
      continue;
    }
    theme.tags.push(ruleTags);
    for (const [name, value] of rule.declarations) {
      if (!name.startsWith('--ot-')) throw new Error(`"${name}" on the elements: a theme sets only --ot-* properties there (and styles parts with ::part)`);
      theme.properties.set(name, [...(theme.properties.get(name) ?? []), value]);
    }
  }
  return theme;
}

// --- contrast ------------------------------------------------------------------

/** `#rgb` or `#rrggbb` → its relative luminance (WCAG 2.2). */
function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(digits.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hexPattern = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

type Property = `--ot-color-${string}`;

/** A colour the elements draw on another: `on` is the background. */
interface Pair {
  colour: Property;
  on: Property;
  min: 4.5 | 3;
  what: string;
}

const TEXT = 4.5;
const NON_TEXT = 3;

/** Every pair the elements' styles draw (see the `--_*` uses in packages/elements/src). */
const pairs: Pair[] = [
  { colour: '--ot-color-text', on: '--ot-color-surface', min: TEXT, what: 'text, and answers typed into inputs' },
  { colour: '--ot-color-secondary-text', on: '--ot-color-surface', min: TEXT, what: 'hints, captions, the licence, notes' },
  { colour: '--ot-color-link', on: '--ot-color-surface', min: TEXT, what: 'links, "Change", "Show the figures"' },
  { colour: '--ot-color-error', on: '--ot-color-surface', min: TEXT, what: "error messages and the error summary's links" },
  { colour: '--ot-color-text', on: '--ot-color-muted-surface', min: TEXT, what: "secondary buttons, the person's own words, code" },
  { colour: '--ot-color-primary-text', on: '--ot-color-primary', min: TEXT, what: 'the main button and the confirmation panel' },
  { colour: '--ot-color-focus-text', on: '--ot-color-focus', min: TEXT, what: 'a focused link or button' },
  { colour: '--ot-color-surface', on: '--ot-color-link', min: TEXT, what: "a notice's title bar" },
  { colour: '--ot-color-surface', on: '--ot-color-text', min: TEXT, what: 'the "!" of warning text' },
  { colour: '--ot-color-text', on: '--ot-color-gas-expected-band', min: TEXT, what: "the chart's expected-level heading" },
  { colour: '--ot-color-border', on: '--ot-color-surface', min: NON_TEXT, what: "inputs' borders, the charts' axes and ticks" },
  { colour: '--ot-color-error', on: '--ot-color-surface', min: NON_TEXT, what: 'the border of a field in error, the bar beside it' },
  { colour: '--ot-color-focus-text', on: '--ot-color-surface', min: NON_TEXT, what: "the focus state's dark ring and underline" },
  { colour: '--ot-color-primary', on: '--ot-color-surface', min: NON_TEXT, what: 'the main button against the page' },
  { colour: '--ot-color-gas-baseline', on: '--ot-color-surface', min: NON_TEXT, what: "the chart's baseline ring" },
  { colour: '--ot-color-gas-baseline', on: '--ot-color-gas-expected-band', min: NON_TEXT, what: 'the baseline ring in the expected column' },
  { colour: '--ot-color-gas-expected', on: '--ot-color-surface', min: NON_TEXT, what: "the chart's expected diamond" },
  { colour: '--ot-color-gas-expected', on: '--ot-color-gas-expected-band', min: NON_TEXT, what: 'the expected diamond in its column' },
  { colour: '--ot-color-gas-attained', on: '--ot-color-surface', min: NON_TEXT, what: "the chart's attained dot and arrow" },
  { colour: '--ot-color-gas-attained', on: '--ot-color-gas-expected-band', min: NON_TEXT, what: 'the attained dot in the expected column' },
  { colour: '--ot-color-episode-start', on: '--ot-color-surface', min: NON_TEXT, what: "the episode summary's start ring" },
  { colour: '--ot-color-episode-end', on: '--ot-color-surface', min: NON_TEXT, what: "the episode summary's end square" },
  { colour: '--ot-color-chart-bar', on: '--ot-color-surface', min: NON_TEXT, what: "the report's bars" },
];

/**
 * Page colours a theme is meant to sit on besides its surface colour: the
 * elements have no background of their own, so whatever is drawn on the
 * surface is drawn on the page too. NHS pages are grey.
 */
const pageBackgrounds: Record<string, string[]> = { 'nhs.css': ['#f0f4f5'] };

/** The values a property has under `theme`: the theme's own, else the elements' default. */
function valuesOf(theme: Theme, property: string): string[] {
  const values = theme.properties.get(property) ?? [defaults.get(property)!];
  for (const value of values) {
    if (!hexPattern.test(value)) throw new Error(`${property}: ${value} is not a #rgb or #rrggbb colour, so its contrast cannot be checked`);
  }
  return values;
}

/** A declared colour: a hex, or `var(--ot-…)` resolved under the theme. */
function resolve(theme: Theme, value: string): string[] {
  const variable = /^var\((--ot-[a-z0-9-]+)\)$/.exec(value);
  if (variable) return valuesOf(theme, variable[1]!);
  if (!hexPattern.test(value)) throw new Error(`${value} is not a #rgb or #rrggbb colour, nor var(--ot-…)`);
  return [value];
}

const combinations = <A, B>(as: readonly A[], bs: readonly B[]) => as.flatMap((a) => bs.map((b) => [a, b] as const));

/** Each state's text and background of the main button, from packages/elements/src/styles/button-styles.ts. */
const buttonOwnStyles: { states: string[]; color: string; background: string }[] = [
  { states: [], color: 'var(--ot-color-primary-text)', background: 'var(--ot-color-primary)' },
  { states: ['focus-visible'], color: 'var(--ot-color-focus-text)', background: 'var(--ot-color-focus)' },
];

/** Every mixture of the user-action states the button's rules name, always with focus-visible. */
function buttonStates(theme: Theme): string[][] {
  const names = [...new Set(['focus-visible', ...theme.parts.filter((rule) => rule.part === 'button').flatMap((rule) => rule.states)])];
  return names.reduce<string[][]>((subsets, name) => [...subsets, ...subsets.map((subset) => [...subset, name])], [[]]);
}

/** The main button's text and background in `state`: its own styles, then the theme's part rules (which win), in order. */
function buttonIn(theme: Theme, state: string[]): { color: string; background: string } {
  let color = '';
  let background = '';
  const applies = (states: string[]) => states.every((name) => state.includes(name));
  for (const own of buttonOwnStyles.filter((rule) => applies(rule.states))) ({ color, background } = own);
  for (const rule of theme.parts.filter((part) => part.part === 'button' && applies(part.states))) {
    color = rule.declarations.get('color') ?? color;
    background = rule.declarations.get('background-color') ?? rule.declarations.get('background') ?? background;
  }
  return { color, background };
}

/** Every contrast failure of `theme`, as a sentence; none when it passes. */
function contrastProblems(theme: Theme, pages: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const pair of pairs) {
    const backgrounds = [...valuesOf(theme, pair.on), ...(pair.on === '--ot-color-surface' ? pages : [])];
    for (const [colour, on] of combinations(valuesOf(theme, pair.colour), backgrounds)) {
      const ratio = contrast(colour, on);
      if (ratio < pair.min) problems.push(`${pair.colour} ${colour} on ${on} is ${ratio.toFixed(2)}:1 (${pair.what}; needs ${pair.min}:1)`);
    }
  }
  for (const state of buttonStates(theme)) {
    const { color, background } = buttonIn(theme, state);
    for (const [colour, on] of combinations(resolve(theme, color), resolve(theme, background))) {
      const ratio = contrast(colour, on);
      const name = state.length ? state.join(' + ') : 'at rest';
      if (ratio < TEXT) problems.push(`the main button ${name}: ${colour} on ${on} is ${ratio.toFixed(2)}:1 (needs ${TEXT}:1)`);
    }
  }
  for (const rule of theme.parts.filter((part) => part.part !== 'button')) {
    for (const name of ['color', 'background', 'background-color', 'border-color', 'fill', 'stroke']) {
      if (rule.declarations.has(name)) problems.push(`::part(${rule.part}) sets ${name}: this test knows the colours of the button part only; teach it this one`);
    }
  }
  return problems;
}

// --- the tests -----------------------------------------------------------------------

const themeFiles = readdirSync(file(themesDir)).filter((name) => name.endsWith('.css')).sort();

describe('themes', () => {
  it('ships the GOV.UK and NHS themes', () => {
    expect(themeFiles).toEqual(['govuk.css', 'nhs.css']);
  });

  it('read the defaults and tags from the source', () => {
    expect(defaults.get('--ot-color-text')).toBe('#0b0c0c');
    expect(tags).toContain('ot-assessment');
    expect(documentedParts.get('button')).toContain('`<ot-assessment>`');
    const buttonStyles = readFileSync(file(`${sourceDir}/styles/button-styles.ts`), 'utf8');
    expect(buttonStyles).toMatch(/\.button \{[^}]*color: var\(--_primary-text\);[^}]*background: var\(--_primary\);/);
    expect(buttonStyles).toMatch(/\.button:focus-visible \{[^}]*color: var\(--_focus-text\);[^}]*background: var\(--_focus\);/);
  });

  for (const name of themeFiles) {
    describe(name, () => {
      const theme = readTheme(readFileSync(file(`${themesDir}/${name}`), 'utf8'));

      it('sets only --ot-* properties the elements read, on every element', () => {
        expect([...theme.properties.keys()].filter((property) => !defaults.has(property))).toEqual([]);
        for (const ruleTags of theme.tags) expect([...ruleTags].sort()).toEqual(tags);
      });

      it('styles only documented parts, through elements that expose them', () => {
        for (const rule of theme.parts) {
          const elements = documentedParts.get(rule.part);
          expect(elements, `::part(${rule.part})`).toBeDefined();
          for (const tag of rule.tags) expect(elements, `${tag}::part(${rule.part})`).toContain(`\`<${tag}>\``);
        }
      });

      it("is described by docs/theming.md's table of what each theme sets", () => {
        const guide = readFileSync(file('docs/theming.md'), 'utf8');
        const table = /^\| Property \|(.*)\|\n\|[- |]+\|\n((?:\|.*\n)+)/m.exec(guide);
        expect(table, 'the table under "What each sets"').not.toBeNull();
        const column = table![1]!.split('|').map((cell) => cell.trim()).indexOf(`\`${name}\``) + 1;
        expect(column, `a column for ${name}`).toBeGreaterThan(0);
        const documented = new Map(
          table![2]!
            .trim()
            .split('\n')
            .map((line) => line.split('|').map((cell) => cell.trim()))
            .map((cells) => [cells[1]!.replace(/`/g, ''), [...cells[column + 1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)] as const),
        );
        expect([...documented.keys()].sort()).toEqual([...theme.properties.keys()].sort());
        for (const [property, values] of theme.properties) expect(documented.get(property), property).toEqual(values);
      });

      it('keeps every colour pair at WCAG 2.2 AA, in every state', () => {
        expect(contrastProblems(theme, pageBackgrounds[name])).toEqual([]);
      });
    });
  }

  it('the defaults keep every pair at AA too', () => {
    expect(contrastProblems(readTheme(''))).toEqual([]);
  });
});

describe('the contrast check fails a theme that would not pass', () => {
  const govuk = readFileSync(file(`${themesDir}/govuk.css`), 'utf8');

  it('measures contrast as WCAG does', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#fff', '#ffffff')).toBe(1);
  });

  it('a pale hint colour', () => {
    const theme = readTheme(govuk.replace('--ot-color-secondary-text: #505a5f', '--ot-color-secondary-text: #8a8a8a'));
    expect(contrastProblems(theme)).toEqual([expect.stringContaining('--ot-color-secondary-text #8a8a8a on #ffffff')]);
  });

  it('a pale colour in a media query only', () => {
    const theme = readTheme(`${govuk}\n@media (min-width: 80em) { :where(${tags.join(', ')}) { --ot-color-link: #5694ca; } }`);
    expect(contrastProblems(theme).join('\n')).toMatch(/--ot-color-link #5694ca on #ffffff/);
  });

  it('a property the theme leaves alone, whose default a new colour does not pass against', () => {
    // #767676 passes on white, but not on the default muted surface (#f3f2f1) once the theme stops setting its own.
    const theme = readTheme(govuk.replace('--ot-color-muted-surface: #f3f2f1;', '').replace('--ot-color-text: #0b0c0c;', '--ot-color-text: #767676;'));
    expect(defaults.get('--ot-color-muted-surface')).toBe('#f3f2f1');
    expect(contrastProblems(theme).join('\n')).toMatch(/--ot-color-text #767676 on #f3f2f1/);
  });

  it('a light hover colour on the main button, and a hover that stays when it is focused', () => {
    const lightHover = readTheme(govuk.replace('background-color: #005a30;', 'background-color: #4b9b7d;'));
    expect(contrastProblems(lightHover).join('\n')).toMatch(/the main button hover: #ffffff on #4b9b7d/);
    const noFocusAgain = readTheme(govuk.replace(/[^}]*::part\(button\):focus-visible \{[^}]*\}/, ''));
    expect(contrastProblems(noFocusAgain).join('\n')).toMatch(/the main button focus-visible \+ hover: #0b0c0c on #005a30/);
  });

  it('a page background the theme is meant for', () => {
    const theme = readTheme(govuk);
    expect(contrastProblems(theme, ['#b1b4b6']).join('\n')).toMatch(/--ot-color-secondary-text #505a5f on #b1b4b6/);
  });

  it('a colour it cannot measure, and anything but --ot-* properties and parts', () => {
    expect(() => contrastProblems(readTheme(govuk.replace('--ot-color-error: #d4351c', '--ot-color-error: red')))).toThrow(/not a #rgb or #rrggbb/);
    expect(() => readTheme('ot-assessment { --ot-color-text: #000; }')).toThrow(/:where/);
    expect(() => readTheme(`:where(${tags.join(', ')}) { color: #000; }`)).toThrow(/only --ot-\* properties/);
  });
});
