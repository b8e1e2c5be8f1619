import { and, assign, emit, setup } from 'xstate';
import {
  buildOutcomeRecord,
  emptyResponseState,
  entryInputKey,
  photoItems,
  readInput,
  toBuckets,
  validateAnswers,
  validateShownItems,
  type AnswerAuditEntry,
  type InstrumentDefinition,
  type AssessmentRecord,
} from '@otforms/core';
import { noteAnswersChange } from './answer-lineage.js';
import { answersView } from './tracked-answers.js';
import { countedVisit } from './work-diagnostics.js';
import { oncePerContext } from '../errors/once-per-context.js';
import { auditEntries, auditStamp, noteAnswerChange, removeEntryAudit } from './answer-audit.js';
import { emptyHeldAnswers, flatResponses, recordResponses, responsesOnly } from './held-answers.js';
import { withBucketsPersistedFlat } from './persisted-flat.js';
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
  // The photos of every page count against the one budget a page's photo question is checked against.
  const photoIds = photoItems(definition).map((item) => item.id);
  // Validated once per context: an attempt's guards and the action that shows its errors share one result.
  // A page's errors cost that page: the shown items are kept up answer by answer (tracked-answers.ts), and
  // the check reads only the page's answers (and the photos'), never a copy of every answer.
  const sectionErrors = oncePerContext((context: AssessmentContext) => {
    const itemIds = itemIdsOf(context.sectionIndex);
    const responses = responsesOnly(context.responses, photoIds.length ? [...itemIds, ...photoIds] : itemIds);
    return validateShownItems(definition, responses, itemIds, answersView(definition, context.responses.answers).shown, countedVisit());
  });
  const allErrors = oncePerContext((context: AssessmentContext) => validateAnswers(definition, flatResponses(context.responses)));

  /** The audit after the answer under `key` may have changed to what `responses` hold: by the host's assessor now, at the event's time. */
  const audited = (context: AssessmentContext, key: string, responses: AssessmentContext['responses'], at: string | undefined, itemId = key) => {
    // The answers now are the answers before with `itemId`'s answer changed: what keeping visibility and the score up needs.
    // This runs inside `assign`, whose assigners should be pure. It is safe: it changes neither context nor
    // event, only notes in a WeakMap keyed by the new answers object a fact that is true of that object
    // whatever happens next (it is the old one with one answer changed; answers are never changed in place).
    // Running it again notes the same; should the new context be thrown away, the note goes with its object.
    noteAnswersChange(context.responses.answers, responses.answers, itemId);
    return noteAnswerChange(context.audit, key, context.responses, responses, auditStamp(context.options, at), context.options.auditHistory === true);
  };

  const machine = setup({
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
      recordAnswer: assign(({ context, event }) => {
        const item = event.type === 'ANSWER' ? itemsById.get(event.itemId) : undefined;
        if (event.type !== 'ANSWER' || !item || item.type === 'group') return {};
        const responses =
          item.type === 'photo' ? applyPhotos(context.responses, event.itemId, event.input) : applyInput(context.responses, event.itemId, readInput(item, event.input));
        return { responses, audit: audited(context, event.itemId, responses, event.at) };
      }),
      markNotAssessed: assign(({ context, event }) => {
        if (event.type !== 'NOT_ASSESSED') return {};
        const item = itemsById.get(event.itemId);
        if (item?.type !== 'single-choice' || !item.allowNotAssessed) return {};
        const cleared = applyInput(context.responses, event.itemId, { kind: 'empty' });
        const responses = { ...cleared, notAssessed: [...cleared.notAssessed, event.itemId] };
        return { responses, audit: audited(context, event.itemId, responses, event.at) };
      }),
      changeEntries: assign(({ context, event }) => {
        const group = 'itemId' in event ? itemsById.get(event.itemId) : undefined;
        if (group?.type !== 'group') return {};
        if (event.type === 'ADD_ENTRY') {
          const responses = addEntry(context.responses, group);
          // Safe inside `assign`: see `audited`, above.
          noteAnswersChange(context.responses.answers, responses.answers, group.id);
          return { responses };
        }
        if (event.type === 'REMOVE_ENTRY') {
          const responses = removeEntry(context.responses, group, event.index);
          noteAnswersChange(context.responses.answers, responses.answers, group.id);
          return responses === context.responses ? {} : { responses, audit: removeEntryAudit(context.audit, group.id, event.index) };
        }
        if (event.type !== 'ANSWER_ENTRY') return {};
        const responses = answerEntry(context.responses, group, event.index, event.childId, event.input);
        return { responses, audit: audited(context, entryInputKey(group.id, event.index, event.childId), responses, event.at, group.id) };
      }),
      /** Errors stay hidden until a failed attempt, then follow every change (GOV.UK). */
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
        options: ({ context, event }) => {
          if (event.type !== 'UPDATE_OPTIONS') return context.options;
          // A host that asked for the full history keeps it until it says otherwise: the element's own updates do not mention it.
          const { auditHistory } = context.options;
          return { ...(auditHistory === undefined ? {} : { auditHistory }), ...event.options, startedAt: context.options.startedAt };
        },
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
          // In the definition's order, whatever order the answers were given in (or their buckets keep).
          return buildOutcomeRecord(definition, recordResponses(definition, context.responses), {
            ...context.options,
            recordId: event.recordId,
            completedAt: event.completedAt,
            ...(context.audit ? { answerAudit: auditEntries(context.audit) } : {}),
          });
        },
      }),
    },
  }).createMachine({
    id: 'assessment',
    context: ({ input }) => ({
      instrument: { id: definition.id, version: definition.version },
      responses: { ...emptyResponseState(), answers: emptyHeldAnswers() },
      sectionIndex: 0,
      errors: [],
      showErrors: false,
      returnToReview: false,
      options: input,
      // Bucketed from the start, so that even the first answer's draft change is that one entry.
      audit: toBuckets<AnswerAuditEntry>({}),
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
  return withBucketsPersistedFlat(machine);
}

export type AssessmentMachine = ReturnType<typeof createAssessmentMachine>;
