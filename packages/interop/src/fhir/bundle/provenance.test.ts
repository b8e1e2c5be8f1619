import { describe, expect, it } from 'vitest';
import type { Bundle, Extension, Provenance, QuestionnaireResponse } from '@medplum/fhirtypes';
import { buildOutcomeRecord, parseDefinition, validateOutcomeRecord, type AnswerAudit, type AssessmentRecord, type OutcomeRecord } from '@otforms/core';
import { lawtonDefinition } from '@otforms/instruments';
import { OTFORMS_EXTENSION } from '../extensions.js';
import { toFhirBundle } from './to-fhir-bundle.js';
import { definitions, episodeWithHomeVisit, lawtonRecord, personRatedRecord, resourcesOf, unexplainedIssues, validate } from './bundle.fixture.js';

const at = (minute: number) => `2026-11-04T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** A record with an audit, checked as a back end would before exporting it. */
function audited<T extends OutcomeRecord>(record: T, audit: (assessment: AssessmentRecord) => AnswerAudit): T {
  const copy = structuredClone(record);
  const add = (assessment: AssessmentRecord) => Object.assign(assessment, { answerAudit: audit(assessment) });
  if (copy.kind === 'assessment') add(copy);
  if (copy.kind === 'episode') copy.homeVisit?.assessments.forEach(add);
  const validation = validateOutcomeRecord(copy);
  if (!validation.success) throw new Error(JSON.stringify(validation.issues));
  return copy;
}

/** Every answer given by one OT at the start; the first two changed by a second OT later, with the full history on the first. */
const lawton = () =>
  audited(lawtonRecord(), (record) =>
    Object.fromEntries(
      Object.keys(record.answers).map((key, index) => {
        const first = { firstBy: 'Practitioner/ot-1', firstAt: at(index + 1) };
        if (index > 1) return [key, { ...first, lastBy: 'Practitioner/ot-1', lastAt: at(index + 1) }];
        const changes = index === 0 ? { changes: [{ by: 'Practitioner/ot-1', at: at(1), value: 'unable' }, { by: 'Practitioner/ot-2', at: at(25), value: record.answers[key] as string }] } : {};
        return [key, { ...first, lastBy: 'Practitioner/ot-2', lastAt: at(25), ...changes }];
      }),
    ),
  );

const subExtension = (extension: Extension, url: string) => extension.extension?.find((part) => part.url === url);

function validated(record: OutcomeRecord): Bundle {
  const bundle = toFhirBundle(record, { definitions });
  for (const entry of bundle.entry ?? []) {
    expect(unexplainedIssues(entry.resource, bundle), `${entry.resource?.resourceType} ${entry.fullUrl}`).toEqual([]);
  }
  expect(unexplainedIssues(bundle, bundle)).toEqual([]);
  return bundle;
}

describe('the Provenance of an assessment’s answers', () => {
  it('targets the QuestionnaireResponse, names each person who gave or changed an answer, and passes the R4 validator', () => {
    const record = lawton();
    const bundle = validated(record);
    const [provenance] = resourcesOf(bundle, 'Provenance') as Provenance[];
    const responseUrl = bundle.entry!.find((entry) => entry.resource?.resourceType === 'QuestionnaireResponse')!.fullUrl;
    expect(provenance).toMatchObject({
      target: [{ reference: responseUrl }],
      recorded: record.completedAt,
      occurredPeriod: { start: at(1), end: at(25) },
      agent: [
        { type: { coding: [{ code: 'author' }] }, who: { reference: 'Practitioner/ot-1' } },
        { type: { coding: [{ code: 'author' }] }, who: { reference: 'Practitioner/ot-2' } },
      ],
    });
    // The same reference the response names its author by.
    expect((resourcesOf(bundle, 'QuestionnaireResponse')[0] as QuestionnaireResponse).author).toEqual({ reference: 'Practitioner/ot-1' });
    expect(provenance!.extension).toHaveLength(Object.keys(record.answers).length);
    const [telephone, shopping, food] = provenance!.extension!;
    expect(telephone).toEqual({
      url: OTFORMS_EXTENSION.answerAudit,
      extension: [
        { url: 'key', valueString: 'telephone' },
        { url: 'linkId', valueString: 'telephone' },
        { url: 'firstBy', valueReference: { reference: 'Practitioner/ot-1' } },
        { url: 'firstAt', valueDateTime: at(1) },
        { url: 'lastBy', valueReference: { reference: 'Practitioner/ot-2' } },
        { url: 'lastAt', valueDateTime: at(25) },
        { url: 'changes', valueString: JSON.stringify(record.answerAudit!.telephone!.changes) },
      ],
    });
    expect(subExtension(shopping!, 'changes')).toBeUndefined();
    expect([subExtension(food!, 'key')?.valueString, subExtension(food!, 'lastBy')?.valueReference]).toEqual(['foodPreparation', { reference: 'Practitioner/ot-1' }]);
  });

  it('names an answer in a repeating group by its record key and its linkId', () => {
    const bundle = validated(audited(personRatedRecord(), () => ({ 'activities/1/importance': { firstBy: 'Practitioner/ot-1', firstAt: at(1), lastBy: 'Practitioner/ot-1', lastAt: at(2) } })));
    const [provenance] = resourcesOf(bundle, 'Provenance') as Provenance[];
    const [only] = provenance!.extension!;
    expect([subExtension(only!, 'key')?.valueString, subExtension(only!, 'linkId')?.valueString]).toEqual(['activities/1/importance', 'importance']);
  });

  it('names otforms as the assembler when the audit names nobody, and leaves out who it does not know', () => {
    const bundle = validated(audited(lawtonRecord(), () => ({ telephone: { firstAt: at(1), lastAt: at(3) } })));
    const [provenance] = resourcesOf(bundle, 'Provenance') as Provenance[];
    expect(provenance!.agent).toEqual([{ type: { coding: [expect.objectContaining({ code: 'assembler' })] }, who: { display: 'otforms 0.1.0' } }]);
    expect(provenance!.extension![0]!.extension!.map((part) => part.url)).toEqual(['key', 'linkId', 'firstAt', 'lastAt']);
  });

  it('comes with each audited assessment of a home visit inside an episode, and not with a record that has no audit', () => {
    const record = audited(episodeWithHomeVisit(), (assessment) =>
      Object.fromEntries(Object.keys(assessment.answers).map((key) => [key, { firstBy: 'Practitioner/ot-3', firstAt: at(1), lastBy: 'Practitioner/ot-3', lastAt: at(1) }])),
    );
    const bundle = validated(record);
    const provenances = resourcesOf(bundle, 'Provenance') as Provenance[];
    const responses = record.homeVisit!.assessments.map((assessment) => bundle.entry!.find((entry) => entry.fullUrl!.length && entry.resource?.resourceType === 'QuestionnaireResponse' && (entry.resource as QuestionnaireResponse).questionnaire?.includes(assessment.instrument.id))!.fullUrl);
    expect(provenances.map((provenance) => provenance.target[0]!.reference)).toEqual(responses);
    expect(resourcesOf(toFhirBundle(lawtonRecord(), { definitions }), 'Provenance')).toEqual([]);
  });

  it('marks an item audited as "Not assessed", which the QuestionnaireResponse leaves out', () => {
    const built = buildOutcomeRecord(parseDefinition(lawtonDefinition), { answers: { shopping: 'independent' }, invalidInputs: {}, notAssessed: ['telephone'] }, {
      recordId: '2b000000-0000-4000-8000-0000000000aa',
      startedAt: at(0),
      completedAt: at(30),
      subjectReference: 'Patient/ada-example',
      assessor: { role: 'Occupational therapist', reference: 'Practitioner/ot-1' },
      answerAudit: {
        telephone: { firstBy: 'Practitioner/ot-1', firstAt: at(1), lastBy: 'Practitioner/ot-1', lastAt: at(1) },
        shopping: { firstBy: 'Practitioner/ot-1', firstAt: at(2), lastBy: 'Practitioner/ot-1', lastAt: at(2) },
      },
    });
    expect(built.notAssessed).toEqual(['telephone']);
    const bundle = validated(built);
    const [response] = resourcesOf(bundle, 'QuestionnaireResponse') as QuestionnaireResponse[];
    const linkIds = JSON.stringify(response!.item ?? []);
    expect(linkIds).not.toContain('"telephone"');
    expect(linkIds).toContain('"shopping"');
    const [provenance] = resourcesOf(bundle, 'Provenance') as Provenance[];
    const byKey = (key: string) => provenance!.extension!.find((extension) => subExtension(extension, 'key')?.valueString === key)!;
    expect(subExtension(byKey('telephone'), 'linkId')?.valueString).toBe('telephone');
    expect(subExtension(byKey('telephone'), 'notAssessed')?.valueBoolean).toBe(true);
    expect(subExtension(byKey('shopping'), 'notAssessed')).toBeUndefined();
  });

  it('the validator does reject a broken one', () => {
    const [provenance] = resourcesOf(validated(lawton()), 'Provenance') as Provenance[];
    expect(() => validate({ ...provenance, agent: [] })).toThrow(/agent/);
    const mixed = structuredClone(provenance!);
    mixed.extension![0]!.valueString = 'both a value and parts';
    expect(() => validate(mixed)).toThrow(/ext-1/);
  });
});
