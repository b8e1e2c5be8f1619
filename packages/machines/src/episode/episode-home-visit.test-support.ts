import type { Actor, AnyActorRef } from 'xstate';
import { parseDefinition } from '@otforms/core';
import type { EpisodeMachine } from './episode-machine.js';

/**
 * A home visit inside the scripted episode, for the tests: two small
 * definitions written for them (a home check with a suggestion rule, and a
 * conversation in the person's own words; fictional), and the events a
 * person's actions send to the visit's children.
 */
export const homeCheck = parseDefinition({
  id: 'episode-home-check',
  version: '1',
  title: 'Home check',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: [{ id: 'entrance', title: 'Entrance', items: [{ id: 'rail', type: 'yes-no', label: 'Is there a rail by the front step?' }] }],
  suggestions: [
    {
      id: 'step-rail',
      when: [{ item: 'rail', operator: 'equals', value: 'no' }],
      recommend: { kind: 'minor-adaptation', what: 'Grab rail by the front step', route: 'minor-adaptations-service' },
      reason: 'There is no rail to hold at the front step.',
    },
  ],
});

export const talk = parseDefinition({
  id: 'episode-conversation',
  version: '1',
  title: 'What matters to me',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: [
    {
      id: 'me',
      title: 'About me',
      items: [
        { id: 'mattersToMe', type: 'own-words', label: 'What matters to me' },
        { id: 'community', type: 'own-words', label: 'My community', required: false },
      ],
    },
  ],
});

export const homeVisitDefinitions = [homeCheck, talk];

/** What the person said, exactly as typed: never trimmed on its way into a goal. */
export const mattersToMe = '  Getting back to my allotment, with my grandson.  ';

/** The child of the home visit under way (`assessment` or `recommendations`). */
export function visitChild(actor: Actor<EpisodeMachine>, name: 'assessment' | 'recommendations'): AnyActorRef {
  const visit = actor.getSnapshot().children.homeVisit as AnyActorRef | undefined;
  const child = visit?.getSnapshot().children[name] as AnyActorRef | undefined;
  if (!child) throw new Error(`No ${name} is under way in the home visit (${JSON.stringify(visit?.getSnapshot().value)})`);
  return child;
}

/** Answers the home check (no rail), the conversation, accepts the suggested rail and finishes the visit. */
export function runHomeVisit(actor: Actor<EpisodeMachine>, { finish = true } = {}): void {
  actor.send({ type: 'OPEN_TASK' });
  const home = visitChild(actor, 'assessment');
  home.send({ type: 'ANSWER', itemId: 'rail', input: 'no' });
  home.send({ type: 'CONTINUE' });
  home.send({ type: 'SUBMIT', completedAt: '2026-11-04T14:00:00.000Z', recordId: '5e0c6a1b-0000-4000-8000-000000000011' });
  const conversation = visitChild(actor, 'assessment');
  conversation.send({ type: 'ANSWER', itemId: 'mattersToMe', input: mattersToMe });
  conversation.send({ type: 'ANSWER', itemId: 'community', input: 'The Tuesday lunch club' });
  conversation.send({ type: 'CONTINUE' });
  conversation.send({ type: 'SUBMIT', completedAt: '2026-11-04T14:30:00.000Z', recordId: '5e0c6a1b-0000-4000-8000-000000000012' });
  const recommendations = visitChild(actor, 'recommendations');
  recommendations.send({ type: 'ACCEPT_SUGGESTION', ruleId: 'step-rail', instrumentId: 'episode-home-check', reason: 'Agreed with the person', on: '2026-11-04' });
  recommendations.send({ type: 'CONTINUE' });
  if (finish) (actor.getSnapshot().children.homeVisit as AnyActorRef).send({ type: 'FINISH', completedAt: '2026-11-04T15:00:00.000Z', recordId: '5e0c6a1b-0000-4000-8000-000000000013' });
}
