import {
  entryInputKey,
  groupEntries,
  indexDefinition,
  inSentence,
  scoreInstrument,
  type GroupEntry,
  type GroupItem,
  type InstrumentDefinition,
  type Item,
  type QuestionAnswer,
  type QuestionItem,
  type AnswerError,
  type ScoreResult,
} from '@otforms/core';
import { answersView } from './tracked-answers.js';
import { flatAnswers, heldAnswer } from './held-answers.js';
import { visibleErrors, type VisibleErrors } from '../errors/visible-errors.js';
import type { AssessmentContext } from './assessment-types.js';

/**
 * Read-only views of an assessment's state for any UI: the Lit elements use
 * them, and so can a vendor driving its own design system with the machine.
 *
 * `runningScoreOf`, `shownItemIds` and `shownItems` keep their work per
 * answer from growing with the form: they remember what they worked out for
 * each answers object (by identity, held weakly) and bring it forward from
 * the answers before. So a context's `responses.answers` must never be
 * changed in place: give a new object for new answers, as the machine
 * always does. Answers changed in place would be read as the ones before.
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
  return scoreInstrument(definition, flatAnswers(context.responses.answers), { bandSetId: context.options.bandSetId });
}

export interface RunningScore {
  /** Sum of the scores of the items answered so far. */
  sum: number;
  /** Highest possible total; null when a scored number question has no maximum. */
  max: number | null;
  /** Scored items without an answer yet. */
  unanswered: number;
}

/**
 * The score so far while the assessment is under way: the sum of answered
 * items, which is not a total until every scored item is answered. Kept up
 * answer by answer; `context.responses.answers` must never be changed in
 * place (see above).
 */
export function runningScoreOf(definition: InstrumentDefinition, context: AssessmentContext): RunningScore | null {
  if (!definition.scoring) return null;
  // Kept up answer by answer (tracked-answers.ts): the same as summing `scoreOf`'s item scores.
  const { sum, missing } = answersView(definition, context.responses.answers);
  return { sum, max: indexDefinition(definition).totalRange?.max ?? null, unanswered: missing };
}

/**
 * The ids of the top-level questions shown now, given the answers so far:
 * exactly `enabledItemIds`, as a new `Set` of the caller's own (a copy,
 * O(shown items) each call). A page that reads it on every answer should
 * use `shownItems`, which copies nothing. `context.responses.answers` must
 * never be changed in place (see above).
 */
export function shownItemIds(definition: InstrumentDefinition, context: AssessmentContext): Set<string> {
  return new Set(shownItems(definition, context));
}

/**
 * The same ids as `shownItemIds`, as a read-only view that costs nothing to
 * get: visibility is kept up answer by answer (tracked-answers.ts), so the
 * work per answer does not grow with the form. It is shared: never change
 * it (it is no `Set`, and has only `ReadonlySet`'s methods), and read it
 * for this snapshot only, asking again after the next event. It iterates
 * in definition order. `context.responses.answers` must never be changed in
 * place (see above).
 */
export function shownItems(definition: InstrumentDefinition, context: AssessmentContext): ReadonlySet<string> {
  return answersView(definition, context.responses.answers).shown;
}

/** The text shown for an answer on "Check your answers". */
export function describeAnswer(item: Item, context: AssessmentContext): string {
  const { answers, invalidInputs, notAssessed } = context.responses;
  if (notAssessed.includes(item.id)) return 'Not assessed';
  if (item.type === 'group') {
    const entries = describeEntries(item, context);
    return entries.length ? entries.join('; ') : 'None added';
  }
  const invalid = invalidInputs[item.id];
  if (invalid !== undefined) return invalid;
  return describeQuestionAnswer(item, heldAnswer(answers, item.id) as QuestionAnswer | undefined);
}

/** Each entry of a repeating group in a line, for a list on "Check your answers". */
export function describeEntries(item: GroupItem, context: AssessmentContext): string[] {
  return groupEntries(heldAnswer(context.responses.answers, item.id)).map((entry, index) => describeEntry(item, entry, index));
}

export function describeQuestionAnswer(item: QuestionItem, answer: QuestionAnswer | undefined): string {
  if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) return 'Not answered';
  switch (item.type) {
    case 'single-choice':
      return item.options.find((option) => option.code === answer)?.label ?? String(answer);
    case 'multiple-choice':
      return (Array.isArray(answer) ? answer : [answer])
        .map((code) => item.options.find((option) => option.code === code)?.label ?? String(code))
        .join(', ');
    case 'yes-no':
      return answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : String(answer);
    case 'duration':
      return `${answer} seconds`;
    case 'integer':
    case 'decimal':
      return item.unit ? `${answer} ${item.unit}` : String(answer);
    case 'measurement':
      return `${answer} ${item.unit}`;
    case 'photo': {
      // The ids mean nothing to the person checking: how many were taken does.
      const count = Array.isArray(answer) ? answer.length : 1;
      return count === 1 ? '1 photo' : `${count} photos`;
    }
    case 'date':
      return typeof answer === 'string' ? formatDate(answer) : String(answer);
    default:
      return Array.isArray(answer) ? answer.join(', ') : String(answer);
  }
}

/** One entry of a repeating group, in a line: "Activity 1: Cooking (importance 8, …)". */
function describeEntry(group: GroupItem, entry: GroupEntry, index: number): string {
  const [first, ...rest] = group.items;
  const name = first ? describeQuestionAnswer(first, entry[first.id]) : '';
  const details = rest
    .filter((child) => entry[child.id] !== undefined)
    .map((child) => `${inSentence(child.label)} ${describeQuestionAnswer(child, entry[child.id])}`);
  return `${group.entryLabel} ${index + 1}: ${name}${details.length ? ` (${details.join(', ')})` : ''}`;
}

/** "2026-03-04" → "4 March 2026" (GOV.UK date style), without depending on the runtime's locale data. */
export function formatDate(iso: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [year, month, day] = iso.split('-').map(Number);
  const name = months[(month ?? 0) - 1];
  return name && day && year ? `${day} ${name} ${year}` : iso;
}

/**
 * The key of a question's error in `visibleAnswerErrors(…).byField`: a
 * top-level question, or a repeating group as a whole, by its id; a question
 * of one entry of a group as `entryInputKey` names it.
 */
export function answerFieldKey(itemId: string, entry?: number, childId?: string): string {
  return entry === undefined || childId === undefined ? itemId : entryInputKey(itemId, entry, childId);
}

/**
 * The errors the page shows now: none until the person tries to continue
 * or submit, then the page's errors, live, until they leave it (GOV.UK).
 * The summary lists them in the order of the page.
 */
export function visibleAnswerErrors(snapshot: { readonly context: Pick<AssessmentContext, 'errors' | 'showErrors'> }): VisibleErrors<AnswerError> {
  const { showErrors, errors } = snapshot.context;
  return visibleErrors(showErrors, errors, (error) => answerFieldKey(error.itemId, error.entry, error.childId));
}
