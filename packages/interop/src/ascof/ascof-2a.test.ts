import { describe, expect, it } from 'vitest';
import {
  cldEventOutcomes,
  cldServiceComponents,
  cldServiceTypes,
  ReablementEpisodeSchema,
  type CldEventOutcome,
  type CldServiceType,
  type ReablementEpisode,
  type ReablementEpisodeInput,
} from '@otforms/core';
import {
  ASCOF_2A_EQUIPMENT_SEQUEL,
  ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL,
  ascof2aDenominatorSequels,
  ascof2aNumeratorSequels,
  ascof2aOutcome,
  isStMaxEpisode,
  type Ascof2aOutcome,
} from './ascof-2a.js';

/** A fictional ST-Max reablement episode, 4 November to 10 December 2026, with the given changes. */
function episode(changes: Partial<ReablementEpisodeInput> = {}): ReablementEpisode {
  return ReablementEpisodeSchema.parse({
    request: { date: '2026-11-02' },
    startedOn: '2026-11-04',
    endedOn: '2026-12-10',
    serviceType: 'Short term support: ST-Max',
    serviceComponent: 'Reablement',
    plannedHoursPerWeek: {},
    endOutcome: 'Progress to support planning or services',
    ...changes,
  });
}

const kept = [{ item: 'Shower seat', issuedOn: '2026-11-05' }];
const unclassified: Ascof2aOutcome = { sequel: null, decidedBy: 'none', placement: 'unclassified' };
const byEquipment: Ascof2aOutcome = { sequel: 'Short term support: Ongoing low level', decidedBy: 'equipment', placement: 'numerator' };
const longTermSupport = ['Long term support: Nursing care', 'Long term support: Residential care', 'Long term support: Community', 'Long term support: Prison'];

describe('ASCOF 2A sequel lists', () => {
  it('are the 2023/24 lists, Release 2 strings, in the order DHSC writes them', () => {
    expect(ascof2aDenominatorSequels).toEqual([
      'Long term support: Community',
      'Long term support: Nursing care',
      'Long term support: Residential care',
      'Long term support: Prison',
      'Short term support: Ongoing low level',
      'Short term support: Other short term',
      'Short term support: Residential or Nursing care',
      'NFA: Information and advice or signposting',
      'NFA: Support ended as planned',
      'NFA: Responsibility moved to another local authority',
      'NFA: Other',
      'NFA: No services offered for other reason',
      'NFA: Support ended for other reason',
      'NFA: Referral to other service within the local authority',
    ]);
    expect(ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL).toBe('Short term support: Residential or Nursing care');
    expect(ASCOF_2A_EQUIPMENT_SEQUEL).toBe('Short term support: Ongoing low level');
  });

  it('make the numerator the denominator less long term support and short term residential or nursing care', () => {
    const removed = [...longTermSupport, ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL];
    expect(ascof2aNumeratorSequels).toEqual(ascof2aDenominatorSequels.filter((sequel) => !removed.includes(sequel)));
  });

  it('hold only CLD service types, CLD event outcomes and the residential or nursing sequel', () => {
    const known: readonly string[] = [...cldServiceTypes, ...cldEventOutcomes, ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL];
    expect(ascof2aDenominatorSequels.filter((sequel) => !known.includes(sequel))).toEqual([]);
    expect(new Set(ascof2aDenominatorSequels).size).toBe(ascof2aDenominatorSequels.length);
  });
});

describe('isStMaxEpisode', () => {
  it('is true for every ST-Max service, whatever its component, and for no other service type', () => {
    for (const serviceComponent of cldServiceComponents) {
      expect(isStMaxEpisode(episode({ serviceComponent }))).toBe(true);
    }
    for (const serviceType of cldServiceTypes.filter((type) => type !== 'Short term support: ST-Max')) {
      expect(isStMaxEpisode(episode({ serviceType })), serviceType).toBe(false);
    }
  });
});

describe('ascof2aOutcome: scope', () => {
  it('is null for an episode that has not ended', () => {
    const { endedOn: _endedOn, endOutcome: _endOutcome, ...open } = episode({ nextService: { type: 'Long term support: Community' }, equipment: kept });
    expect(ascof2aOutcome(open)).toBeNull();
  });

  it('is null for an ended episode whose service is not ST-Max', () => {
    for (const serviceType of cldServiceTypes.filter((type) => type !== 'Short term support: ST-Max')) {
      expect(ascof2aOutcome(episode({ serviceType, endOutcome: 'NFA: Support ended as planned' })), serviceType).toBeNull();
    }
  });

  it('counts an ST-Max episode whose component is not Reablement', () => {
    expect(ascof2aOutcome(episode({ serviceComponent: 'Home support or domiciliary care', endOutcome: 'NFA: Support ended as planned' }))).toEqual({
      sequel: 'NFA: Support ended as planned',
      decidedBy: 'end-outcome',
      placement: 'numerator',
    });
  });
});

describe('ascof2aOutcome: the order of decision', () => {
  const everythingElse = { nextService: { type: 'Long term support: Community' as const }, equipment: kept };

  it('1. a death at the end takes the episode out, before a next service and equipment', () => {
    expect(ascof2aOutcome(episode({ ...everythingElse, endOutcome: 'NFA: Deceased' }))).toEqual({ sequel: 'NFA: Deceased', decidedBy: 'deceased', placement: 'excluded' });
  });

  it('2. admission to hospital takes the episode out, before a next service and equipment', () => {
    expect(ascof2aOutcome(episode({ ...everythingElse, endOutcome: 'Admitted to hospital' }))).toEqual({
      sequel: 'Admitted to hospital',
      decidedBy: 'admitted-to-hospital',
      placement: 'excluded',
    });
  });

  it('3. a next service decides before the end outcome and equipment', () => {
    expect(ascof2aOutcome(episode({ ...everythingElse, endOutcome: 'NFA: Support ended as planned' }))).toEqual({
      sequel: 'Long term support: Community',
      decidedBy: 'next-service',
      placement: 'denominator',
    });
  });

  it('4. the end outcome decides before equipment, even when it takes the episode out', () => {
    expect(ascof2aOutcome(episode({ equipment: kept, endOutcome: 'NFA: Support declined' }))).toEqual({
      sequel: 'NFA: Support declined',
      decidedBy: 'end-outcome',
      placement: 'excluded',
    });
    expect(ascof2aOutcome(episode({ equipment: kept, endOutcome: 'NFA: Support ended as planned' }))).toMatchObject({ decidedBy: 'end-outcome', placement: 'numerator' });
  });

  it('5. equipment still held decides when the end outcome cannot be classified', () => {
    expect(ascof2aOutcome(episode({ equipment: kept, endOutcome: 'Continuation of support or services' }))).toEqual(byEquipment);
  });

  it('6. otherwise the episode is unclassified', () => {
    expect(ascof2aOutcome(episode({ endOutcome: 'Progress to assessment, review or reassessment' }))).toEqual(unclassified);
  });
});

describe('ascof2aOutcome: every end outcome', () => {
  type Expected = Pick<Ascof2aOutcome, 'decidedBy' | 'placement'>;
  const success: Expected = { decidedBy: 'end-outcome', placement: 'numerator' };
  const leaves: Expected = { decidedBy: 'end-outcome', placement: 'excluded' };
  const none: Expected = { decidedBy: 'none', placement: 'unclassified' };
  const expected: Record<CldEventOutcome, Expected> = {
    'Progress to reablement/ST-Max': none,
    'Progress to assessment, review or reassessment': none,
    'Progress to support planning or services': none,
    'Continuation of support or services': none,
    'Admitted to hospital': { decidedBy: 'admitted-to-hospital', placement: 'excluded' },
    'NFA: Responsibility moved to another local authority': success,
    'NFA: Referral to NHS services or NHS funded social care': leaves,
    'NFA: Self-funded client or under 12wk disregard': leaves,
    'NFA: Information and advice or signposting': success,
    'NFA: Referral to other service within the local authority': success,
    'NFA: Support declined': leaves,
    'NFA: Deceased': { decidedBy: 'deceased', placement: 'excluded' },
    'NFA: Support ended as planned': success,
    'NFA: Support ended for other reason': success,
    'NFA: No services offered for other reason': success,
    'NFA: Other': success,
  };

  it('covers every Release 2 event outcome in core', () => {
    expect(Object.keys(expected).sort()).toEqual([...cldEventOutcomes].sort());
  });

  it.each(cldEventOutcomes.map((outcome) => [outcome, expected[outcome]] as const))('%s alone: %o', (endOutcome, placed) => {
    const result = ascof2aOutcome(episode({ endOutcome }));
    expect(result).toEqual({ ...placed, sequel: placed.placement === 'unclassified' ? null : endOutcome });
  });

  it.each(cldEventOutcomes.map((outcome) => [outcome, expected[outcome]] as const))('%s with equipment held: equipment only where the outcome says nothing', (endOutcome, placed) => {
    const result = ascof2aOutcome(episode({ endOutcome, equipment: kept }));
    expect(result).toEqual(placed.placement === 'unclassified' ? byEquipment : { ...placed, sequel: endOutcome });
  });
});

describe('ascof2aOutcome: every service type as the next service', () => {
  const carer: Ascof2aOutcome = { sequel: 'NFA: Support ended as planned', decidedBy: 'end-outcome', placement: 'numerator' };
  const expected: Record<CldServiceType, Ascof2aOutcome> = {
    'Short term support: ST-Max': { sequel: null, decidedBy: 'next-service', placement: 'unclassified' },
    'Short term support: Ongoing low level': { sequel: 'Short term support: Ongoing low level', decidedBy: 'next-service', placement: 'numerator' },
    'Short term support: Other short term': { sequel: 'Short term support: Other short term', decidedBy: 'next-service', placement: 'numerator' },
    'Long term support: Nursing care': { sequel: 'Long term support: Nursing care', decidedBy: 'next-service', placement: 'denominator' },
    'Long term support: Residential care': { sequel: 'Long term support: Residential care', decidedBy: 'next-service', placement: 'denominator' },
    'Long term support: Community': { sequel: 'Long term support: Community', decidedBy: 'next-service', placement: 'denominator' },
    'Long term support: Prison': { sequel: 'Long term support: Prison', decidedBy: 'next-service', placement: 'denominator' },
    // Carer support is not this person's sequel: the end outcome decides.
    'Unpaid carer support: Direct to unpaid carer': carer,
    'Unpaid carer support: Support involving the person cared-for': carer,
  };

  it('covers every Release 2 service type in core', () => {
    expect(Object.keys(expected).sort()).toEqual([...cldServiceTypes].sort());
  });

  it.each(cldServiceTypes.map((type) => [type, expected[type]] as const))('%s', (type, outcome) => {
    expect(ascof2aOutcome(episode({ endOutcome: 'NFA: Support ended as planned', nextService: { type } }))).toEqual(outcome);
  });

  it('makes a next ST-Max service unclassified even with equipment held and a classified end outcome', () => {
    const result = ascof2aOutcome(episode({ endOutcome: 'NFA: Support ended as planned', equipment: kept, nextService: { type: 'Short term support: ST-Max', component: 'Short term residential care' } }));
    expect(result).toEqual({ sequel: null, decidedBy: 'next-service', placement: 'unclassified' });
  });

  it('lets carer support fall through to equipment when the end outcome cannot be classified', () => {
    const nextService = { type: 'Unpaid carer support: Direct to unpaid carer' as const };
    expect(ascof2aOutcome(episode({ nextService, equipment: kept }))).toEqual(byEquipment);
    expect(ascof2aOutcome(episode({ nextService }))).toEqual(unclassified);
  });

  it('gives short term residential or nursing care only for other short term support in a care home', () => {
    const careHome: Ascof2aOutcome = { sequel: ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL, decidedBy: 'next-service', placement: 'denominator' };
    const next = (type: CldServiceType, component?: (typeof cldServiceComponents)[number]) =>
      ascof2aOutcome(episode({ endOutcome: 'NFA: Support ended as planned', nextService: component ? { type, component } : { type } }));
    expect(next('Short term support: Other short term', 'Short term residential care')).toEqual(careHome);
    expect(next('Short term support: Other short term', 'Short term nursing care')).toEqual(careHome);
    expect(next('Short term support: Other short term', 'Home support or domiciliary care')).toMatchObject({ sequel: 'Short term support: Other short term', placement: 'numerator' });
    expect(next('Short term support: Other short term')).toMatchObject({ sequel: 'Short term support: Other short term', placement: 'numerator' });
    // DHSC ranks the type first, so the type's own sequel stands.
    expect(next('Short term support: Ongoing low level', 'Short term residential care')).toMatchObject({ sequel: 'Short term support: Ongoing low level', placement: 'numerator' });
    expect(next('Long term support: Nursing care', 'Short term nursing care')).toMatchObject({ sequel: 'Long term support: Nursing care', placement: 'denominator' });
  });
});

describe('ascof2aOutcome: equipment', () => {
  const withEquipment = (equipment: ReablementEpisodeInput['equipment']) => ascof2aOutcome(episode({ endOutcome: 'Progress to support planning or services', equipment }));

  it('counts equipment kept, or returned after the end, as still held', () => {
    expect(withEquipment(kept)).toEqual(byEquipment);
    expect(withEquipment([{ item: 'Perching stool', issuedOn: '2026-11-05', returnedOn: '2026-12-11' }])).toEqual(byEquipment);
    expect(withEquipment([{ item: 'Perching stool', issuedOn: '2026-12-10' }])).toEqual(byEquipment);
    expect(withEquipment([{ item: 'Bed lever', issuedOn: '2026-11-01' }])).toEqual(byEquipment);
  });

  it('does not count equipment returned by the end', () => {
    expect(withEquipment([{ item: 'Perching stool', issuedOn: '2026-11-05', returnedOn: '2026-12-09' }])).toEqual(unclassified);
    expect(withEquipment([{ item: 'Perching stool', issuedOn: '2026-11-05', returnedOn: '2026-12-10' }])).toEqual(unclassified);
  });

  it('does not count equipment issued after the end', () => {
    expect(withEquipment([{ item: 'Shower seat', issuedOn: '2026-12-11' }])).toEqual(unclassified);
  });

  it('needs only one item held among several', () => {
    expect(withEquipment([{ item: 'Perching stool', issuedOn: '2026-11-05', returnedOn: '2026-12-09' }, ...kept])).toEqual(byEquipment);
  });
});

describe('ascof2aOutcome: every combination', () => {
  it('gives a sequel exactly when classified, from the lists when in the measure', () => {
    const nextServices = [undefined, ...cldServiceTypes.map((type) => ({ type }))];
    for (const endOutcome of cldEventOutcomes) {
      for (const nextService of nextServices) {
        for (const equipment of [[], kept]) {
          const result = ascof2aOutcome(episode({ endOutcome, equipment, ...(nextService ? { nextService } : {}) }))!;
          const label = `${endOutcome} / ${nextService?.type ?? 'no next service'} / ${equipment.length} items`;
          expect(result.sequel === null, label).toBe(result.placement === 'unclassified');
          if (result.placement === 'numerator') expect(ascof2aNumeratorSequels as readonly string[], label).toContain(result.sequel);
          if (result.placement === 'denominator') {
            expect(ascof2aDenominatorSequels as readonly string[], label).toContain(result.sequel);
            expect(ascof2aNumeratorSequels as readonly string[], label).not.toContain(result.sequel);
          }
          if (result.placement === 'excluded') expect(ascof2aDenominatorSequels as readonly string[], label).not.toContain(result.sequel);
        }
      }
    }
  });
});
