import { describe, expect, it } from 'vitest';
import type { Bundle, QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import type { GoalPlanRecord, InstrumentDefinition, OutcomeRecord } from '@otforms/core';
import { InteropError } from '../../interop-error.js';
import type { QuestionnaireItem } from '../questionnaire-types.js';
import { toFhirQuestionnaire } from '../to-fhir-questionnaire.js';
import { toFhirBundle } from './to-fhir-bundle.js';
import { definitions, episodeRecord, episodeUnderWay, goalPlanRecord, incompleteLawtonRecord, lawtonRecord, personRatedRecord, resourcesOf, tugRecord } from './bundle.fixture.js';

const bundleOf = (record: OutcomeRecord) => toFhirBundle(record, { definitions });
const byUrl = (bundle: Bundle, url: string | undefined) => bundle.entry!.find((entry) => entry.fullUrl === url)?.resource;
const surveyTotals = (bundle: Bundle) => resourcesOf(bundle, 'Observation').filter((observation) => observation.category?.[0]?.coding?.[0]?.code === 'survey');

/** Fails unless every response item sits where the Questionnaire has that linkId, with an answer of the type it allows. */
function expectAnswers(items: QuestionnaireResponseItem[] | undefined, questions: QuestionnaireItem[] | undefined, path = ''): void {
  for (const item of items ?? []) {
    const question = questions?.find((candidate) => candidate.linkId === item.linkId);
    expect(question, `${path}/${item.linkId} is in the Questionnaire`).toBeDefined();
    if (!question) continue;
    if (question.type === 'group') {
      expect(item.answer).toBeUndefined();
      if (!question.repeats) expect(items!.filter((other) => other.linkId === item.linkId)).toHaveLength(1);
      expectAnswers(item.item, question.item, `${path}/${item.linkId}`);
      continue;
    }
    expect(item.answer?.length).toBeGreaterThan(0);
    if (!question.repeats) expect(item.answer).toHaveLength(1);
    for (const answer of item.answer ?? []) {
      const key = Object.keys(answer).find((name) => name.startsWith('value'));
      const expected = { choice: 'valueCoding', boolean: 'valueBoolean', integer: 'valueInteger', decimal: 'valueDecimal', string: 'valueString', text: 'valueString', date: 'valueDate' }[question.type as string];
      expect(key, `${path}/${item.linkId}`).toBe(expected);
      if (answer.valueCoding) {
        const options = question.answerOption?.map((option) => `${option.valueCoding?.system}|${option.valueCoding?.code}`);
        expect(options).toContain(`${answer.valueCoding.system}|${answer.valueCoding.code}`);
      }
    }
  }
}

function definitionOf(id: string): InstrumentDefinition {
  return definitions.find((definition) => definition.id === id)!;
}

describe('assessments', () => {
  it('the episode’s Barthel totals are 12 at baseline and 18 at discharge, each derived from its response', () => {
    const bundle = bundleOf(episodeRecord());
    const totals = surveyTotals(bundle);
    expect(totals.map((total) => total.valueInteger)).toEqual([12, 18]);
    expect(totals.map((total) => total.category?.[1]?.coding?.[0]?.code)).toEqual(['baseline', 'discharge']);
    expect(totals.map((total) => total.effectiveDateTime)).toEqual(episodeRecord().assessments.map((assessment) => assessment.record.completedAt));
    for (const total of totals) {
      expect(total).toMatchObject({ status: 'final', subject: { reference: 'Patient/ada-example' }, referenceRange: [{ low: { value: 0 }, high: { value: 20 } }] });
      expect(byUrl(bundle, total.derivedFrom?.[0]?.reference)?.resourceType).toBe('QuestionnaireResponse');
    }
    const [baseline] = episodeRecord().assessments;
    if (baseline?.record.band) expect(totals[0]?.interpretation?.[0]?.text).toContain(baseline.record.band.label);
  });

  it('each QuestionnaireResponse answers the Questionnaire exported for its definition', () => {
    const records = [...episodeRecord().assessments.map((assessment) => assessment.record), lawtonRecord(), incompleteLawtonRecord(), tugRecord(), personRatedRecord()];
    for (const record of records) {
      const questionnaire = toFhirQuestionnaire(definitionOf(record.instrument.id));
      const [response] = resourcesOf(bundleOf(record), 'QuestionnaireResponse');
      expect(response?.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
      expect(response?.authored).toBe(record.completedAt);
      expectAnswers(response?.item, questionnaire.item);
    }
  });

  it('keeps every answer, coded as the Questionnaire codes it', () => {
    const record = episodeRecord().assessments[0]!.record;
    const [response] = resourcesOf(bundleOf(record), 'QuestionnaireResponse');
    const answered = new Map((response?.item ?? []).flatMap((section) => section.item ?? []).map((item) => [item.linkId, item.answer?.[0]?.valueCoding?.code]));
    expect(Object.fromEntries(answered)).toEqual(record.answers);
    expect(response?.item?.[0]?.item?.[0]?.answer?.[0]?.valueCoding?.system).toBe('urn:otforms:instrument:barthel-cw20');
  });

  it('writes each entry of a repeating group as its own group item', () => {
    const [response] = resourcesOf(bundleOf(personRatedRecord()), 'QuestionnaireResponse') as QuestionnaireResponse[];
    const entries = response!.item![0]!.item!;
    expect(entries.map((entry) => entry.linkId)).toEqual(['activities', 'activities']);
    expect(entries[0]!.item!.find((item) => item.linkId === 'activity')?.answer).toEqual([{ valueString: 'Make a hot meal' }]);
    expect(entries[1]!.item!.find((item) => item.linkId === 'performanceAtReview')?.answer).toEqual([{ valueInteger: 7 }]);
    // No single total: the pattern scores only means, so there is no total Observation.
    expect(surveyTotals(bundleOf(personRatedRecord()))).toEqual([]);
  });

  it('an incomplete assessment is in progress, with no total Observation and no subject or author', () => {
    const bundle = bundleOf(incompleteLawtonRecord());
    const [response] = resourcesOf(bundle, 'QuestionnaireResponse');
    expect(response).toMatchObject({ status: 'in-progress' });
    expect(response?.subject).toBeUndefined();
    expect(response?.author).toBeUndefined();
    expect(resourcesOf(bundle, 'Observation')).toEqual([]);
  });

  it('names the author only when the assessor has a reference', () => {
    const [withReference] = resourcesOf(bundleOf(lawtonRecord()), 'QuestionnaireResponse');
    expect(withReference?.author).toEqual({ reference: 'Practitioner/ot-1' });
    const [roleOnly] = resourcesOf(bundleOf(episodeRecord().assessments[0]!.record), 'QuestionnaireResponse');
    expect(roleOnly?.author).toBeUndefined();
  });

  it('a Lawton total is a whole number with its range; a TUG time is in UCUM seconds', () => {
    expect(surveyTotals(bundleOf(lawtonRecord()))[0]).toMatchObject({ valueInteger: lawtonRecord().total, referenceRange: [{ low: { value: 0 }, high: { value: 8 } }] });
    expect(surveyTotals(bundleOf(tugRecord()))[0]?.valueQuantity).toEqual({ value: 14.2, unit: 's', system: 'http://unitsofmeasure.org', code: 's' });
  });
});

describe('goals', () => {
  it('keeps each goal statement byte for byte, spaces and punctuation included', () => {
    const record: GoalPlanRecord = structuredClone(goalPlanRecord());
    const statement = '  I’d like to make my own cuppa —\tagain!  ';
    record.goalPlan.goals[0]!.statement = statement;
    const [goal] = resourcesOf(toFhirBundle(record), 'Goal');
    expect(goal?.description.text).toBe(statement);
    const fixtureGoals = resourcesOf(bundleOf(goalPlanRecord()), 'Goal');
    expect(fixtureGoals.map((candidate) => candidate.description.text)).toEqual(['I want to have a shower on my own again', 'Walk to the corner shop for my paper']);
  });

  it('maps statuses, domain, start, target and review levels', () => {
    const bundle = bundleOf(goalPlanRecord());
    const [shower, shops] = resourcesOf(bundle, 'Goal');
    expect(shower).toMatchObject({
      lifecycleStatus: 'completed',
      achievementStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: 'achieved' }] },
      category: [{ coding: [{ system: 'urn:otforms:goal-domain', code: 'personal-care', display: 'Personal care' }] }],
      subject: { reference: 'Patient/ada-example' },
      startDate: '2026-11-05',
      target: [{ measure: { coding: [{ system: 'urn:otforms:gas', code: 'attainment-level', display: 'GAS attainment level' }] }, detailInteger: 0, dueDate: '2026-12-10' }],
    });
    expect(shops?.achievementStatus?.coding?.[0]?.code).toBe('not-achieved');
    const reviewLevels = [shower, shops].map((goal) => goal?.outcomeReference?.map((reference) => byUrl(bundle, reference.reference)));
    expect(reviewLevels.map((levels) => levels?.map((level) => level?.resourceType === 'Observation' && [level.valueInteger, level.effectiveDateTime]))).toEqual([
      [[0, '2026-12-10']],
      [[-1, '2026-12-10']],
    ]);
  });

  it('writes the GAS T-scores at baseline and at each review, as in the record', () => {
    const record = goalPlanRecord();
    const tScores = resourcesOf(bundleOf(record), 'Observation').filter((observation) => observation.code.coding?.[0]?.code === 't-score');
    expect(tScores.map((observation) => [observation.effectiveDateTime, observation.valueQuantity?.value])).toEqual([
      ['2026-11-05', record.gas.tScoreBaseline],
      ...record.gas.reviews.map((review) => [review.date, review.tScore]),
    ]);
    expect(tScores[1]?.component?.[0]?.valueQuantity?.value).toBe(record.gas.reviews[0]?.change);
  });

  it('a goal plan alone has a CarePlan holding its goals, completed when every goal is', () => {
    const bundle = bundleOf(goalPlanRecord());
    const [carePlan] = resourcesOf(bundle, 'CarePlan');
    expect(carePlan).toMatchObject({ status: 'completed', intent: 'plan', subject: { reference: 'Patient/ada-example' } });
    expect(carePlan?.goal?.map((reference) => byUrl(bundle, reference.reference)?.resourceType)).toEqual(['Goal', 'Goal']);
  });
});

describe('episodes', () => {
  it('an ended episode: finished EpisodeOfCare with CLD strings, a completed plan with goals, equipment and hours', () => {
    const bundle = bundleOf(episodeRecord());
    const [episode] = resourcesOf(bundle, 'EpisodeOfCare');
    expect(episode).toMatchObject({
      status: 'finished',
      patient: { reference: 'Patient/ada-example' },
      period: { start: '2026-11-04', end: '2026-12-10' },
      type: [
        { coding: [{ system: 'urn:otforms:cld:service-type', code: 'Short term support: ST-Max' }] },
        { coding: [{ system: 'urn:otforms:cld:service-component', code: 'Reablement' }] },
      ],
    });
    const carePlans = resourcesOf(bundle, 'CarePlan');
    expect(carePlans).toHaveLength(1);
    const [plan] = carePlans;
    expect(plan).toMatchObject({ status: 'completed', intent: 'plan', period: { start: '2026-11-04', end: '2026-12-10' } });
    expect(plan?.goal).toHaveLength(2);
    const activities = plan?.activity ?? [];
    expect(activities.filter((activity) => activity.reference).map((activity) => byUrl(bundle, activity.reference?.reference)?.resourceType)).toEqual(['DeviceRequest', 'DeviceRequest']);
    expect(activities.flatMap((activity) => (activity.detail ? [[activity.detail.code?.coding?.[0]?.code, activity.detail.quantity?.value, activity.detail.quantity?.code]] : []))).toEqual([
      ['planned-care-hours-at-start', 10.5, 'h/wk'],
      ['planned-care-hours-at-end', 3, 'h/wk'],
    ]);
  });

  it('equipment: a Device and a DeviceRequest each, inactive and completed once returned', () => {
    const bundle = bundleOf(episodeRecord());
    const requests = resourcesOf(bundle, 'DeviceRequest');
    expect(requests.map((request) => [request.status, request.intent, request.authoredOn])).toEqual([
      ['active', 'order', '2026-11-05'],
      ['completed', 'order', '2026-11-05'],
    ]);
    const devices = requests.map((request) => byUrl(bundle, request.codeReference?.reference));
    expect(devices.map((device) => device?.resourceType === 'Device' && [device.type?.text, device.status])).toEqual([
      ['Shower seat', 'active'],
      ['Perching stool', 'inactive'],
    ]);
  });

  it('an episode under way is active, open-ended and has no goals', () => {
    const bundle = bundleOf(episodeUnderWay());
    const [episode] = resourcesOf(bundle, 'EpisodeOfCare');
    const [plan] = resourcesOf(bundle, 'CarePlan');
    expect(episode?.status).toBe('active');
    expect(episode?.period).toEqual({ start: '2026-11-04' });
    expect(plan).toMatchObject({ status: 'active', period: { start: '2026-11-04' } });
    expect(plan?.goal).toBeUndefined();
    expect(resourcesOf(bundle, 'Goal')).toEqual([]);
    expect(surveyTotals(bundle).map((total) => total.valueInteger)).toEqual([12]);
  });
});

describe('what cannot be converted', () => {
  it('a goal plan or episode without a subject throws an InteropError', () => {
    const { subject: _subject, ...plan } = goalPlanRecord();
    expect(() => toFhirBundle(plan)).toThrow(InteropError);
    expect(() => toFhirBundle(plan)).toThrow(/needs a subject/);
    const { subject: _episodeSubject, ...episode } = episodeUnderWay();
    expect(() => bundleOf({ ...episode, assessments: episode.assessments.map(({ timepoint, record: { subject: _s, ...record } }) => ({ timepoint, record })) })).toThrow(/needs a subject/);
  });

  it('an assessment without its definition, or with another version of it, throws naming the instrument', () => {
    expect(() => toFhirBundle(lawtonRecord())).toThrow(/lawton-iadl-8/);
    const otherVersion = { ...definitionOf('lawton-iadl-8'), version: '9.9.9' };
    expect(() => toFhirBundle(lawtonRecord(), { definitions: [otherVersion] })).toThrow(/version 9\.9\.9 was given/);
    const thrown = (() => {
      try {
        toFhirBundle(episodeRecord());
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(InteropError);
    expect((thrown as InteropError).issues.map((issue) => issue.path)).toEqual(['assessments[0].record.instrument', 'assessments[1].record.instrument']);
  });
});
