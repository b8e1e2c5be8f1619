import { describe, expect, it } from 'vitest';
import { cldEventOutcomes, cldServiceComponents, cldServiceTypes } from '@otforms/core';
import { InteropError } from '../interop-error.js';
import { episodeRecordFixture } from '../test-support/episode-record-fixture.js';
import { cldRow, type CldRow } from './cld-columns.js';
import { toCldRows } from './to-cld-rows.js';
import { eventOutcomeToR1, serviceComponentToR1, serviceTypeToR1 } from './release-one-tables.js';
import { toReleaseOneRows } from './to-release-one-rows.js';

const rows = toCldRows(episodeRecordFixture(), { laPersonId: 'LA-1', clientType: 'Service user' });

/** A row of the given type with one R2 value, to try each value the episode rows can carry. */
function serviceRow(values: Partial<CldRow>): CldRow {
  return cldRow({ Event_Type: 'Service', Event_Reference: 'ref', ...values });
}

describe('toReleaseOneRows', () => {
  it('maps the fixture rows to Release 1 strings and reports what has no R1 string', () => {
    const { rows: r1, unmapped } = toReleaseOneRows(rows);
    expect(r1.map((row) => [row.Event_Type, row.Event_Outcome, row.Service_Type, row.Service_Component, row.Review_Reason, row.Assessment_Type])).toEqual([
      ['Request', 'Progress to Reablement/ST-Max', '', '', '', ''],
      ['Assessment', 'Progress to Reablement/ST-Max', '', '', '', ''],
      ['Service', 'Progress to Support Planning / Services', 'Short Term Support: ST-Max', 'Reablement', '', ''],
      ['Service', 'Provision of service', 'Short Term Support: Ongoing Low Level', 'Equipment', '', ''],
      ['Service', 'Service ended as planned', 'Short Term Support: Ongoing Low Level', 'Equipment', '', ''],
      ['Review', 'Progress to Support Planning / Services', '', '', '', ''],
      ['Service', 'Provision of service', 'Short Term Support: Ongoing Low Level', '', '', ''],
    ]);
    expect(r1.every((row) => row.Client_Type === 'Service User')).toBe(true);
    expect(r1[0]?.Request_Route_of_Access).toBe('Discharge from Hospital');
    expect(unmapped.map(({ eventReference, field, value }) => ({ eventReference: eventReference.split(':').slice(1).join(':'), field, value }))).toEqual([
      { eventReference: 'assessment:baseline', field: 'Assessment_Type', value: 'Short term assessment' },
      { eventReference: 'review', field: 'Review_Reason', value: 'Review of short term support' },
      { eventReference: 'service:next', field: 'Service_Component', value: 'Home support or domiciliary care' },
    ]);
    for (const item of unmapped) expect(item.reason).toMatch(/no Release 1 equivalent/);
  });

  it('leaves the input rows unchanged', () => {
    const before = structuredClone(rows);
    toReleaseOneRows(rows);
    expect(rows).toEqual(before);
  });

  it('maps "Continuation of support or services" by event: Provision of service, No change in package', () => {
    const { rows: r1, unmapped } = toReleaseOneRows([
      serviceRow({ Event_Outcome: 'Continuation of support or services' }),
      cldRow({ Event_Type: 'Review', Event_Reference: 'review', Event_Outcome: 'Continuation of support or services' }),
      cldRow({ Event_Type: 'Assessment', Event_Reference: 'assessment', Event_Outcome: 'Continuation of support or services' }),
    ]);
    expect(r1.map((row) => row.Event_Outcome)).toEqual(['Provision of service', 'No change in package', '']);
    expect(unmapped).toEqual([
      { eventReference: 'assessment', field: 'Event_Outcome', value: 'Continuation of support or services', reason: expect.stringMatching(/only for Service and Review events/) },
    ]);
  });

  it('maps or reports every Release 2 outcome an episode can end with', () => {
    const mapped = new Map<string, string>();
    const reported = new Set<string>();
    for (const outcome of cldEventOutcomes) {
      const result = toReleaseOneRows([serviceRow({ Event_Outcome: outcome })]);
      const value = result.rows[0]!.Event_Outcome;
      if (value) mapped.set(outcome, value);
      else reported.add(outcome);
      expect(result.unmapped.length).toBe(value ? 0 : 1);
    }
    expect(Object.fromEntries(mapped)).toEqual({
      'Progress to reablement/ST-Max': 'Progress to Reablement/ST-Max',
      'Progress to support planning or services': 'Progress to Support Planning / Services',
      'Continuation of support or services': 'Provision of service',
      'Admitted to hospital': 'Admitted to hospital',
      'NFA: Referral to NHS services or NHS funded social care': 'NFA - 100% NHS funded care',
      'NFA: Support declined': 'NFA - Support declined',
      'NFA: Deceased': 'NFA - Deceased',
      'NFA: Support ended as planned': 'Service ended as planned',
      'NFA: Other': 'NFA - Other',
    });
    expect([...reported]).toEqual([
      'Progress to assessment, review or reassessment',
      'NFA: Responsibility moved to another local authority',
      'NFA: Self-funded client or under 12wk disregard',
      'NFA: Information and advice or signposting',
      'NFA: Referral to other service within the local authority',
      'NFA: Support ended for other reason',
      'NFA: No services offered for other reason',
    ]);
  });

  it('maps every Release 2 service type, and every service component the brief gives an R1 label for', () => {
    for (const type of cldServiceTypes) {
      expect(toReleaseOneRows([serviceRow({ Service_Type: type })]).rows[0]!.Service_Type).toBe(serviceTypeToR1[type].r1);
    }
    const unmappedComponents = cldServiceComponents.filter((component) => toReleaseOneRows([serviceRow({ Service_Component: component })]).unmapped.length > 0);
    expect(unmappedComponents).toEqual(['Home support or domiciliary care', 'Extra care housing']);
  });

  it('keeps every table entry to a value from the lists in core', () => {
    expect(Object.keys(eventOutcomeToR1).sort()).toEqual([...cldEventOutcomes].sort());
    expect(Object.keys(serviceTypeToR1).sort()).toEqual([...cldServiceTypes].sort());
    expect(Object.keys(serviceComponentToR1).sort()).toEqual([...cldServiceComponents].sort());
  });

  it('reports a value that is not a Release 2 value it knows, such as one already in Release 1', () => {
    const { rows: r1, unmapped } = toReleaseOneRows([serviceRow({ Service_Type: 'Short Term Support: ST-Max', Event_Outcome: 'toString' })]);
    expect(r1[0]).toMatchObject({ Service_Type: '', Event_Outcome: '' });
    expect(unmapped.map((item) => [item.field, item.reason])).toEqual([
      ['Event_Outcome', 'Not a Release 2 value this mapper knows'],
      ['Service_Type', 'Not a Release 2 value this mapper knows'],
    ]);
  });

  it('throws an InteropError listing every unmapped value when strict', () => {
    expect(() => toReleaseOneRows(rows, { strict: true })).toThrow(InteropError);
    expect(() => toReleaseOneRows(rows, { strict: true })).toThrow(/Review_Reason: "Review of short term support" has no Release 1 string/);
    const services = rows.filter((row) => row.Event_Type === 'Service' && row.Service_Component !== 'Home support or domiciliary care');
    expect(services.length).toBe(3);
    expect(toReleaseOneRows(services, { strict: true }).unmapped).toEqual([]);
  });
});
