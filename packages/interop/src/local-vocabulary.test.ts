import { describe, expect, it } from 'vitest';
import { validateOutcomeRecord, type EpisodeRecord } from '@otforms/core';
import { ascof2aOutcome } from './ascof/ascof-2a.js';
import { toCldRows, type CldRowOptions } from './cld/to-cld-rows.js';
import { definitions, resourcesOf, unexplainedIssues } from './fhir/bundle/bundle.fixture.js';
import { toFhirBundle } from './fhir/bundle/to-fhir-bundle.js';
import { OTFORMS_EXTENSION } from './fhir/extensions.js';
import { InteropError } from './interop-error.js';
import { changedEpisodeFixture, episodeRecordFixture } from './test-support/episode-record-fixture.js';

/** The fixture episode as a (fictional) Scottish council would record it: its route and outcome from its own lists, no CLD value. */
const route = { system: 'urn:example:scotland:route-of-access', code: 'hospital', display: 'From hospital' };
const outcome = { system: 'urn:example:scotland:outcome', code: 'met', display: 'Personal outcomes met' };
function scottish(change: (record: EpisodeRecord) => void = () => {}): EpisodeRecord {
  const record = changedEpisodeFixture((record) => {
    delete record.episode.request.routeOfAccess;
    delete record.episode.endOutcome;
    delete record.episode.nextService;
    record.episode.request.routeOfAccessCoding = route;
    record.episode.endOutcomeCoding = outcome;
    change(record);
  });
  const checked = validateOutcomeRecord(record);
  if (!checked.success) throw new Error(JSON.stringify(checked.issues));
  return checked.record as EpisodeRecord;
}
const options: CldRowOptions = { laPersonId: 'LA-000123' };

describe('a route of access and end outcome from a vocabulary that is not CLD', () => {
  it('CLD export: an ended episode is refused, naming the local end outcome as not CLD', () => {
    const record = scottish();
    expect(() => toCldRows(record, options)).toThrow(InteropError);
    try {
      toCldRows(record, options);
    } catch (error) {
      expect((error as InteropError).issues).toEqual([{ path: 'episode.endOutcomeCoding', message: expect.stringContaining('"met" is from urn:example:scotland:outcome, not England\'s CLD') }]);
    }
  });

  it('CLD export: an episode under way is written with the route left empty, never the local code', () => {
    const record = scottish((record) => {
      delete record.episode.endedOn;
      delete record.episode.endOutcomeCoding;
    });
    const rows = toCldRows(record, options);
    expect(rows[0]).toMatchObject({ Event_Type: 'Request', Request_Route_of_Access: '' });
    const written = rows.flatMap((row) => Object.values(row));
    expect(written).not.toContain('hospital');
    expect(written).not.toContain('From hospital');
  });

  it('FHIR: the EpisodeOfCare carries each coding as it is, where a CLD value goes in its CLD system', () => {
    const [local] = resourcesOf(toFhirBundle(scottish(), { definitions }), 'EpisodeOfCare');
    expect(local?.extension).toEqual([
      { url: OTFORMS_EXTENSION.routeOfAccess, valueCoding: route },
      { url: OTFORMS_EXTENSION.endOutcome, valueCoding: outcome },
    ]);
    const cldBundle = toFhirBundle(episodeRecordFixture(), { definitions });
    const [england] = resourcesOf(cldBundle, 'EpisodeOfCare');
    expect(england?.extension).toEqual([
      { url: OTFORMS_EXTENSION.routeOfAccess, valueCoding: { system: 'urn:otforms:cld:route-of-access', code: 'Discharge from Hospital', display: 'Discharge from Hospital' } },
      { url: OTFORMS_EXTENSION.endOutcome, valueCoding: { system: 'urn:otforms:cld:event-outcome', code: 'Progress to support planning or services', display: 'Progress to support planning or services' } },
    ]);
    expect(unexplainedIssues(local, toFhirBundle(scottish(), { definitions }))).toEqual([]);
    expect(unexplainedIssues(england, cldBundle)).toEqual([]);
  });

  it('FHIR: an episode with neither has no extension', () => {
    const record = scottish((record) => {
      delete record.episode.request.routeOfAccessCoding;
      delete record.episode.endedOn;
      delete record.episode.endOutcomeCoding;
    });
    const [episode] = resourcesOf(toFhirBundle(record, { definitions }), 'EpisodeOfCare');
    expect(episode).not.toHaveProperty('extension');
  });

  it('ASCOF 2A: the end outcome is not known to an England measure, and says why, even with equipment held or a next service', () => {
    expect(ascof2aOutcome(scottish().episode)).toEqual({ sequel: null, decidedBy: 'end-outcome-not-cld', placement: 'unclassified' });
    const withNext = scottish((record) => {
      record.episode.nextService = { type: 'Long term support: Community' };
    });
    expect(ascof2aOutcome(withNext.episode)?.decidedBy).toBe('end-outcome-not-cld');
    expect(ascof2aOutcome(episodeRecordFixture().episode)?.decidedBy).not.toBe('end-outcome-not-cld');
  });
});
