import { describe, expect, it } from 'vitest';
import type { Bundle } from '@medplum/fhirtypes';
import type { OutcomeRecord } from '@otforms/core';
import { toFhirBundle } from './to-fhir-bundle.js';
import {
  allCodings,
  allReferences,
  definitions,
  episodeRecord,
  episodeUnderWay,
  episodeWithHomeVisit,
  goalPlanRecord,
  homeVisitRecord,
  incompleteLawtonRecord,
  lawtonRecord,
  personRatedRecord,
  resourcesOf,
  tugRecord,
} from './bundle.fixture.js';

const bundleOf = (record: OutcomeRecord) => toFhirBundle(record, { definitions });
const allRecords: [string, () => OutcomeRecord][] = [
  ['episode', episodeRecord],
  ['lone assessment', () => episodeRecord().assessments[0]!.record],
  ['goal plan', goalPlanRecord],
  ['episode under way', episodeUnderWay],
  ['Lawton', lawtonRecord],
  ['incomplete Lawton', incompleteLawtonRecord],
  ['TUG', tugRecord],
  ['person-rated', personRatedRecord],
  ['home visit', homeVisitRecord],
  ['episode with a home visit', episodeWithHomeVisit],
];
const totalOf = (bundle: Bundle) => resourcesOf(bundle, 'Observation').filter((observation) => observation.category?.some((category) => category.coding?.[0]?.code === 'survey'));

describe('codes', () => {
  it('the Barthel total carries exactly the two verified codings', () => {
    const totals = totalOf(bundleOf(episodeRecord()));
    expect(totals).toHaveLength(2);
    for (const total of totals) {
      expect(total.code.coding).toEqual([
        { system: 'http://snomed.info/sct', code: '273302005', display: 'Barthel index' },
        { system: 'http://loinc.org', code: '96761-2', display: 'Total score Barthel Index' },
      ]);
    }
  });

  it('no bundle holds any SNOMED CT or LOINC code other than the two verified ones', () => {
    const verified = new Map([['http://snomed.info/sct', '273302005'], ['http://loinc.org', '96761-2']]);
    for (const [name, record] of allRecords) {
      for (const coding of allCodings(bundleOf(record()))) {
        const national = /snomed|loinc/i.test(coding.system ?? '');
        if (national) expect(verified.get(coding.system!), `${name}: ${coding.system} ${coding.code}`).toBe(coding.code);
      }
    }
  });

  it('other totals use the local instrument code with the title', () => {
    const [total] = totalOf(bundleOf(lawtonRecord()));
    expect(total?.code.coding).toEqual([{ system: 'urn:otforms:instrument', code: 'lawton-iadl-8', display: lawtonRecord().instrument.title }]);
  });
});

describe('references', () => {
  for (const [name, record] of allRecords) {
    it(`every reference in the ${name} bundle resolves to an entry, except the host's own`, () => {
      const bundle = bundleOf(record());
      const fullUrls = new Set(bundle.entry!.map((entry) => entry.fullUrl));
      expect(fullUrls.size).toBe(bundle.entry!.length);
      const hostReferences = new Set(['Patient/ada-example', 'Practitioner/ot-1']);
      for (const reference of allReferences(bundle)) {
        if (reference.startsWith('urn:uuid:')) expect(fullUrls.has(reference), reference).toBe(true);
        else expect(hostReferences.has(reference), reference).toBe(true);
      }
    });
  }
});

describe('determinism', () => {
  it('the same record gives a deep-equal bundle', () => {
    for (const [, record] of allRecords) expect(bundleOf(record())).toEqual(bundleOf(record()));
  });

  it('records with different recordIds share no uuid', () => {
    const one = episodeRecord();
    const other = { ...episodeRecord(), recordId: '9e000000-0000-4000-8000-000000000001' };
    const urls = (bundle: Bundle) => new Set(bundle.entry!.map((entry) => entry.fullUrl));
    const shared = [...urls(bundleOf(one))].filter((url) => urls(bundleOf(other)).has(url));
    // The records inside keep their own recordIds, so only the episode's own resources change.
    const episodeOwn = (bundle: Bundle) => bundle.entry!.filter((entry) => ['EpisodeOfCare', 'CarePlan', 'Device', 'DeviceRequest'].includes(entry.resource!.resourceType));
    for (const entry of episodeOwn(bundleOf(one))) expect(shared).not.toContain(entry.fullUrl);
    expect(bundleOf(other).identifier).toEqual({ system: 'urn:ietf:rfc:3986', value: 'urn:uuid:9e000000-0000-4000-8000-000000000001' });
  });

  it('a record inside an episode keeps the same entry ids as when exported alone', () => {
    const episode = bundleOf(episodeRecord());
    const alone = bundleOf(episodeRecord().assessments[0]!.record);
    const inEpisode = new Set(episode.entry!.map((entry) => entry.fullUrl));
    for (const entry of alone.entry!) expect(inEpisode.has(entry.fullUrl)).toBe(true);
  });
});

describe('the bundle', () => {
  it('is a collection stamped with the record’s completion time and id', () => {
    const record = episodeRecord();
    const bundle = bundleOf(record);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: record.completedAt, identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${record.recordId}` } });
  });
});
