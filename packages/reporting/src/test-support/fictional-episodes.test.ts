import { cldEventOutcomes, summariseGoalPlan, validateOutcomeRecord, type AssessmentTimepoint, type EpisodeRecord } from '@otforms/core';
import { describe, expect, it } from 'vitest';
import { FICTIONAL_TEAMS, fictionalEpisodes, fictionalEpisodeStream, fictionalTeam } from './fictional-episodes.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DAY_MS = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

const cohort = fictionalEpisodes({ count: 1000 });
const ended = cohort.filter((record) => record.episode.endedOn !== undefined);

function total(record: EpisodeRecord, instrumentId: string, timepoint: AssessmentTimepoint): number | null {
  return record.assessments.find((assessment) => assessment.timepoint === timepoint && assessment.record.instrument.id === instrumentId)?.record.total ?? null;
}

/** How often discharge was higher, lower or the same as baseline, over episodes with both totals. */
function pairs(instrumentId: string) {
  const counts = { higher: 0, lower: 0, same: 0 };
  for (const record of cohort) {
    const [before, after] = [total(record, instrumentId, 'baseline'), total(record, instrumentId, 'discharge')];
    if (before === null || after === null) continue;
    counts[after > before ? 'higher' : after < before ? 'lower' : 'same'] += 1;
  }
  return counts;
}

const countBy = <T>(values: readonly T[]) => values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<T, number>());

describe('fictionalEpisodes: determinism', () => {
  it('gives deep-equal records for the same seed, and different ones for another seed', () => {
    const options = { count: 200, seed: 42 };
    expect(fictionalEpisodes(options)).toEqual(fictionalEpisodes(options));
    expect(JSON.stringify(fictionalEpisodes(options))).toBe(JSON.stringify(fictionalEpisodes(options)));
    expect(fictionalEpisodes({ count: 200, seed: 43 })).not.toEqual(fictionalEpisodes(options));
  });

  it('makes the default seed 1, and a smaller cohort the start of a larger one', () => {
    expect(fictionalEpisodes({ count: 50, seed: 1 })).toEqual(cohort.slice(0, 50));
  });

  it('gives every record and every part its own UUID in version 4 format', () => {
    const ids = cohort.flatMap((record) => [record.recordId, ...record.assessments.map((assessment) => assessment.record.recordId), ...(record.goalPlan ? [record.goalPlan.recordId] : [])]);
    expect(ids.every((id) => UUID_V4.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names fictional people and practitioners only', () => {
    cohort.forEach((record, index) => {
      expect(record.subject?.reference).toBe(`Patient/fictional-${String(index + 1).padStart(6, '0')}`);
      expect(record.assessor?.reference).toMatch(/^PractitionerRole\/fictional-[a-z-]+-\d+$/);
    });
  });
});

describe('fictionalEpisodes: validity', () => {
  it('passes core’s validateOutcomeRecord for every record of a 500-episode cohort, exactly as generated', () => {
    for (const record of cohort.slice(0, 500)) {
      const validation = validateOutcomeRecord(record);
      if (!validation.success) expect.fail(`${record.recordId}: ${JSON.stringify(validation.issues)}`);
      // Nothing defaulted, dropped or migrated: the generator writes records in their validated form.
      expect(validation.migratedFrom).toBeNull();
      expect(validation.record).toEqual(record);
    }
  });

  it('gives each goal plan the T-scores core computes from its goals', () => {
    for (const record of cohort) if (record.goalPlan) expect(record.goalPlan.gas).toEqual(summariseGoalPlan(record.goalPlan.goalPlan));
  });

  it('keeps the answers shared between records frozen, so changing one cannot change another', () => {
    const [first] = fictionalEpisodes({ count: 20 }).filter((record) => record.assessments.length > 0);
    const answers = first!.assessments[0]!.record.answers;
    const before = structuredClone(answers);
    expect(() => Object.assign(answers, { bowels: 'incontinent', stairs: 'unable' })).toThrow(TypeError);
    const copy = structuredClone(first!);
    Object.assign(copy.assessments[0]!.record.answers, { bowels: 'incontinent', stairs: 'unable' });
    expect(copy.assessments[0]!.record.answers).not.toEqual(before);
    expect(answers).toEqual(before);
  });
});

describe('fictionalEpisodes: spreads', () => {
  it('leaves about 1 in 10 unfinished, without an end date or outcome', () => {
    const open = cohort.filter((record) => record.episode.endedOn === undefined);
    expect(open.length).toBeGreaterThan(50);
    expect(open.length).toBeLessThan(150);
    expect(open.every((record) => record.episode.endOutcome === undefined && record.episode.followUp.length === 0)).toBe(true);
  });

  it('ends episodes inside the window and shows every CLD end outcome, most often "ended as planned"', () => {
    expect(ended.every((record) => record.episode.endedOn! >= '2025-04-01' && record.episode.endedOn! < '2026-04-01')).toBe(true);
    const outcomes = countBy(ended.map((record) => record.episode.endOutcome));
    expect([...outcomes.keys()].sort()).toEqual([...cldEventOutcomes].sort());
    const [mostCommon] = [...outcomes].sort((a, b) => b[1] - a[1]);
    expect(mostCommon![0]).toBe('NFA: Support ended as planned');
  });

  it('has services that follow: long-term community, ongoing low level, residential, short-term residential care', () => {
    const next = cohort.flatMap((record) => (record.episode.nextService ? [record.episode.nextService] : []));
    const types = new Set(next.map((service) => service.type));
    for (const type of ['Long term support: Community', 'Short term support: Ongoing low level', 'Long term support: Residential care', 'Long term support: Nursing care']) {
      expect(types).toContain(type);
    }
    expect(next.some((service) => service.component === 'Short term residential care')).toBe(true);
    expect(next.length).toBeLessThan(cohort.length / 2);
  });

  it('issues equipment in about half, some returned; minor adaptations, and major ones 60–300 days from recommendation to completion', () => {
    const withEquipment = cohort.filter((record) => record.episode.equipment.length > 0);
    expect(withEquipment.length / cohort.length).toBeGreaterThan(0.4);
    expect(withEquipment.length / cohort.length).toBeLessThan(0.6);
    expect(withEquipment.some((record) => record.episode.equipment.some((item) => item.returnedOn))).toBe(true);
    expect(cohort.some((record) => record.episode.minorAdaptations.length > 0)).toBe(true);
    const major = cohort.flatMap((record) => record.episode.majorAdaptations);
    const completed = major.filter((adaptation) => adaptation.completedOn);
    expect(completed.length).toBeGreaterThan(10);
    expect(major.length).toBeGreaterThan(completed.length);
    for (const adaptation of completed) {
      expect(days(adaptation.recommendedOn!, adaptation.completedOn!)).toBeGreaterThanOrEqual(60);
      expect(days(adaptation.recommendedOn!, adaptation.completedOn!)).toBeLessThanOrEqual(300);
    }
  });

  it('has care hours removed, reduced, maintained and increased, and some not known', () => {
    const changes = countBy(
      ended.map(({ episode: { plannedHoursPerWeek: { atStart, atEnd } } }) =>
        atStart === undefined || atEnd === undefined ? 'not known' : atStart > 0 && atEnd === 0 ? 'removed' : atEnd < atStart ? 'reduced' : atEnd === atStart ? 'maintained' : 'increased',
      ),
    );
    for (const change of ['removed', 'reduced', 'maintained', 'increased', 'not known'] as const) expect(changes.get(change)).toBeGreaterThan(10);
  });

  it('follows people up at 84 and 91 days, with every status', () => {
    const followUps = cohort.flatMap((record) => record.episode.followUp.map((followUp) => ({ ...followUp, endedOn: record.episode.endedOn! })));
    expect(new Set(followUps.map((followUp) => followUp.kind))).toEqual(new Set(['84-day', '91-day']));
    expect(new Set(followUps.map((followUp) => followUp.status))).toEqual(new Set(['at-home', 'in-community', 'readmitted', 'res-nursing-admission', 'deceased', 'unknown']));
    expect(followUps.every((followUp) => days(followUp.endedOn, followUp.date) === (followUp.kind === '84-day' ? 84 : 91))).toBe(true);
  });

  it('assesses Barthel (and some FES-I and Lawton) at baseline, interim and discharge, some without a total', () => {
    const assessments = cohort.flatMap((record) => record.assessments);
    const timepoints = countBy(assessments.map((assessment) => `${assessment.record.instrument.id} ${assessment.timepoint}`));
    for (const id of ['barthel-cw20', 'fes-i-16', 'lawton-iadl-8']) for (const timepoint of ['baseline', 'interim', 'discharge']) expect(timepoints.get(`${id} ${timepoint}`)).toBeGreaterThan(10);
    const withoutTotal = assessments.filter((assessment) => assessment.record.total === null);
    expect(withoutTotal.length).toBeGreaterThan(20);
    expect(withoutTotal.every((assessment) => assessment.record.status === 'incomplete')).toBe(true);
    // FES-I prorates up to 4 missing items, so some incomplete FES-I records still have a total.
    expect(assessments.some((assessment) => assessment.record.instrument.id === 'fes-i-16' && assessment.record.status === 'incomplete' && assessment.record.total !== null)).toBe(true);
  });

  it('usually shows improvement at discharge: a higher Barthel and Lawton, a lower FES-I', () => {
    const barthel = pairs('barthel-cw20');
    expect(barthel.higher).toBeGreaterThan(3 * barthel.lower);
    expect(barthel.lower + barthel.same).toBeGreaterThan(0);
    const lawton = pairs('lawton-iadl-8');
    expect(lawton.higher).toBeGreaterThan(3 * lawton.lower);
    const fesI = pairs('fes-i-16');
    expect(fesI.lower).toBeGreaterThan(3 * fesI.higher);
  });

  it('gives most ended episodes a goal plan of 2–4 goals with 1–2 reviews', () => {
    const plans = cohort.flatMap((record) => (record.goalPlan ? [record.goalPlan] : []));
    expect(plans.every((plan) => plan.goalPlan.goals.length >= 2 && plan.goalPlan.goals.length <= 4)).toBe(true);
    const reviewed = ended.filter((record) => record.goalPlan && [1, 2].includes(record.goalPlan.gas.reviews.length));
    expect(reviewed.length / ended.length).toBeGreaterThan(0.6);
    expect(new Set(plans.map((plan) => plan.gas.reviews.length))).toEqual(new Set([0, 1, 2]));
    expect(plans.some((plan) => plan.goalPlan.weighting === 'importance-x-difficulty')).toBe(true);
  });

  it('honours endsFrom and months', () => {
    const spring = fictionalEpisodes({ count: 300, seed: 5, endsFrom: '2024-01-01', months: 3 });
    const endings = spring.flatMap((record) => (record.episode.endedOn ? [record.episode.endedOn] : []));
    expect(endings.every((day) => day >= '2024-01-01' && day < '2024-04-01')).toBe(true);
    expect(endings.some((day) => day < '2024-01-15') && endings.some((day) => day > '2024-03-15')).toBe(true);
    const open = spring.filter((record) => !record.episode.endedOn);
    expect(open.every((record) => record.episode.startedOn >= '2024-02-19' && record.episode.startedOn < '2024-04-01')).toBe(true);
  });

  it('refuses options it cannot honour', () => {
    expect(() => fictionalEpisodes({ count: -1 })).toThrow(RangeError);
    expect(() => fictionalEpisodes({ count: 1.5 })).toThrow(RangeError);
    expect(() => fictionalEpisodes({ count: 1, months: 0 })).toThrow(RangeError);
    expect(() => fictionalEpisodes({ count: 1, endsFrom: '2025-02-30' })).toThrow(RangeError);
    expect(fictionalEpisodes({ count: 0 })).toEqual([]);
  });
});

describe('fictional teams', () => {
  it('reads back the team of every record and of its parts, and spreads people over every team', () => {
    const teams = cohort.map((record) => fictionalTeam(record));
    expect(new Set(teams)).toEqual(new Set(FICTIONAL_TEAMS));
    cohort.forEach((record, index) => {
      for (const { record: part } of record.assessments) expect(fictionalTeam(part)).toBe(teams[index]);
      if (record.goalPlan) expect(fictionalTeam(record.goalPlan)).toBe(teams[index]);
    });
  });

  it('gives null for a record the generator did not make', () => {
    const [record] = fictionalEpisodes({ count: 1 });
    expect(fictionalTeam({ ...record!, assessor: { reference: 'PractitionerRole/123' } })).toBeNull();
    expect(fictionalTeam({ ...record!, assessor: { reference: 'PractitionerRole/fictional-nowhere-1' } })).toBeNull();
    const { assessor: _, ...withoutAssessor } = record!;
    expect(fictionalTeam(withoutAssessor)).toBeNull();
  });
});

describe('fictionalEpisodeStream', () => {
  it('yields the same records as the array', () => {
    const options = { count: 300, seed: 9, endsFrom: '2025-10-01', months: 6 };
    expect([...fictionalEpisodeStream(options)]).toEqual(fictionalEpisodes(options));
  });

  it('makes each record only when asked, so a bench can stream a cohort of any size', () => {
    const first: EpisodeRecord[] = [];
    for (const record of fictionalEpisodeStream({ count: 1_000_000_000 })) {
      first.push(record);
      if (first.length === 3) break;
    }
    expect(first).toEqual(cohort.slice(0, 3));
  });
});
