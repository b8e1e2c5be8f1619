import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createEpisodeMachine } from './episode-machine.js';
import { currentTask } from './episode-selectors.js';
import type { EpisodeEvent } from './episode-types.js';
import { barthel, input, sendSteps, wholeEpisode } from './episode-script.test-support.js';

/**
 * Wherever the episode is, whatever a person (or a headless host) tries next,
 * every error shown names a field on the page being shown: an error summary
 * link must always have somewhere to go. Probes are tried from a snapshot
 * taken after every step of the scripted episode.
 */

const at = '2026-12-30T10:00:00.000Z';
const probes: readonly (readonly EpisodeEvent[])[] = [
  [{ type: 'CONTINUE', at }],
  [{ type: 'CLOSE', completedAt: at, recordId: '9f0e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f' }],
  [{ type: 'FINISH', completedAt: at }],
  [{ type: 'FINISH_REVIEW', completedAt: at, recordId: '9f0e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e60' }],
  [{ type: 'REVISIT', task: 'referral' }, { type: 'SET_FIELD', field: 'startedOn', value: '2027-02-01' }, { type: 'SAVE_REVISIT' }],
  [{ type: 'REVISIT', task: 'referral' }, { type: 'SET_FIELD', field: 'startedOn', value: '2027-02-01' }, { type: 'SAVE_REVISIT' }, { type: 'SHOW_TASKS' }, { type: 'FINISH', completedAt: at }],
  [{ type: 'REVISIT', task: 'referral' }, { type: 'SET_FIELD', field: 'request.date', value: '' }, { type: 'SAVE_REVISIT' }],
  [{ type: 'REVISIT', task: 'intervention' }, { type: 'ADD_ROW', list: 'equipment' }, { type: 'SAVE_REVISIT' }],
  [{ type: 'REVISIT', task: 'intervention' }, { type: 'ADD_ROW', list: 'minorAdaptations' }, { type: 'SHOW_TASKS' }, { type: 'CLOSE', completedAt: at, recordId: '9f0e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e61' }],
];

const pageFields = {
  referral: /^(request\.|startedOn$|hoursAtStart$)/,
  intervention: /^(equipment|minorAdaptations|majorAdaptations|advice)\[/,
  review: /^goals$/,
  closure: /^(endedOn|endOutcome|hoursAtEnd|nextServiceType|nextServiceComponent)$/,
  'follow-up': /^followUp\[/,
} as const;

describe('episode errors are always on the page shown', () => {
  const machine = createEpisodeMachine([barthel]);

  it('after every step of the episode, for every next attempt', () => {
    const actor = createActor(machine, { input }).start();
    const misplaced: string[] = [];
    for (const [index, step] of wholeEpisode.entries()) {
      const saved = actor.getPersistedSnapshot();
      for (const probe of probes) {
        const trial = createActor(machine, { input, snapshot: saved as never }).start();
        for (const event of probe) trial.send(event);
        const snapshot = trial.getSnapshot();
        if (snapshot.status !== 'active' || !snapshot.context.showErrors) continue;
        const page = snapshot.context.revisiting ?? currentTask(snapshot);
        const allowed = page && page in pageFields ? pageFields[page as keyof typeof pageFields] : /^$/;
        for (const error of snapshot.context.errors) {
          if (!allowed.test(error.field)) misplaced.push(`after step ${index}, ${probe.map((event) => event.type).join(' → ')}: "${error.message}" at ${error.field} on the ${page} page`);
        }
        trial.stop();
      }
      sendSteps(actor, [step]);
    }
    expect(misplaced).toEqual([]);
  });
});
