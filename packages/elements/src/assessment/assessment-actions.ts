import { allItems, groupEntries, type AssessmentRecord, type InstrumentDefinition } from '@otforms/core';
import { heldAnswer, type AssessmentMachine } from '@otforms/machines';
import type { FormSession } from '../forms/form-session.js';
import type { FocusTarget } from '../forms/page-focus.js';
import { questionId } from './render-question.js';

const heading: FocusTarget = { kind: 'heading' };
const question = (targetId: string): FocusTarget => ({ kind: 'element', ids: [targetId] });

/**
 * The pages' buttons and links as machine events, and where focus goes after each: the new page's
 * heading, the question to change, a new entry's first question, the group after a removal. A refused
 * attempt takes focus to the error summary: the session sees to that.
 */
export function assessmentActions(session: FormSession<AssessmentMachine, AssessmentRecord>, definition: () => InstrumentDefinition | null) {
  return {
    groupActions: {
      add: (groupId: string) => {
        session.send({ type: 'ADD_ENTRY', itemId: groupId });
        const answers = session.snapshot?.context.responses.answers;
        const entries = groupEntries(answers && heldAnswer(answers, groupId));
        const given = definition();
        const group = given && allItems(given).find((item) => item.id === groupId);
        const first = group?.type === 'group' ? group.items[0] : undefined;
        if (first) session.focusAfterRender(question(questionId(groupId, entries.length - 1, first.id)));
      },
      remove: (groupId: string, index: number) => {
        session.send({ type: 'REMOVE_ENTRY', itemId: groupId, index });
        session.focusAfterRender(question(questionId(groupId)));
      },
    },
    onContinue: (event: Event) => {
      event.preventDefault();
      const before = session.snapshot;
      if (!session.attempt({ type: 'CONTINUE' }) && session.snapshot !== before) session.focusAfterRender(heading);
    },
    onBack: () => {
      session.send({ type: 'BACK' });
      session.focusAfterRender(heading);
    },
    onEdit: (itemId: string) => {
      session.send({ type: 'EDIT', itemId });
      session.focusAfterRender(question(questionId(itemId)));
    },
    onSubmit: (event: Event) => {
      event.preventDefault();
      if (!session.attempt({ type: 'SUBMIT', completedAt: new Date().toISOString(), recordId: crypto.randomUUID() })) session.focusAfterRender(heading);
    },
    /** An error summary's link: the page is there already. */
    focusTarget: (targetId: string) => session.focusNow(question(targetId)),
  };
}
