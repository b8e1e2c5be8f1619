import { scaleRange, scoreInstrument, type InstrumentDefinition, type Item, type ScoreResult } from '@otforms/core';
import type { AssessmentContext } from './assessment-types.js';

/**
 * Read-only views of an assessment's state for any UI: the Lit elements use
 * them, and so can a vendor driving its own design system with the machine.
 */

export type AssessmentView = 'answering' | 'review' | 'submitted';

export interface Progress {
  /** 1-based. */
  current: number;
  total: number;
}

export function progressOf(definition: InstrumentDefinition, context: AssessmentContext): Progress {
  return { current: context.sectionIndex + 1, total: definition.sections.length };
}

export function currentSection(definition: InstrumentDefinition, context: AssessmentContext) {
  return definition.sections[context.sectionIndex] ?? definition.sections[0]!;
}

/** The running score, as the assessor sees it on "Check your answers". */
export function scoreOf(definition: InstrumentDefinition, context: AssessmentContext): ScoreResult {
  return scoreInstrument(definition, context.responses.answers, { bandSetId: context.options.bandSetId });
}

export interface RunningScore {
  /** Sum of the scores of the items answered so far. */
  sum: number;
  /** Highest possible total. */
  max: number;
  /** Scored items without an answer yet. */
  unanswered: number;
}

/**
 * The score so far while the assessment is under way: the sum of answered
 * items, which is not a total until every scored item is answered.
 */
export function runningScoreOf(definition: InstrumentDefinition, context: AssessmentContext): RunningScore | null {
  if (!definition.scoring) return null;
  const { itemScores, missingItems } = scoreOf(definition, context);
  const sum = Object.values(itemScores).reduce<number>((total, score) => total + (score ?? 0), 0);
  return { sum, max: scaleRange(definition, 'total').max, unanswered: missingItems.length };
}

/** The text shown for an answer on "Check your answers". */
export function describeAnswer(item: Item, context: AssessmentContext): string {
  const { answers, invalidInputs, notAssessed } = context.responses;
  if (notAssessed.includes(item.id)) return 'Not assessed';
  const invalid = invalidInputs[item.id];
  if (invalid !== undefined) return invalid;
  const answer = answers[item.id];
  if (answer === undefined) return 'Not answered';
  if (item.type === 'single-choice') return item.options.find((option) => option.code === answer)?.label ?? String(answer);
  if ((item.type === 'integer' || item.type === 'decimal') && item.unit) return `${answer} ${item.unit}`;
  if (item.type === 'date' && typeof answer === 'string') return formatDate(answer);
  return Array.isArray(answer) ? answer.join(', ') : String(answer);
}

/** "2026-03-04" → "4 March 2026" (GOV.UK date style), without depending on the runtime's locale data. */
export function formatDate(iso: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [year, month, day] = iso.split('-').map(Number);
  const name = months[(month ?? 0) - 1];
  return name && day && year ? `${day} ${name} ${year}` : iso;
}
