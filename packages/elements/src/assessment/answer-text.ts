import { groupEntries, type GroupEntry, type GroupItem, type Item, type QuestionAnswer, type QuestionItem } from '@otforms/core';
import { heldAnswer, type AssessmentContext } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';

/**
 * How answers read on "Check your answers", in the interface's words: the
 * options' labels from the definition as shown (perhaps a translation), numbers
 * and dates through the catalogue's formats. Machines' `describeAnswer` says
 * the same in English for a headless interface.
 */
export function reviewAnswerText(t: Catalogue, item: Item, context: AssessmentContext, mark: Mark = same): string {
  const { answers, invalidInputs, notAssessed } = context.responses;
  const words = t.assessment;
  if (notAssessed.includes(item.id)) return words.notAssessed;
  if (item.type === 'group') {
    const entries = reviewEntryLines(t, item, context, mark);
    return entries.length ? entries.join('; ') : words.noneAdded;
  }
  const invalid = invalidInputs[item.id];
  if (invalid !== undefined) return invalid;
  return questionAnswerText(t, item, heldAnswer(answers, item.id) as QuestionAnswer | undefined, mark);
}

/** Each entry of a repeating group in a line. */
export function reviewEntryLines(t: Catalogue, item: GroupItem, context: AssessmentContext, mark: Mark = same): string[] {
  return groupEntries(heldAnswer(context.responses.answers, item.id)).map((entry, index) => entryLine(t, item, entry, index, mark));
}

/** What is done to the definition's text in an answer: nothing, or marked so a renderer can give it its `lang` (definition-text-marks.ts). */
export type Mark = (definitionText: string) => string;
const same: Mark = (text) => text;

function questionAnswerText(t: Catalogue, item: QuestionItem, answer: QuestionAnswer | undefined, mark: Mark): string {
  const words = t.assessment;
  if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) return words.notAnswered;
  const number = (value: QuestionAnswer) => (typeof value === 'number' ? t.format.number(value) : String(value));
  switch (item.type) {
    case 'single-choice':
      return optionLabel(item.options, answer, mark);
    case 'multiple-choice':
      return (Array.isArray(answer) ? answer : [answer]).map((code) => optionLabel(item.options, code, mark)).join(', ');
    case 'yes-no':
      return answer === 'yes' ? words.yes : answer === 'no' ? words.no : String(answer);
    case 'duration':
      return words.seconds(number(answer), typeof answer === 'number' ? answer : 0);
    case 'integer':
    case 'decimal':
      // The unit is the definition's text ("steps"), marked with its language as the question marks it; a measurement's is a symbol.
      return item.unit ? `${number(answer)} ${mark(item.unit)}` : number(answer);
    case 'measurement':
      return `${number(answer)} ${item.unit}`;
    case 'photo':
      // The ids mean nothing to the person checking: how many were taken does.
      return words.photos(Array.isArray(answer) ? answer.length : 1);
    case 'date':
      return typeof answer === 'string' ? t.format.date(answer) : String(answer);
    default:
      return Array.isArray(answer) ? answer.join(', ') : String(answer);
  }
}

/** An option's label (the definition's text); a code the options do not hold as it is (the record's data). */
function optionLabel(options: readonly { code: string; label: string }[], code: QuestionAnswer, mark: Mark): string {
  const label = options.find((option) => option.code === code)?.label;
  return label === undefined ? String(code) : mark(label);
}

function entryLine(t: Catalogue, group: GroupItem, entry: GroupEntry, index: number, mark: Mark): string {
  const [first, ...rest] = group.items;
  const name = first ? questionAnswerText(t, first, entry[first.id], mark) : '';
  const details = rest
    .filter((child) => entry[child.id] !== undefined)
    .map((child) => t.assessment.entryDetail(mark(child.label), questionAnswerText(t, child, entry[child.id], mark)));
  return t.assessment.entrySummary(t.assessment.entryName(mark(group.entryLabel), index + 1), name, details);
}
