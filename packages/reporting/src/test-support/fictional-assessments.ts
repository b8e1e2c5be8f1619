import { allItems, buildOutcomeRecord, type AdministrationMode, type Answers, type AssessmentRecord, type InstrumentDefinition } from '@otforms/core';
import { getInstrument } from '@otforms/instruments';
import { SeededRandom, seedOf } from './seeded-random.js';

/**
 * Assessment records for the fictional cohort, made by core's
 * `buildOutcomeRecord` from the shipped instrument definitions, so each is
 * scored and shaped exactly as a real one would be.
 *
 * Building and validating a record costs far more than the rest of an
 * episode, and a bench asks for 100,000 episodes. So a record is built once
 * per instrument, total and variant (and number of missing items), kept
 * frozen, and each episode gets a shallow copy with its own id, person,
 * assessor and times. Copies share the frozen answers and scores: change a
 * generated record only after `structuredClone`.
 */

export const FICTIONAL_INSTRUMENTS = { barthel: 'barthel-cw20', lawton: 'lawton-iadl-8', fesI: 'fes-i-16' } as const;
export type FictionalInstrumentId = (typeof FICTIONAL_INSTRUMENTS)[keyof typeof FICTIONAL_INSTRUMENTS];

/** Different answer sets kept for each total, so that equal totals do not always mean equal answers. */
export const ANSWER_VARIANTS = 3;

/**
 * How readily each item moves away from its lowest score as the total rises
 * (1 when not listed), so that answers look like people's: continence and
 * feeding come back before stairs and bathing; slopes and crowds worry people
 * before the telephone does. A rough order for realism, not a published one.
 */
const ITEM_PROPENSITY: Record<string, Record<string, number>> = {
  'barthel-cw20': { bowels: 5, bladder: 4, feeding: 5, grooming: 3, toiletUse: 3, transfers: 3, mobility: 2, dressing: 2, stairs: 1, bathing: 1 },
  'lawton-iadl-8': { telephone: 5, medicines: 3, finances: 3, foodPreparation: 2, housekeeping: 2, laundry: 2, shopping: 1, transport: 1 },
  'fes-i-16': { slipperySurface: 5, unevenSurface: 4, slope: 4, crowds: 3, stairs: 3, socialEvent: 3, neighbourhood: 3, reaching: 2, telephone: 0.5, dressing: 0.5, chair: 0.5 },
};

interface ScoredItem {
  id: string;
  allowNotAssessed: boolean;
  /** The distinct scores of its options, lowest first. */
  scores: number[];
  propensity: number;
  codesByScore: Map<number, string[]>;
}

class InstrumentTemplates {
  readonly items: ScoredItem[];
  readonly min: number;
  readonly max: number;
  readonly #templates = new Map<string, AssessmentRecord>();

  constructor(readonly definition: InstrumentDefinition) {
    this.items = allItems(definition).map((item) => {
      if (item.type !== 'single-choice') throw new Error(`${definition.id}: the fictional cohort answers single-choice items only, not "${item.type}" (${item.id})`);
      const codesByScore = new Map<number, string[]>();
      for (const option of item.options) {
        if (option.score === undefined) continue;
        codesByScore.set(option.score, [...(codesByScore.get(option.score) ?? []), option.code]);
      }
      const propensity = ITEM_PROPENSITY[definition.id]?.[item.id] ?? 1;
      return { id: item.id, allowNotAssessed: item.allowNotAssessed === true, scores: [...codesByScore.keys()].sort((a, b) => a - b), propensity, codesByScore };
    });
    const unknown = Object.keys(ITEM_PROPENSITY[definition.id] ?? {}).filter((id) => !this.items.some((item) => item.id === id));
    if (unknown.length) throw new Error(`${definition.id} has no items ${unknown.join(', ')}`);
    this.min = this.items.reduce((sum, item) => sum + item.scores[0]!, 0);
    this.max = this.items.reduce((sum, item) => sum + item.scores.at(-1)!, 0);
  }

  /** The frozen record for a total (clamped to the instrument's range), an answer variant and a number of items left unanswered. */
  template(total: number, variant: number, missing: number): AssessmentRecord {
    const target = Math.min(this.max, Math.max(this.min, Math.round(total)));
    // Incomplete records are few, so one answer set per total and number missing is enough.
    const key = `${this.definition.id}|${target}|${missing > 0 ? 0 : variant % ANSWER_VARIANTS}|${missing}`;
    let template = this.#templates.get(key);
    if (!template) {
      // Seeded from the key, so a template is the same whichever episode asked for it first.
      template = deepFreeze(this.build(new SeededRandom(seedOf(key)), target, missing));
      this.#templates.set(key, template);
    }
    return template;
  }

  private build(random: SeededRandom, target: number, missing: number): AssessmentRecord {
    // Start everyone at the lowest score and raise random items a step at a time until the total is reached.
    const steps = this.items.map(() => 0);
    let sum = this.min;
    for (;;) {
      const raisable = this.items.flatMap((item, at) => {
        const next = item.scores[steps[at]! + 1];
        return next !== undefined && next - item.scores[steps[at]!]! <= target - sum ? [[at, item.propensity] as const] : [];
      });
      if (raisable.length === 0) break;
      const at = random.weighted(raisable);
      const item = this.items[at]!;
      sum += item.scores[steps[at]! + 1]! - item.scores[steps[at]!]!;
      steps[at]! += 1;
    }
    const answers: Answers = {};
    this.items.forEach((item, at) => (answers[item.id] = random.pick(item.codesByScore.get(item.scores[steps[at]!]!)!)));
    const notAssessed: string[] = [];
    for (const item of random.sample(this.items, missing)) {
      delete answers[item.id];
      if (item.allowNotAssessed && random.chance(0.5)) notAssessed.push(item.id);
    }
    // Placeholders in the order a real record has them; every copy replaces them.
    return buildOutcomeRecord(
      this.definition,
      { answers, invalidInputs: {}, notAssessed },
      {
        recordId: '00000000-0000-4000-8000-000000000000',
        startedAt: '2000-01-01T00:00:00.000Z',
        completedAt: '2000-01-01T00:00:00.000Z',
        subjectReference: 'Patient/fictional-000000',
        assessor: { reference: 'PractitionerRole/fictional-placeholder-0', role: 'Occupational therapist' },
        ...(this.definition.administrationModes?.[0] ? { administrationMode: this.definition.administrationModes[0] } : {}),
      },
    );
  }
}

const instruments = new Map<FictionalInstrumentId, InstrumentTemplates>();

/** The templates of one of the instruments the cohort uses, read from the catalogue once. */
export function instrumentTemplates(id: FictionalInstrumentId): InstrumentTemplates {
  let templates = instruments.get(id);
  if (!templates) {
    const definition = getInstrument(id);
    if (!definition) throw new Error(`The instrument catalogue has no "${id}"`);
    templates = new InstrumentTemplates(definition);
    instruments.set(id, templates);
  }
  return templates;
}

export interface AssessmentCopy {
  recordId: string;
  subjectReference: string;
  assessorReference: string;
  startedAt: string;
  completedAt: string;
  administrationMode: AdministrationMode | undefined;
}

/** A template with this person's id, subject, assessor, mode and times: a cheap copy that still validates. */
export function copyAssessment(template: AssessmentRecord, copy: AssessmentCopy): AssessmentRecord {
  const record: AssessmentRecord = {
    ...template,
    recordId: copy.recordId,
    subject: { reference: copy.subjectReference },
    assessor: { reference: copy.assessorReference, role: 'Occupational therapist' },
    startedAt: copy.startedAt,
    completedAt: copy.completedAt,
  };
  if (copy.administrationMode) record.administrationMode = copy.administrationMode;
  return record;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
