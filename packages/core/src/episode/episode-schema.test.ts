import { describe, expect, it } from 'vitest';
import { ReablementEpisodeSchema, type ReablementEpisodeInput } from './episode-schema.js';

const episode = (patch: Partial<ReablementEpisodeInput> = {}): ReablementEpisodeInput => ({
  request: { date: '2026-11-02', routeOfAccess: 'Discharge from Hospital', hospitalDischargeDate: '2026-11-01', dischargePathway: '1' },
  startedOn: '2026-11-03',
  plannedHoursPerWeek: { atStart: 10.5, atEnd: 3 },
  equipment: [{ item: 'Perching stool', issuedOn: '2026-11-04' }],
  minorAdaptations: [{ description: 'Grab rail by the front door', cost: 85 }],
  ...patch,
});

const issues = (input: unknown) => {
  const result = ReablementEpisodeSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('reablement episode', () => {
  it('accepts an episode under way, with CLD Release 2 defaults for the service', () => {
    const parsed = ReablementEpisodeSchema.parse(episode());
    expect(parsed).toMatchObject({ serviceType: 'Short term support: ST-Max', serviceComponent: 'Reablement', majorAdaptations: [], followUp: [] });
  });

  it('needs an end outcome once the episode has ended, from the Release 2 list', () => {
    expect(issues(episode({ endedOn: '2026-12-10' }))).toEqual([['endOutcome', 'An episode that has ended needs its end outcome']]);
    expect(issues(episode({ endedOn: '2026-12-10', endOutcome: 'NFA: Support ended as planned' }))).toEqual([]);
    expect(issues(episode({ endedOn: '2026-12-10', endOutcome: 'Service ended as planned' as never })).map(([path]) => path)).toEqual(['endOutcome']);
  });

  it('keeps dates in order: request, start, end; issue before return; the grant steps', () => {
    expect(
      issues(
        episode({
          startedOn: '2026-11-01',
          endedOn: '2026-10-30',
          endOutcome: 'Admitted to hospital',
          equipment: [{ item: 'Frame', issuedOn: '2026-11-05', returnedOn: '2026-11-04' }],
          majorAdaptations: [{ description: 'Level access shower', recommendedOn: '2026-11-10', appliedOn: '2026-11-09', decidedOn: '2026-12-01' }],
        }),
      ),
    ).toEqual([
      ['equipment.0.returnedOn', 'Equipment must be returned on or after the day it was issued'],
      ['majorAdaptations.0.appliedOn', 'appliedOn must not be before recommendedOn'],
      ['endedOn', 'The episode must end on or after the day it started'],
      ['startedOn', 'The episode must start on or after the request'],
    ]);
  });

  it('refuses a "minor" adaptation over £1,000, and accepts one of exactly £1,000', () => {
    expect(issues(episode({ minorAdaptations: [{ description: 'Stair rail', cost: 1000.01 }] }))).toEqual([
      ['minorAdaptations.0.cost', 'A minor adaptation costs £1,000 or less; record this one as a major adaptation'],
    ]);
    expect(issues(episode({ minorAdaptations: [{ description: 'Stair rail', cost: 1000 }] }))).toEqual([]);
  });

  it('reports a row’s own rule even while another row cannot be read', () => {
    const unreadable = { item: '', issuedOn: 'soon' };
    expect(issues(episode({ equipment: [unreadable], minorAdaptations: [{ description: 'Stair rail', cost: 1500 }] })).map(([path]) => path)).toEqual([
      'equipment.0.item',
      'equipment.0.issuedOn',
      'minorAdaptations.0.cost',
    ]);
  });
});
