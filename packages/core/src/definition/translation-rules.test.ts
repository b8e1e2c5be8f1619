import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localiseDefinition } from './localise-definition.js';
import { parseDefinition } from './parse-definition.js';
import { untranslatedText } from './translation-coverage.js';
import { definitionMessageTemplates, matchesTemplate } from '../test-support/definition-messages.js';
import { issuesOf } from '../test-support/definition-builders.js';
import { translatedDefinition } from '../test-support/translated-definition.js';

type Editable = Record<string, unknown> & {
  languages: string[];
  sections: Record<string, unknown>[];
  scoring?: Record<string, unknown> & { bandSets: Record<string, unknown>[] };
  translations: Record<string, Record<string, unknown> & { items: Record<string, Record<string, unknown>>; scoring: Record<string, unknown> & { bandSets: Record<string, Record<string, unknown>> } }>;
};
const edit = (change: (definition: Editable) => void) => {
  const definition = structuredClone(translatedDefinition) as unknown as Editable;
  change(definition);
  return definition;
};
const welsh = (definition: Editable) => definition.translations['cy']!;

const cases: { name: string; input: unknown; issues: { path: string; message: string }[] }[] = [
  {
    name: 'a translation into the source language',
    input: edit((d) => {
      d.translations['en-GB'] = { source: 'Nobody' } as never;
    }),
    issues: [{ path: 'translations.en-GB', message: '"en-GB" is the language the definition is written in; a translation must be into another language' }],
  },
  {
    name: 'a tag missing from languages',
    input: edit((d) => (d.languages = ['en-GB'])),
    issues: [{ path: 'translations.cy', message: 'Add "cy" to languages, or remove this translation' }],
  },
  {
    name: 'a tag that is not a language tag',
    input: edit((d) => {
      d.translations['Welsh'] = { source: 'x' } as never;
    }),
    issues: [{ path: 'translations.Welsh', message: 'Not a language tag: "Welsh" (use a tag such as en-GB or cy)' }],
  },
  {
    name: 'a description the definition does not have',
    input: edit((d) => delete d['description']),
    issues: [{ path: 'translations.cy.description', message: 'The definition has no description to translate' }],
  },
  {
    name: 'notes of another length',
    input: edit((d) => (welsh(d)['notes'] = ['Un', 'Dau'])),
    issues: [{ path: 'translations.cy.notes', message: 'Give 1 translations, one for each of the definition’s notes; there are 2' }],
  },
  {
    name: 'an unknown section',
    input: edit((d) => ((welsh(d)['sections'] as Record<string, unknown>)['moving-on'] = { title: 'Symud ymlaen' })),
    issues: [{ path: 'translations.cy.sections.moving-on', message: 'The definition has no section "moving-on"' }],
  },
  {
    name: 'a section description the definition does not have',
    input: edit((d) => ((welsh(d)['sections'] as Record<string, Record<string, unknown>>)['days']!['description'] = 'Allan')),
    issues: [{ path: 'translations.cy.sections.days.description', message: 'Section "days" has no description to translate' }],
  },
  {
    name: 'an unknown item id',
    input: edit((d) => (welsh(d).items['walking'] = { label: 'Cerdded' })),
    issues: [{ path: 'translations.cy.items.walking', message: 'The definition has no item "walking"' }],
  },
  {
    name: 'a hint the item does not have',
    input: edit((d) => (welsh(d).items['stairs']!['hint'] = 'Awgrym')),
    issues: [{ path: 'translations.cy.items.stairs.hint', message: 'Item "stairs" has no hint to translate' }],
  },
  {
    name: 'an entry label on an item that is not a group',
    input: edit((d) => (welsh(d).items['walk']!['entryLabel'] = 'Cofnod')),
    issues: [{ path: 'translations.cy.items.walk.entryLabel', message: 'Item "walk" is not a repeating group' }],
  },
  {
    name: 'a unit for a measurement, whose unit is a code',
    input: edit((d) => (welsh(d).items['step-height']!['unit'] = 'milimetr')),
    issues: [{ path: 'translations.cy.items.step-height.unit', message: 'Item "step-height" has no unit to translate' }],
  },
  {
    name: 'options on an item without options',
    input: edit((d) => (welsh(d).items['rail']!['options'] = { yes: 'Oes' })),
    issues: [{ path: 'translations.cy.items.rail.options', message: 'Item "rail" has no options' }],
  },
  {
    name: 'an unknown option code, inside a repeating group too',
    input: edit((d) => {
      (welsh(d).items['walk']!['options'] as Record<string, string>)['crawl'] = 'Cropian';
      (welsh(d).items['ease']!['options'] as Record<string, string>)['easy-ish'] = 'Eithaf hawdd';
    }),
    issues: [
      { path: 'translations.cy.items.walk.options.crawl', message: 'Item "walk" has no option "crawl"' },
      { path: 'translations.cy.items.ease.options.easy-ish', message: 'Item "ease" has no option "easy-ish"' },
    ],
  },
  {
    name: 'scoring text for a definition without scoring',
    input: edit((d) => delete d.scoring),
    issues: [{ path: 'translations.cy.scoring', message: 'The definition has no scoring to translate' }],
  },
  {
    name: 'unknown score ids of every kind',
    input: edit((d) => {
      const scoring = welsh(d).scoring as Record<string, Record<string, string>>;
      for (const key of ['alternativeScales', 'subscales', 'groupScores', 'differences', 'thresholds']) scoring[key]!['other'] = 'Arall';
    }),
    issues: [
      { path: 'translations.cy.scoring.alternativeScales.other', message: 'The scoring has no alternative scale "other"' },
      { path: 'translations.cy.scoring.subscales.other', message: 'The scoring has no subscale "other"' },
      { path: 'translations.cy.scoring.groupScores.other', message: 'The scoring has no group score "other"' },
      { path: 'translations.cy.scoring.differences.other', message: 'The scoring has no difference "other"' },
      { path: 'translations.cy.scoring.thresholds.other', message: 'The scoring has no threshold "other"' },
    ],
  },
  {
    name: 'an unknown band set',
    input: edit((d) => (welsh(d).scoring.bandSets['tens'] = { label: 'Degau' })),
    issues: [{ path: 'translations.cy.scoring.bandSets.tens', message: 'The scoring has no band set "tens"' }],
  },
  {
    name: 'a band set source the definition does not have',
    input: edit((d) => delete d.scoring!.bandSets[0]!['source']),
    issues: [{ path: 'translations.cy.scoring.bandSets.simple.source', message: 'Band set "simple" has no source to translate' }],
  },
  {
    name: 'band labels of another length',
    input: edit((d) => (welsh(d).scoring.bandSets['simple']!['bands'] = ['Isel'])),
    issues: [{ path: 'translations.cy.scoring.bandSets.simple.bands', message: 'Give 2 translations, one for each of the definition’s bands in band set "simple"; there are 1' }],
  },
  {
    name: 'reasons of another length',
    input: edit((d) => (welsh(d).scoring['noTotalReasons'] = [])),
    issues: [{ path: 'translations.cy.scoring.noTotalReasons', message: 'Give 1 translations, one for each of the definition’s noTotalWhen rules; there are 0' }],
  },
  {
    name: 'an unknown suggestion rule',
    input: edit((d) => ((welsh(d)['suggestions'] as Record<string, unknown>)['grab-rail'] = { what: 'Canllaw' })),
    issues: [{ path: 'translations.cy.suggestions.grab-rail', message: 'The definition has no suggestion rule "grab-rail"' }],
  },
  {
    name: 'a translation without its source',
    input: edit((d) => delete welsh(d)['source']),
    issues: [{ path: 'translations.cy.source', message: 'This field is required' }],
  },
  {
    name: 'a misspelt field in a translation',
    input: edit((d) => (welsh(d).items['walk']!['lable'] = 'Cerdded')),
    issues: [{ path: 'translations.cy.items.walk', message: 'Unknown field: lable' }],
  },
];

describe('the translation rules', () => {
  it('accept a full translation, and one that leaves text out', () => {
    expect(issuesOf(translatedDefinition)).toEqual([]);
    expect(issuesOf(edit((d) => (d.translations['cy'] = { source: 'Dim ond y teitl', title: 'Teitl' } as never)))).toEqual([]);
  });

  it('accept a language in languages that has no translation', () => {
    expect(issuesOf(edit((d) => (d.languages = ['en-GB', 'cy', 'ga'])))).toEqual([]);
  });

  for (const { name, input, issues } of cases) {
    it(`report ${name}`, () => expect(issuesOf(input)).toEqual(issues));
  }

  it('have a case above for every message in translation-rules.ts', () => {
    const messages = cases.flatMap((testCase) => testCase.issues.map((issue) => issue.message));
    for (const template of definitionMessageTemplates.translations) {
      expect(messages.some((message) => matchesTemplate(message, template)), template).toBe(true);
    }
  });
});

describe('the translation example in docs/writing-a-definition.md', () => {
  const guide = readFileSync(new URL('../../../../docs/writing-a-definition.md', import.meta.url), 'utf8');
  const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(guide)![1]!) as Record<string, unknown>;
  const translation = JSON.parse(/<!-- translation-example -->\s*```json\n([\s\S]*?)\n```/.exec(guide)![1]!) as Record<string, unknown>;

  it('added to the worked example, parses and translates every word', () => {
    const definition = parseDefinition({ ...example, ...translation });
    expect(untranslatedText(definition, 'cy')).toEqual([]);
    const welsh = localiseDefinition(definition, 'cy');
    expect(welsh).toMatchObject({ translated: true, language: 'cy' });
    expect(welsh.definition.title).toBe('Gwiriad o amgylchedd y cartref');
  });
});
