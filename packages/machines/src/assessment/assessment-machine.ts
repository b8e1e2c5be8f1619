import { and, assign, emit, setup } from 'xstate';
import {
  buildOutcomeRecord,
  emptyResponseState,
  readInput,
  validateAnswers,
  type InstrumentDefinition,
  type AssessmentRecord,
} from '@otforms/core';
import { oncePerContext } from '../errors/once-per-context.js';
import { applyInput, applyPhotos } from './apply-input.js';
import { addEntry, answerEntry, removeEntry } from './group-responses.js';
import type { AssessmentContext, AssessmentEmitted, AssessmentEvent, AssessmentInput } from './assessment-types.js';

/**
 * Creates the machine that drives one assessment of `definition`:
 * answering section by section → "Check your answers" → submitted, whose
 * output is the validated `AssessmentRecord`. The definition is closed over, not
 * held in context, so a persisted snapshot holds only the person's progress.
 */
export function createAssessmentMachine(definition: InstrumentDefinition) {
  const sections = definition.sections;
  const lastSection = sections.length - 1;
  const sectionOfItem = new Map(sections.flatMap((section, index) => section.items.map((item) => [item.id, index] as const)));
  const itemsById = new Map(sections.flatMap((section) => section.items.map((item) => [item.id, item] as const)));
  const itemIdsOf = (index: number) => sections[index]?.items.map((item) => item.id) ?? [];
  // Validated once per context: an attempt's guards and the action that shows its errors share one result.
  const sectionErrors = oncePerContext((context: AssessmentContext) => validateAnswers(definition, context.responses, itemIdsOf(context.sectionIndex)));
  const allErrors = oncePerContext((context: AssessmentContext) => validateAnswers(definition, context.responses));

  return setup({
    types: {
      context: {} as AssessmentContext,
      events: {} as AssessmentEvent,
      input: {} as AssessmentInput,
      output: {} as AssessmentRecord,
      emitted: {} as AssessmentEmitted,
    },
    guards: {
      sectionIsValid: ({ context }) => sectionErrors(context).length === 0,
      isLastStop: ({ context }) => context.returnToReview || context.sectionIndex >= lastSection,
      cameFromReview: ({ context }) => context.returnToReview,
      hasPreviousSection: ({ context }) => context.sectionIndex > 0,
      everythingIsValid: ({ context }) => allErrors(context).length === 0,
      isKnownItem: ({ event }) => 'itemId' in event && itemsById.has(event.itemId),
      isKnownGroup: ({ event }) => 'itemId' in event && itemsById.get(event.itemId)?.type === 'group',
    },
    actions: {
      recordAnswer: assign({
        responses: ({ context, event }) => {
          const item = event.type === 'ANSWER' ? itemsById.get(event.itemId) : undefined;
          if (event.type !== 'ANSWER' || !item || item.type === 'group') return context.responses;
          if (item.type === 'photo') return applyPhotos(context.responses, event.itemId, event.input);
          return applyInput(context.responses, event.itemId, readInput(item, event.input));
        },
      }),
      markNotAssessed: assign({
        responses: ({ context, event }) => {
          if (event.type !== 'NOT_ASSESSED') return context.responses;
          const item = itemsById.get(event.itemId);
          if (item?.type !== 'single-choice' || !item.allowNotAssessed) return context.responses;
          const cleared = applyInput(context.responses, event.itemId, { kind: 'empty' });
          return { ...cleared, notAssessed: [...cleared.notAssessed, event.itemId] };
        },
      }),
      /** Errors stay hidden until a failed attempt, then follow every change (GOV.UK). */
      changeEntries: assign({
        responses: ({ context, event }) => {
          const group = 'itemId' in event ? itemsById.get(event.itemId) : undefined;
          if (group?.type !== 'group') return context.responses;
          if (event.type === 'ADD_ENTRY') return addEntry(context.responses, group);
          if (event.type === 'REMOVE_ENTRY') return removeEntry(context.responses, group, event.index);
          if (event.type === 'ANSWER_ENTRY') return answerEntry(context.responses, group, event.index, event.childId, event.input);
          return context.responses;
        },
      }),
      refreshErrors: assign({ errors: ({ context }) => (context.showErrors ? sectionErrors(context) : []) }),
      failAttempt: emit((_, params: { attempt: AssessmentEmitted['attempt'] }) => ({ type: 'ATTEMPT_FAILED' as const, attempt: params.attempt })),
      showSectionErrors: assign({ showErrors: true, errors: ({ context }) => sectionErrors(context) }),
      leavePage: assign({ errors: [], showErrors: false }),
      nextSection: assign({ sectionIndex: ({ context }) => context.sectionIndex + 1 }),
      previousSection: assign({ sectionIndex: ({ context }) => context.sectionIndex - 1 }),
      goToLastSection: assign({ sectionIndex: lastSection, returnToReview: false }),
      goToItem: assign({
        sectionIndex: ({ context, event }) => (event.type === 'EDIT' ? sectionOfItem.get(event.itemId) : undefined) ?? context.sectionIndex,
        returnToReview: true,
      }),
      leaveReviewMode: assign({ returnToReview: false }),
      updateOptions: assign({
        options: ({ context, event }) =>
          event.type === 'UPDATE_OPTIONS' ? { ...event.options, startedAt: context.options.startedAt } : context.options,
      }),
      /** The refused submission's errors, already found by its guard: those of the first section with any. */
      goToFirstInvalidSection: assign(({ context }) => {
        const errors = allErrors(context);
        const sectionIndex = errors[0] ? (sectionOfItem.get(errors[0].itemId) ?? 0) : 0;
        return { sectionIndex, returnToReview: true, showErrors: true, errors: errors.filter((error) => sectionOfItem.get(error.itemId) === sectionIndex) };
      }),
      buildRecord: assign({
        record: ({ context, event }) => {
          if (event.type !== 'SUBMIT') return context.record;
          return buildOutcomeRecord(definition, context.responses, {
            ...context.options,
            recordId: event.recordId,
            completedAt: event.completedAt,
          });
        },
      }),
    },
  }).createMachine({
    id: 'assessment',
    context: ({ input }) => ({
      instrument: { id: definition.id, version: definition.version },
      responses: emptyResponseState(),
      sectionIndex: 0,
      errors: [],
      showErrors: false,
      returnToReview: false,
      options: input,
      record: null,
    }),
    initial: 'answering',
    on: {
      UPDATE_OPTIONS: { actions: 'updateOptions' },
    },
    states: {
      answering: {
        on: {
          ANSWER: { guard: 'isKnownItem', actions: ['recordAnswer', 'refreshErrors'] },
          NOT_ASSESSED: { guard: 'isKnownItem', actions: ['markNotAssessed', 'refreshErrors'] },
          ADD_ENTRY: { guard: 'isKnownGroup', actions: ['changeEntries', 'refreshErrors'] },
          REMOVE_ENTRY: { guard: 'isKnownGroup', actions: ['changeEntries', 'refreshErrors'] },
          ANSWER_ENTRY: { guard: 'isKnownGroup', actions: ['changeEntries', 'refreshErrors'] },
          CONTINUE: [
            { guard: and(['sectionIsValid', 'isLastStop']), target: 'review', actions: 'leavePage' },
            { guard: 'sectionIsValid', actions: ['leavePage', 'nextSection'] },
            { actions: ['showSectionErrors', { type: 'failAttempt', params: { attempt: 'CONTINUE' } }] },
          ],
          // Back never validates (GOV.UK): from a change made on "Check your answers" it returns there.
          BACK: [
            { guard: 'cameFromReview', target: 'review', actions: 'leavePage' },
            { guard: 'hasPreviousSection', actions: ['leavePage', 'previousSection'] },
          ],
        },
      },
      review: {
        entry: 'leaveReviewMode',
        on: {
          EDIT: { guard: 'isKnownItem', target: 'answering', actions: ['leavePage', 'goToItem'] },
          BACK: { target: 'answering', actions: ['leavePage', 'goToLastSection'] },
          SUBMIT: [
            { guard: 'everythingIsValid', target: 'submitted', actions: 'buildRecord' },
            { target: 'answering', actions: ['goToFirstInvalidSection', { type: 'failAttempt', params: { attempt: 'SUBMIT' } }] },
          ],
        },
      },
      submitted: { type: 'final' },
    },
    output: ({ context }) => context.record!,
  });
}

export type AssessmentMachine = ReturnType<typeof createAssessmentMachine>;
