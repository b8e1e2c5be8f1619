import { describe, expect, it } from 'vitest';
import type { Bundle, Observation } from '@medplum/fhirtypes';
import type { OutcomeRecord } from '@otforms/core';
import { toFhirBundle } from './to-fhir-bundle.js';
import {
  definitions,
  episodeRecord,
  episodeUnderWay,
  episodeWithHomeVisit,
  goalPlanRecord,
  homeVisitRecord,
  incompleteLawtonRecord,
  lawtonRecord,
  personRatedRecord,
  tugRecord,
  unexplainedIssues,
  validate,
} from './bundle.fixture.js';

/*
 * Every entry and the Bundle itself go through Medplum's R4 validator
 * (elements, cardinality, datatypes and FHIRPath invariants), as the
 * Questionnaire export does in fhir-validation.test.ts: no errors, and no
 * warnings except those about `urn:uuid:` references, each of which is
 * checked against the type of the entry it points to (see unexplainedIssues).
 */
const cases: [string, () => OutcomeRecord][] = [
  ['the whole episode fixture', episodeRecord],
  ['a lone Barthel assessment from the episode', () => episodeRecord().assessments[0]!.record],
  ['a lone goal plan', goalPlanRecord],
  ['an episode still under way', episodeUnderWay],
  ['a non-Barthel instrument (Lawton IADL)', lawtonRecord],
  ['an incomplete assessment without a subject', incompleteLawtonRecord],
  ['a timed test (TUG)', tugRecord],
  ['a repeating group with no single total', personRatedRecord],
  ['a home visit (photos, measurements, own words, recommendations)', homeVisitRecord],
  ['an episode carrying a home visit', episodeWithHomeVisit],
  ['a lone assessment with photos', () => homeVisitRecord().assessments[0]!],
];

describe('toFhirBundle output is valid FHIR R4', () => {
  for (const [name, record] of cases) {
    it(name, () => {
      const bundle = toFhirBundle(record(), { definitions });
      expect(bundle.entry?.length).toBeGreaterThan(0);
      for (const entry of bundle.entry ?? []) {
        expect(unexplainedIssues(entry.resource, bundle), `${entry.resource?.resourceType} ${entry.fullUrl}`).toEqual([]);
      }
      expect(unexplainedIssues(bundle, bundle)).toEqual([]);
    });
  }

  it('the validator does reject a broken bundle', () => {
    const bundle = toFhirBundle(episodeRecord(), { definitions });
    const broken = structuredClone(bundle) as Bundle;
    const goal = broken.entry!.find((entry) => entry.resource?.resourceType === 'Goal')!.resource as unknown as Record<string, unknown>;
    delete goal.description;
    goal.lifecycleStatus = 42;
    expect(() => validate(goal)).toThrow(/description|lifecycleStatus|Invalid JSON type/);
    expect(() => validate(broken)).toThrow();
  });

  it('a urn:uuid reference to an entry of the wrong type is reported', () => {
    const bundle = toFhirBundle(episodeRecord(), { definitions });
    const goalUrl = bundle.entry!.find((entry) => entry.resource?.resourceType === 'Goal')!.fullUrl!;
    const total = structuredClone(bundle.entry!.find((entry) => entry.resource?.resourceType === 'Observation')!.resource!) as Observation;
    total.derivedFrom = [{ reference: goalUrl }];
    expect(unexplainedIssues(total, bundle)).toEqual([expect.stringContaining('Observation.derivedFrom[0]')]);
  });
});
