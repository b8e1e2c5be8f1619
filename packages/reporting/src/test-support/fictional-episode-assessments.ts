import type { AssessmentTimepoint, EpisodeAssessment } from '@otforms/core';
import { ANSWER_VARIANTS, copyAssessment, FICTIONAL_INSTRUMENTS, instrumentTemplates, type FictionalInstrumentId } from './fictional-assessments.js';
import { isoTime } from './fictional-dates.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * The assessments of one fictional episode: Barthel for nearly everyone,
 * Lawton and FES-I for some, at baseline, sometimes midway, and at
 * discharge. Each person has an ability from 0 to 1 at the start and a
 * change by the end (mostly a gain); each instrument's totals follow from
 * those, so a person who gains on the Barthel also tends to worry less
 * about falling (a lower FES-I).
 */

export interface AssessmentPlan {
  ids: () => string;
  subjectReference: string;
  assessorReference: string;
  baselineDay: number;
  /** The day midway, when an interim assessment is possible; null when the episode is too short so far. */
  interimDay: number | null;
  /** The day of the discharge assessment; null when there is none (not ended, or ended by admission or death). */
  dischargeDay: number | null;
}

interface Instrument {
  id: FictionalInstrumentId;
  /** Share of episodes that use it. */
  share: number;
  /** The total for an ability from 0 to 1. */
  total: (ability: number, noise: number) => number;
  /** Share of its assessments left incomplete, and how many items they miss. */
  incomplete: number;
  missing: (random: SeededRandom) => number;
}

const INSTRUMENTS: readonly Instrument[] = [
  { id: FICTIONAL_INSTRUMENTS.barthel, share: 0.95, total: (ability, noise) => 20 * ability + noise, incomplete: 0.05, missing: (random) => random.int(1, 2) },
  { id: FICTIONAL_INSTRUMENTS.lawton, share: 0.22, total: (ability, noise) => 8 * (ability - 0.15) + noise / 2, incomplete: 0.05, missing: () => 1 },
  // FES-I: 16 (no concern) to 64; lower is better, so it falls as ability rises. Up to 4 missing items are prorated, more leave no total.
  { id: FICTIONAL_INSTRUMENTS.fesI, share: 0.28, total: (ability, noise) => 16 + 40 * (1 - ability) + 2 * noise, incomplete: 0.06, missing: (random) => random.int(1, 6) },
];

export function fictionalAssessments(random: SeededRandom, plan: AssessmentPlan): EpisodeAssessment[] {
  const ability = Math.min(1, Math.max(0.05, 0.6 + 0.18 * random.normal()));
  const change = random.weighted<() => number>([
    [() => 0.05 + 0.25 * random.next(), 75],
    [() => 0, 13],
    [() => -0.05 - 0.1 * random.next(), 12],
  ])();
  const withInterim = plan.interimDay !== null && random.chance(0.35);
  const assessments: EpisodeAssessment[] = [];
  for (const instrument of INSTRUMENTS) {
    if (!random.chance(instrument.share)) continue;
    const templates = instrumentTemplates(instrument.id);
    const noise = random.normal();
    const take = (timepoint: AssessmentTimepoint, day: number, abilityThen: number) => {
      const missing = random.chance(instrument.incomplete) ? instrument.missing(random) : 0;
      const template = templates.template(instrument.total(abilityThen, noise), random.int(0, ANSWER_VARIANTS - 1), missing);
      const minutes = random.int(9 * 60, 15 * 60);
      const record = copyAssessment(template, {
        recordId: plan.ids(),
        subjectReference: plan.subjectReference,
        assessorReference: plan.assessorReference,
        startedAt: isoTime(day, minutes),
        completedAt: isoTime(day, minutes + random.int(15, 50)),
        administrationMode: templates.definition.administrationModes && random.pick(templates.definition.administrationModes),
      });
      assessments.push({ timepoint, record });
    };
    take('baseline', plan.baselineDay, ability);
    if (withInterim) take('interim', plan.interimDay!, ability + change / 2);
    if (plan.dischargeDay !== null) take('discharge', plan.dischargeDay, ability + change);
  }
  return assessments;
}
