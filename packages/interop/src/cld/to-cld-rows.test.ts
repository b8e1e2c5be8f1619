import { describe, expect, it } from 'vitest';
import { buildEpisodeRecord, cldEventOutcomes, cldRoutesOfAccessR1, cldServiceComponents, cldServiceTypes, type EpisodeRecord, type OutcomeRecord } from '@otforms/core';
import { ascof2aOutcome } from '../ascof/ascof-2a.js';
import { InteropError } from '../interop-error.js';
import { episodeRecordFixture, fixtureEpisode } from '../test-support/episode-record-fixture.js';
import { episodeWithHomeVisitFixture, homeVisitRecordFixture } from '../test-support/home-visit-record-fixture.js';
import { CLD_COLUMNS, CLD_EVENT_TYPES, type CldRow } from './cld-columns.js';
import { toCldRows, type CldRowOptions } from './to-cld-rows.js';

const id = '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40';
const options: CldRowOptions = {
  laPersonId: 'LA-000123',
  nhsNumber: '9434765919',
  laCode: 'E10000000',
  reportingPeriod: { start: '2026-10-01', end: '2026-12-31' },
};

/** Only the fields that carry a value, so each expectation reads as the row says. */
function filled(row: CldRow): Partial<CldRow> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== ''));
}

const person = {
  LA_Code: 'E10000000',
  Reporting_Period_Start_Date: '2026-10-01',
  Reporting_Period_End_Date: '2026-12-31',
  NHS_Number: '9434765919',
  LA_Person_Unique_Identifier: 'LA-000123',
};

function openEpisodeRecord(): EpisodeRecord {
  const { endedOn: _endedOn, endOutcome: _endOutcome, ...open } = fixtureEpisode;
  const closed = episodeRecordFixture();
  return buildEpisodeRecord({
    recordId: closed.recordId,
    startedAt: closed.startedAt,
    completedAt: closed.completedAt,
    subjectReference: 'Patient/ada-example',
    episode: { ...open, equipment: [{ item: 'Shower seat', issuedOn: '2026-11-05' }] },
    assessments: closed.assessments,
  });
}

describe('toCldRows', () => {
  it('writes the same rows with and without a home visit: recommendations are not services provided', () => {
    const withVisit = episodeWithHomeVisitFixture();
    expect(withVisit.homeVisit?.recommendations.length).toBeGreaterThan(0);
    expect(toCldRows(withVisit, options)).toEqual(toCldRows(episodeRecordFixture(), options));
  });

  it('refuses a home visit on its own: it is not an episode', () => {
    expect(() => toCldRows(homeVisitRecordFixture(), options)).toThrow(InteropError);
  });

  it('gives the fixture episode as Request, Assessment, reablement Service, two equipment Services, Review and the next Service', () => {
    const rows = toCldRows(episodeRecordFixture(), options);
    expect(rows.map(filled)).toEqual([
      {
        ...person,
        Event_Type: 'Request',
        Event_Reference: `${id}:request`,
        Event_Start_Date: '2026-11-02',
        Event_End_Date: '2026-11-02',
        Event_Description: 'Request for reablement',
        Event_Outcome: 'Progress to reablement/ST-Max',
        Request_Route_of_Access: 'Discharge from Hospital',
      },
      {
        ...person,
        Event_Type: 'Assessment',
        Event_Reference: `${id}:assessment:baseline`,
        Event_Start_Date: '2026-11-04',
        Event_End_Date: '2026-11-04',
        Event_Description: 'OT assessment: Barthel Index of activities of daily living',
        Event_Outcome: 'Progress to reablement/ST-Max',
        Assessment_Type: 'Short term assessment',
      },
      {
        ...person,
        Event_Type: 'Service',
        Event_Reference: `${id}:service:reablement`,
        Event_Start_Date: '2026-11-04',
        Event_End_Date: '2026-12-10',
        Event_Description: 'OT reablement',
        Event_Outcome: 'Progress to support planning or services',
        Service_Type: 'Short term support: ST-Max',
        Service_Component: 'Reablement',
      },
      {
        ...person,
        Event_Type: 'Service',
        Event_Reference: `${id}:service:equipment:0`,
        Event_Start_Date: '2026-11-05',
        Event_Description: 'Equipment',
        Event_Outcome: 'Continuation of support or services',
        Service_Type: 'Short term support: Ongoing low level',
        Service_Component: 'Equipment',
      },
      {
        ...person,
        Event_Type: 'Service',
        Event_Reference: `${id}:service:equipment:1`,
        Event_Start_Date: '2026-11-05',
        Event_End_Date: '2026-12-09',
        Event_Description: 'Equipment',
        Event_Outcome: 'NFA: Support ended as planned',
        Service_Type: 'Short term support: Ongoing low level',
        Service_Component: 'Equipment',
      },
      {
        ...person,
        Event_Type: 'Review',
        Event_Reference: `${id}:review`,
        Event_Start_Date: '2026-12-10',
        Event_End_Date: '2026-12-10',
        Event_Description: 'End of reablement review',
        Event_Outcome: 'Progress to support planning or services',
        Review_Reason: 'Review of short term support',
      },
      {
        ...person,
        Event_Type: 'Service',
        Event_Reference: `${id}:service:next`,
        Event_Start_Date: '2026-12-10',
        Event_Description: 'Service after reablement',
        Event_Outcome: 'Continuation of support or services',
        Service_Type: 'Short term support: Ongoing low level',
        Service_Component: 'Home support or domiciliary care',
      },
    ]);
  });

  it('carries the next service, open from the end, which is the sequel ascof2aOutcome gives', () => {
    const fixture = episodeRecordFixture();
    const record: EpisodeRecord = {
      ...fixture,
      episode: { ...fixture.episode, equipment: [], endOutcome: 'NFA: Support ended as planned', nextService: { type: 'Long term support: Community' } },
    };
    const rows = toCldRows(record, options);
    const open = rows.filter((row) => row.Event_Type === 'Service' && row.Event_End_Date === '');
    expect(open.map(filled)).toEqual([
      {
        ...person,
        Event_Type: 'Service',
        Event_Reference: `${id}:service:next`,
        Event_Start_Date: '2026-12-10',
        Event_Description: 'Service after reablement',
        Event_Outcome: 'Continuation of support or services',
        Service_Type: 'Long term support: Community',
      },
    ]);
    expect(ascof2aOutcome(record.episode)).toEqual({ sequel: open[0]!.Service_Type, decidedBy: 'next-service', placement: 'denominator' });
  });

  it('writes no next Service row without a next service, or before the episode has ended', () => {
    const fixture = episodeRecordFixture();
    const { nextService: _nextService, ...withoutNext } = fixture.episode;
    const without = toCldRows({ ...fixture, episode: withoutNext }, options);
    expect(without.map((row) => row.Event_Reference.replace(id, ''))).toEqual([
      ':request',
      ':assessment:baseline',
      ':service:reablement',
      ':service:equipment:0',
      ':service:equipment:1',
      ':review',
    ]);
    const open = openEpisodeRecord();
    expect(open.episode.nextService).toBeDefined();
    expect(toCldRows(open, options).some((row) => row.Event_Reference.endsWith(':service:next'))).toBe(false);
  });

  it('gives every row every CLD field, in the exported column order, as strings', () => {
    for (const row of toCldRows(episodeRecordFixture(), options)) {
      expect(Object.keys(row)).toEqual([...CLD_COLUMNS]);
      for (const value of Object.values(row)) expect(typeof value).toBe('string');
    }
  });

  it('uses only Release 2 values from core’s lists, real dates and unique references', () => {
    const rows = [...toCldRows(episodeRecordFixture(), options), ...toCldRows(openEpisodeRecord(), { laPersonId: 'x' })];
    const byRecord = new Map<string, Set<string>>();
    for (const row of rows) {
      expect(CLD_EVENT_TYPES).toContain(row.Event_Type);
      expect(cldEventOutcomes).toContain(row.Event_Outcome);
      if (row.Event_Type === 'Service') {
        expect(cldServiceTypes).toContain(row.Service_Type);
        expect(cldServiceComponents).toContain(row.Service_Component);
      } else {
        expect(row.Service_Type).toBe('');
        expect(row.Service_Component).toBe('');
      }
      if (row.Request_Route_of_Access) expect(cldRoutesOfAccessR1).toContain(row.Request_Route_of_Access);
      expect(row.Event_Start_Date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.Event_End_Date).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      if (row.Event_End_Date) expect(row.Event_End_Date >= row.Event_Start_Date).toBe(true);
      const seen = byRecord.get(row.LA_Person_Unique_Identifier) ?? new Set<string>();
      expect(seen.has(row.Event_Reference)).toBe(false);
      seen.add(row.Event_Reference);
      byRecord.set(row.LA_Person_Unique_Identifier, seen);
    }
  });

  it('writes the same rows for the same record (deterministic references)', () => {
    expect(toCldRows(episodeRecordFixture(), options)).toEqual(toCldRows(episodeRecordFixture(), options));
  });

  it('gives an open episode an open service, continuing, and no Review', () => {
    const rows = toCldRows(openEpisodeRecord(), { laPersonId: 'LA-000123' });
    expect(rows.map((row) => row.Event_Type)).toEqual(['Request', 'Assessment', 'Service', 'Service']);
    const reablement = rows.find((row) => row.Service_Component === 'Reablement');
    expect(reablement).toMatchObject({ Event_Start_Date: '2026-11-04', Event_End_Date: '', Event_Outcome: 'Continuation of support or services' });
    expect(rows[0]).toMatchObject({ LA_Code: '', NHS_Number: '', Reporting_Period_Start_Date: '', Reporting_Period_End_Date: '', Client_Type: '' });
  });

  it('leaves out the Assessment row when no assessment is a baseline one, and the route when the record has none', () => {
    const fixture = episodeRecordFixture();
    const record: EpisodeRecord = {
      ...fixture,
      episode: { ...fixture.episode, request: { date: '2026-11-02' } },
      assessments: fixture.assessments.filter((assessment) => assessment.timepoint !== 'baseline'),
    };
    const rows = toCldRows(record, options);
    expect(rows.map((row) => row.Event_Type)).toEqual(['Request', 'Service', 'Service', 'Service', 'Review', 'Service']);
    expect(rows[0]?.Request_Route_of_Access).toBe('');
  });

  it('leads the request and assessment to reablement for an ST-Max service, whatever its component (isStMaxEpisode)', () => {
    const fixture = episodeRecordFixture();
    type Service = Pick<EpisodeRecord['episode'], 'serviceType' | 'serviceComponent'>;
    const toPlanning = 'Progress to support planning or services';
    const cases: [Service, string, string][] = [
      [{ serviceType: 'Short term support: ST-Max', serviceComponent: 'Reablement' }, 'Progress to reablement/ST-Max', 'reablement'],
      [{ serviceType: 'Short term support: ST-Max', serviceComponent: 'Home support or domiciliary care' }, 'Progress to reablement/ST-Max', 'reablement'],
      [{ serviceType: 'Short term support: Other short term', serviceComponent: 'Reablement' }, toPlanning, 'short term support'],
      [{ serviceType: 'Long term support: Community', serviceComponent: 'Reablement' }, toPlanning, 'short term support'],
    ];
    for (const [service, outcome, support] of cases) {
      const rows = toCldRows({ ...fixture, episode: { ...fixture.episode, ...service } }, options);
      expect(rows.slice(0, 2).map((row) => row.Event_Outcome)).toEqual([outcome, outcome]);
      expect(rows.map((row) => row.Event_Description)).toEqual([
        `Request for ${support}`,
        'OT assessment: Barthel Index of activities of daily living',
        `OT ${support}`,
        'Equipment',
        'Equipment',
        `End of ${support} review`,
        `Service after ${support}`,
      ]);
      expect(rows[2]).toMatchObject({ Service_Type: service.serviceType, Service_Component: service.serviceComponent });
    }
  });

  it('types equipment rows with equipmentServiceType when given', () => {
    const rows = toCldRows(episodeRecordFixture(), { ...options, equipmentServiceType: 'Short term support: Other short term' });
    expect(rows.filter((row) => row.Service_Component === 'Equipment').map((row) => row.Service_Type)).toEqual([
      'Short term support: Other short term',
      'Short term support: Other short term',
    ]);
    expect(rows.find((row) => row.Service_Component === 'Reablement')?.Service_Type).toBe('Short term support: ST-Max');
  });

  it('describes equipment rows as Equipment unless describeEquipment is given', () => {
    const equipment = (opts: CldRowOptions) =>
      toCldRows(episodeRecordFixture(), opts)
        .filter((row) => row.Service_Component === 'Equipment')
        .map((row) => row.Event_Description);
    expect(equipment(options)).toEqual(['Equipment', 'Equipment']);
    expect(equipment({ ...options, describeEquipment: (item) => `Equipment: ${item}` })).toEqual(['Equipment: Shower seat', 'Equipment: Perching stool']);
  });

  it('refuses an unknown equipmentServiceType and a describeEquipment that is not a function or returns no string', () => {
    const unknownType = { ...options, equipmentServiceType: 'Short Term Support: Ongoing Low Level' } as unknown as CldRowOptions;
    expect(() => toCldRows(episodeRecordFixture(), unknownType)).toThrow(/options\.equipmentServiceType/);
    const notFunction = { ...options, describeEquipment: 'Equipment' } as unknown as CldRowOptions;
    expect(() => toCldRows(episodeRecordFixture(), notFunction)).toThrow(/options\.describeEquipment/);
    const notString = { ...options, describeEquipment: () => undefined } as unknown as CldRowOptions;
    expect(() => toCldRows(episodeRecordFixture(), notString)).toThrow(/Return a string \(equipment 0 gave undefined\)/);
  });

  it('writes Client_Type when given', () => {
    const rows = toCldRows(episodeRecordFixture(), { ...options, clientType: 'Service user' });
    expect(rows.every((row) => row.Client_Type === 'Service user')).toBe(true);
  });

  it('refuses a record that is not an episode', () => {
    const assessment: OutcomeRecord = episodeRecordFixture().assessments[0]!.record;
    expect(() => toCldRows(assessment, options)).toThrow(InteropError);
    expect(() => toCldRows(assessment, options)).toThrow(/episode record, not a record of kind "assessment"/);
  });

  it('refuses a missing or blank laPersonId', () => {
    const missing = { ...options, laPersonId: undefined } as unknown as CldRowOptions;
    for (const bad of [missing, { ...options, laPersonId: '  ' }]) {
      try {
        toCldRows(episodeRecordFixture(), bad);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InteropError);
        expect((error as InteropError).issues.map((issue) => issue.path)).toEqual(['options.laPersonId']);
      }
    }
  });

  it('refuses a malformed reporting period, naming each end', () => {
    const bad = { ...options, reportingPeriod: { start: '2026-02-30', end: '2026-01-01' } };
    expect(() => toCldRows(episodeRecordFixture(), bad)).toThrow(/options\.reportingPeriod\.start/);
    const backwards = { ...options, reportingPeriod: { start: '2026-12-31', end: '2026-10-01' } };
    expect(() => toCldRows(episodeRecordFixture(), backwards)).toThrow(/must end on or after its start/);
  });
});
