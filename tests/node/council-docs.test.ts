import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import * as core from '@otforms/core';
import * as instruments from '@otforms/instruments';
import * as interop from '@otforms/interop';
import { episodeRecordFixture } from '../../packages/interop/src/test-support/episode-record-fixture.js';
import { homeVisitRecordFixture } from '../../packages/interop/src/test-support/home-visit-record-fixture.js';

/**
 * docs/council-back-end.md and docs/episode.md: their example record, rules,
 * names and numbers must stay true to the code.
 */

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const guide = readFileSync(file('docs/council-back-end.md'), 'utf8');
const episodeGuide = readFileSync(file('docs/episode.md'), 'utf8');
const schemaPath = file(`packages/core/schemas/outcome-record.v${core.OUTCOME_RECORD_VERSION}.json`);

/** The fenced block of the given language right after an HTML comment marker. */
function blockAfter(marker: string, language: string): string {
  const match = new RegExp(`<!-- ${marker} -->\\s*\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\``).exec(guide);
  if (!match?.[1]) throw new Error(`docs/council-back-end.md has no \`\`\`${language} block after <!-- ${marker} -->`);
  return match[1];
}

const exampleText = blockAfter('example-episode-record', 'json');
const example = (): core.EpisodeRecord => JSON.parse(exampleText) as core.EpisodeRecord;

/** Export names the guides mention; each must be in a guide in backticks and exported by a package. */
const documentedExports = [
  'validateOutcomeRecord',
  'migrateOutcomeRecord',
  'scoreInstrument',
  'summariseGoalPlan',
  'MINOR_ADAPTATION_LIMIT',
  'getInstrument',
  'toFhirBundle',
  'toCldRows',
  'toCsv',
  'toReleaseOneRows',
  'CLD_COLUMNS',
  'OPEN_SERVICE_OUTCOME',
  'EQUIPMENT_SERVICE_TYPE',
  'RETURNED_EQUIPMENT_OUTCOME',
  'ascof2aOutcome',
  'InteropError',
  'parseEpisodeVocabulary',
  'VocabularyError',
];

describe('docs/council-back-end.md: the example record', () => {
  it('passes validateOutcomeRecord as a current record', () => {
    const result = core.validateOutcomeRecord(example());
    expect(result.success ? null : result.issues).toBeNull();
    expect(result).toMatchObject({ success: true, migratedFrom: null });
  });

  it('passes the published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    expect(validate(example()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is what episodeRecordFixture() produces', () => {
    expect(example(), 'Regenerate the example from episodeRecordFixture() (packages/interop/src/test-support)').toEqual(
      JSON.parse(JSON.stringify(episodeRecordFixture())),
    );
  });

  it('has a short view whose every line is in the whole record', () => {
    const short = /```jsonc\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(short).toBeDefined();
    const normalise = (line: string) => line.replace(/ \/\/ .*$/, '').trim().replace(/,$/, '');
    const whole = new Set(exampleText.split('\n').map(normalise));
    const missing = short!
      .split('\n')
      .map(normalise)
      .filter((line) => line !== '' && !line.includes('…') && !whole.has(line));
    expect(missing).toEqual([]);
  });

  it('re-scores to the totals and T-scores it carries, as the guide says', () => {
    const record = example();
    for (const { record: assessment } of record.assessments) {
      const definition = instruments.getInstrument(assessment.instrument.id)!;
      expect(definition.version).toBe(assessment.instrument.version);
      expect(core.scoreInstrument(definition, assessment.answers).total).toBe(assessment.total);
    }
    expect(core.summariseGoalPlan(record.goalPlan!.goalPlan)).toEqual(record.goalPlan!.gas);
  });

  it('converts to the FHIR bundle and CLD rows the guide describes', () => {
    const record = example();
    const bundle = interop.toFhirBundle(record, { definitions: instruments.catalogue.map((entry) => entry.definition) });
    expect(guide).toContain('gives 18 entries');
    expect(bundle.entry).toHaveLength(18);
    const rows = interop.toCldRows(record, { laPersonId: 'LA-000123' });
    expect(guide).toContain('gives seven rows');
    const described = (row: interop.CldRow) => [
      row.Event_Type,
      row.Event_Reference.replace(record.recordId, '<recordId>'),
      row.Event_Description,
      row.Event_Outcome,
    ];
    expect(rows.map(described)).toEqual([
      ['Request', '<recordId>:request', 'Request for reablement', 'Progress to reablement/ST-Max'],
      ['Assessment', '<recordId>:assessment:baseline', 'OT assessment: Barthel Index of activities of daily living', 'Progress to reablement/ST-Max'],
      ['Service', '<recordId>:service:reablement', 'OT reablement', record.episode.endOutcome],
      ['Service', '<recordId>:service:equipment:0', 'Equipment', 'Continuation of support or services'],
      ['Service', '<recordId>:service:equipment:1', 'Equipment', 'NFA: Support ended as planned'],
      ['Review', '<recordId>:review', 'End of reablement review', record.episode.endOutcome],
      ['Service', '<recordId>:service:next', 'Service after reablement', 'Continuation of support or services'],
    ]);
    for (const [, reference, description] of rows.map(described)) expect(guide).toContain(`| \`${reference}\` | \`${description}\` |`);
    expect(rows.some((row) => record.episode.equipment.some(({ item }) => row.Event_Description.includes(item)))).toBe(false);
    expect(interop.toReleaseOneRows(rows).unmapped.map(({ field, value }) => `${field} ${value}`)).toEqual([
      'Assessment_Type Short term assessment',
      'Review_Reason Review of short term support',
      'Service_Component Home support or domiciliary care',
    ]);
  });
});

describe('docs/council-back-end.md: the rules beyond the JSON Schema', () => {
  type Mutation = (record: core.EpisodeRecord) => unknown;
  const assessmentOf = (record: core.EpisodeRecord) => record.assessments[0]!.record;
  const planOf = (record: core.EpisodeRecord) => record.goalPlan!;
  const visit = () => JSON.parse(JSON.stringify(homeVisitRecordFixture())) as core.HomeVisitRecord;
  /** One way to break each rule, keyed by the message the guide lists; the record given is a fresh copy of the example. */
  const breakRule: Record<string, Mutation> = {
    'completedAt must not be before startedAt': (record) => ({ ...record, completedAt: '2026-11-01T00:00:00.000Z' }),
    'status must be "complete" exactly when no item is missing': (record) => ({ ...assessmentOf(record), missingItems: ['bathing'] }),
    'A record without a total cannot have a band': (record) => ({ ...assessmentOf(record), total: null }),
    'Goal id "shower" is used more than once': (record) => {
      planOf(record).goalPlan.goals[1]!.id = 'shower';
      return planOf(record);
    },
    'A weighted plan needs importance and difficulty for every goal': (record) => {
      planOf(record).goalPlan.weighting = 'importance-x-difficulty';
      return planOf(record);
    },
    'Enter the goal in the person’s own words': (record) => {
      planOf(record).goalPlan.goals[0]!.statement = '   ';
      return planOf(record);
    },
    'An episode that has ended needs its end outcome': (record) => {
      delete record.episode.endOutcome;
      return record;
    },
    'Give the end outcome as a CLD value or as a local coding, not both': (record) => {
      record.episode.endOutcomeCoding = { system: 'urn:example:scotland:reablement', code: 'met' };
      return record;
    },
    'Give the route of access as a CLD value or as a local coding, not both': (record) => {
      record.episode.request.routeOfAccessCoding = { system: 'urn:example:scotland:reablement', code: 'hospital' };
      return record;
    },
    'A CLD value goes in the CLD field, not in a local coding (urn:otforms:cld is England\'s CLD)': (record) => {
      const { endOutcome, ...episode } = record.episode;
      return { ...record, episode: { ...episode, endOutcomeCoding: { system: 'urn:otforms:cld', code: endOutcome! } } };
    },
    'The episode must end on or after the day it started': (record) => ({ ...record, episode: { ...record.episode, endedOn: '2026-11-03' } }),
    'The episode must start on or after the request': (record) => ({ ...record, episode: { ...record.episode, startedOn: '2026-11-01' } }),
    'A minor adaptation costs £1,000 or less; record this one as a major adaptation': (record) => {
      record.episode.minorAdaptations[0]!.cost = 1000.01;
      return record;
    },
    'Equipment must be returned on or after the day it was issued': (record) => {
      record.episode.equipment[1]!.returnedOn = '2026-11-04';
      return record;
    },
    'appliedOn must not be before recommendedOn': (record) => {
      record.episode.majorAdaptations[0]!.appliedOn = '2026-11-19';
      return record;
    },
    'A record inside an episode must be about the episode’s subject': (record) => {
      planOf(record).subject = { reference: 'Patient/someone-else' };
      return record;
    },
    'Each record inside an episode needs its own recordId': (record) => {
      record.assessments[1]!.record.recordId = record.assessments[0]!.record.recordId;
      return record;
    },
    // The example episode has no home visit: these break the home visit the interop tests use.
    'Attachment id "photo-front-step-1" is used more than once': () => {
      const photographed = visit().assessments[0]!;
      return { ...photographed, attachments: [photographed.attachments[0], photographed.attachments[0]] };
    },
    'Attachment "photo-front-step-1" is not in the answer to "frontStep"': () => {
      const photographed = visit().assessments[0]!;
      return { ...photographed, answers: { ...photographed.answers, frontStep: [] } };
    },
    'A record inside a home visit must be about the home visit’s subject': () => {
      const record = visit();
      record.assessments[1]!.subject = { reference: 'Patient/someone-else' };
      return record;
    },
    'Each record inside a home visit needs its own recordId': () => {
      const record = visit();
      record.assessments[1]!.recordId = record.assessments[0]!.recordId;
      return record;
    },
    'Recommendation id "front-step-rail" is used more than once': () => {
      const record = visit();
      record.recommendations[1]!.id = 'front-step-rail';
      return record;
    },
    'A recommendation’s first status must be "recommended"': () => {
      const record = visit();
      record.recommendations[2]!.status[0]!.status = 'agreed';
      return record;
    },
    '"agreed" cannot follow "agreed"': () => {
      const record = visit();
      record.recommendations[1]!.status.push({ status: 'agreed', on: '2026-11-07' });
      return record;
    },
    'The date of "agreed" must not be before the date of "recommended"': () => {
      const record = visit();
      record.recommendations[1]!.status[1]!.on = '2026-11-05';
      return record;
    },
    'An accepted suggestion must name the recommendation it became': () => {
      const record = visit();
      delete record.suggestionDecisions[0]!.recommendationId;
      return record;
    },
    'There is no recommendation "front-step-rail" in this home visit': () => {
      const record = visit();
      record.recommendations.shift();
      return record;
    },
    'Suggestion "rail-at-front-step" of "home-check-fixture" is decided more than once': () => {
      const record = visit();
      record.suggestionDecisions[1] = { ...record.suggestionDecisions[0]! };
      return record;
    },
    // The example has no audit of answers: these give its first assessment one.
    'The audit names "kitchen", which is not an answer in this record': (record) => ({
      ...assessmentOf(record),
      answerAudit: { kitchen: { firstAt: '2026-11-04T10:00:00.000Z', lastAt: '2026-11-04T10:00:00.000Z' } },
    }),
    'lastAt must not be before firstAt': (record) => ({
      ...assessmentOf(record),
      answerAudit: { bowels: { firstAt: '2026-11-04T10:05:00.000Z', lastAt: '2026-11-04T10:00:00.000Z' } },
    }),
    'Changes must be in time order, between firstAt and lastAt': (record) => ({
      ...assessmentOf(record),
      answerAudit: {
        bowels: {
          firstAt: '2026-11-04T10:00:00.000Z',
          lastAt: '2026-11-04T10:05:00.000Z',
          changes: [
            { at: '2026-11-04T10:05:00.000Z', value: 'continent' },
            { at: '2026-11-04T10:00:00.000Z', value: 'incontinent' },
          ],
        },
      },
    }),
  };

  const table = /<!-- cross-field-rules -->\n([\s\S]*?)\n\n/.exec(guide)?.[1] ?? '';
  const documented = [...table.matchAll(/\| `([^`]+)`: `([^`]+)`[^|]*\|$/gm)].map(([, path, message]) => ({ path: path!, message: message! }));

  it('lists every rule this test knows how to break, and no other', () => {
    expect(documented.map(({ message }) => message).sort()).toEqual(Object.keys(breakRule).sort());
  });

  it.each(documented)('reports "$message" at $path', ({ path, message }) => {
    const broken = breakRule[message]!(example());
    const result = core.validateOutcomeRecord(broken);
    expect(result.success ? [] : result.issues).toContainEqual({ path, message });
  });

  it('refuses text that is only spaces, and trims text, as the guide says', () => {
    expect(guide).toContain('`Enter some text`');
    const spaces = example();
    spaces.episode.equipment[0]!.item = '   ';
    expect(core.validateOutcomeRecord(spaces)).toMatchObject({ success: false, issues: [{ path: 'episode.equipment[0].item', message: 'Enter some text' }] });
    const padded = example();
    padded.episode.equipment[0]!.item = '  Shower seat ';
    const result = core.validateOutcomeRecord(padded);
    expect(result.success && result.record.kind === 'episode' && result.record.episode.equipment[0]!.item).toBe('Shower seat');
  });

  it('migrates an older record as the guide says', () => {
    const { kind: _kind, totalRange: _range, totalBetterWhen: _direction, attachments: _photos, ...rest } = assessmentOf(example());
    const versionOne = { ...rest, schemaVersion: 1 };
    expect(guide).toContain(`a version 1 record gets \`schemaVersion: ${core.OUTCOME_RECORD_VERSION}\`, \`kind: "assessment"\``);
    expect(core.migrateOutcomeRecord(versionOne)).toEqual({ record: { ...versionOne, schemaVersion: core.OUTCOME_RECORD_VERSION, kind: 'assessment', attachments: [] }, migratedFrom: 1 });
    expect(core.validateOutcomeRecord(versionOne)).toMatchObject({ success: true, migratedFrom: 1 });
  });
});

describe('docs/council-back-end.md and docs/episode.md: names', () => {
  const packages = [core, interop, instruments] as Record<string, unknown>[];

  it.each(documentedExports)('mentions `%s`, which a package exports', (name) => {
    // In backticks alone (`toCsv`) or as a call (`toCsv(rows)`).
    expect(`${guide}\n${episodeGuide}`).toMatch(new RegExp(`\`${name}[\`(]`));
    expect(packages.some((exports) => name in exports), `${name} is not exported by @otforms/core, @otforms/interop or @otforms/instruments`).toBe(true);
  });

  it('describes only properties and attributes that <ot-episode> has', () => {
    // What the episode declares, with what every form (the base) and every otforms element (its words) declare.
    const source = ['packages/elements/src/episode/ot-episode.ts', 'packages/elements/src/forms/ot-form-element.ts', 'packages/elements/src/i18n/localised-element.ts']
      .map((path) => readFileSync(file(path), 'utf8'))
      .join('\n');
    const table = /## 3\. Attributes and properties\n([\s\S]*?)\n\n## /.exec(episodeGuide)?.[1] ?? '';
    const firstCells = [...table.matchAll(/^\| ([^|]+) \|/gm)].map(([, cell]) => cell!).join(' ');
    const names = [...firstCells.matchAll(/`\.?([a-z][A-Za-z-]*)`/g)].map(([, name]) => name!);
    expect(names.length).toBeGreaterThan(8);
    // `lang` is HTML's own global attribute, which every element has.
    const missing = names.filter((name) => name !== 'lang').filter((name) => {
      const property = name.replace(/-([a-z])/g, (_dash, letter: string) => letter.toUpperCase());
      const declared = new RegExp(`(@property\\([^)]*\\)\\s*(?:\\n\\s*)?${property}\\b|get ${property}\\(\\))`).test(source);
      return !declared || (name.includes('-') && !source.includes(`attribute: '${name}'`));
    });
    expect(missing).toEqual([]);
    expect(episodeGuide).toContain('(council-back-end.md)');
  });
});
