import { describe, expect, expectTypeOf, it } from 'vitest';
import { createActor, type Actor, type ContextFrom } from 'xstate';
import * as z from 'zod/mini';
import { parseDefinition } from '@otforms/core';
import { lawtonDefinition } from '@otforms/instruments';
import { createEpisodeMachine, type EpisodeMachine } from './episode-machine.js';
import { assessmentChild } from './episode-selectors.js';
import { EpisodeContextSchema, EpisodeSnapshotSchema, EpisodeStateValueSchema, readEpisodeDraft } from './episode-snapshot.js';
import {
  afterGoals,
  afterIntervention,
  afterReferral,
  assessmentSteps,
  barthel,
  baselineAnswers,
  episode,
  field,
  input,
  openTask,
  row,
  runEpisode,
  sendSteps,
  wholeEpisode,
  type ScriptStep,
} from './episode-script.test-support.js';

const lawton = parseDefinition(lawtonDefinition);
type Stored = Record<string, unknown> & { context: Record<string, unknown> & { options: Record<string, unknown>; draft: Record<string, unknown> }; children: Record<string, { snapshot: { context: Record<string, unknown> }; src: string }> };

/** The persisted snapshot of a running episode, as it comes back from a store: through JSON. */
const stored = (actor: Actor<EpisodeMachine>): Stored => JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
const draftAfter = (steps: readonly ScriptStep[], instruments = [barthel]) => {
  const actor = runEpisode(steps, instruments);
  const draft = stored(actor);
  actor.stop();
  return draft;
};
/** Read as `<ot-episode>` with `instruments` and the script's subject, or the `subject` given (`undefined` too). */
const refusal = (draft: unknown, instruments = [barthel], ...subject: [string | undefined] | []) => {
  const reading = readEpisodeDraft(draft, instruments, subject.length ? subject[0] : input.subjectReference);
  return reading.resumable ? 'resumable' : reading.reason;
};
const detailOf = (draft: unknown) => {
  const reading = readEpisodeDraft(draft, [barthel], input.subjectReference);
  return reading.resumable ? '' : reading.detail;
};

/** Every draft an episode run step by step through `steps` leaves, after each step. */
function everyDraftAlong(steps: readonly ScriptStep[], instruments = [barthel]): { at: number; draft: Stored; status: string }[] {
  const actor = createActor(createEpisodeMachine(instruments), { input }).start();
  const drafts = [{ at: 0, draft: stored(actor), status: actor.getSnapshot().status as string }];
  steps.forEach((step, index) => {
    sendSteps(actor, [step]);
    drafts.push({ at: index + 1, draft: stored(actor), status: actor.getSnapshot().status });
  });
  actor.stop();
  return drafts;
}

/** Each leaf state of the machine as XState writes it in a snapshot's `value`. */
function leafValues(machine: EpisodeMachine): unknown[] {
  const values: unknown[] = [];
  const visit = (node: { path: string[]; states: Record<string, unknown> }) => {
    const children = Object.values(node.states) as (typeof node)[];
    if (children.length === 0) values.push(node.path.reduceRight<unknown>((inner, key) => (inner === undefined ? key : { [key]: inner }), undefined));
    for (const child of children) visit(child);
  };
  visit(machine.root as unknown as { path: string[]; states: Record<string, unknown> });
  return values;
}

describe('the episode snapshot schema', () => {
  it('describes exactly the machine’s context', () => {
    // The machine's context is `EpisodeContext` and the step's bookkeeping, an intersection: compared field by field.
    type Fields<T> = { [Key in keyof T]: T[Key] };
    expectTypeOf<z.output<typeof EpisodeContextSchema>>().toEqualTypeOf<Fields<ContextFrom<EpisodeMachine>>>();
  });

  it('accepts every state the machine has, with one instrument or several', () => {
    for (const instruments of [[barthel], [barthel, lawton]]) {
      const values = leafValues(createEpisodeMachine(instruments));
      expect(values).toContainEqual({ planning: { review: { finalAssessment: `instrument${instruments.length - 1}` } } });
      for (const value of values) expect(EpisodeStateValueSchema.safeParse(value).success, JSON.stringify(value)).toBe(true);
    }
  });

  it('accepts the draft after every step of a whole episode, children and all, and only the unfinished ones resume', () => {
    const drafts = everyDraftAlong(wholeEpisode);
    expect(drafts.length).toBe(wholeEpisode.length + 1);
    for (const { at, draft, status } of drafts) {
      const parsed = EpisodeSnapshotSchema.safeParse(draft);
      expect(parsed.success, `after step ${at}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(refusal(draft), `after step ${at}`).toBe(status === 'active' ? 'resumable' : 'finished');
    }
  });

  it('accepts the drafts of the other ways through: failed attempts, an interim assessment, tasks opened again, two instruments', () => {
    const detours: [string, ScriptStep[], typeof barthel[]][] = [
      ['a referral continued too soon', [openTask, episode({ type: 'CONTINUE' }), field('request.date', '2026-11-31'), episode({ type: 'SHOW_TASKS' })], [barthel]],
      [
        'an interim assessment',
        [...afterGoals, openTask, episode({ type: 'START_INTERIM', at: '2026-11-20T10:00:00.000Z' }), ...assessmentSteps(baselineAnswers, '2026-11-20', '1a2b3c4d-0000-4000-8000-000000000009')],
        [barthel],
      ],
      [
        'tasks opened again',
        [
          ...afterIntervention,
          episode({ type: 'REVISIT', task: 'intervention' }),
          row('equipment', 0, 'returnedOn', '2026-11-01'),
          episode({ type: 'SAVE_REVISIT' }),
          episode({ type: 'SHOW_TASKS' }),
          episode({ type: 'REVISIT', task: 'referral' }),
          field('request.reason', 'Fell at home'),
          episode({ type: 'SAVE_REVISIT' }),
        ],
        [barthel],
      ],
      ['two instruments', [...afterReferral, openTask, ...assessmentSteps(baselineAnswers, '2026-11-04', '1a2b3c4d-0000-4000-8000-000000000001'), { to: 'assessment', event: { type: 'ANSWER', itemId: 'telephone', input: 'x' } }], [barthel, lawton]],
    ];
    for (const [name, steps, instruments] of detours) {
      for (const { at, draft } of everyDraftAlong(steps, instruments)) {
        const parsed = EpisodeSnapshotSchema.safeParse(draft);
        expect(parsed.success, `${name}, after step ${at}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        expect(refusal(draft, instruments), `${name}, after step ${at}`).toBe('resumable');
      }
    }
  });

  it('hands back the stored draft itself, which the machine resumes with its children', () => {
    const draft = draftAfter([...afterReferral, openTask, { to: 'assessment', event: { type: 'ANSWER', itemId: 'bowels', input: 'continent' } }]);
    const reading = readEpisodeDraft(draft, [barthel], input.subjectReference);
    expect(reading.resumable && reading.snapshot).toBe(draft);
    const resumed = createActor(createEpisodeMachine([barthel]), { input, snapshot: draft as never }).start();
    expect(assessmentChild(resumed.getSnapshot())?.getSnapshot().context.responses.answers).toEqual({ bowels: 'continent' });
  });
});

describe('readEpisodeDraft refuses, with a reason', () => {
  it('anything that is not a persisted snapshot', () => {
    for (const garbage of [null, 'episode', 1, [], {}, { status: 'active', context: { instruments: [] } }]) expect(refusal(garbage), JSON.stringify(garbage)).toBe('malformed');
  });

  it('a draft with any field the machine or the pages read missing or of the wrong type', () => {
    const breakages: [string, (draft: Stored) => void][] = [
      ['value', (draft) => (draft.value = { planning: 'somewhere' })],
      ['context.draft.request', (draft) => delete draft.context.draft.request],
      ['context.draft.equipment[0].item', (draft) => delete (draft.context.draft.equipment as Record<string, unknown>[])[0]!.item],
      ['context.draft.followUp', (draft) => (draft.context.draft.followUp = {})],
      ['context.assessments[0].timepoint', (draft) => ((draft.context.assessments as Record<string, unknown>[])[0]!.timepoint = 'later')],
      ['context.goalPlanProgress', (draft) => delete draft.context.goalPlanProgress],
      ['context.view', (draft) => (draft.context.view = 'list')],
      ['context.revisitable', (draft) => (draft.context.revisitable = ['closure'])],
      ['context.step', (draft) => (draft.context.step = 'review')],
      ['context.stepStartedAt', (draft) => delete draft.context.stepStartedAt],
      ['context.childChanges', (draft) => (draft.context.childChanges = '3')],
      ['context.options.startedAt', (draft) => delete draft.context.options.startedAt],
      ['children.goalPlan.snapshot.context.goals', (draft) => delete draft.children.goalPlan!.snapshot.context.goals],
      ['children.goalPlan', (draft) => delete draft.children.goalPlan],
    ];
    for (const [path, breakIt] of breakages) {
      const draft = draftAfter(afterIntervention);
      breakIt(draft);
      expect(refusal(draft), path).toBe('malformed');
      expect(detailOf(draft), path).toContain(path);
    }
  });

  it('a draft whose assessment under way is missing, deleted inside, or not the one its state says', () => {
    const assessing = () => draftAfter([...afterReferral, openTask, { to: 'assessment', event: { type: 'ANSWER', itemId: 'bowels', input: 'continent' } }]);
    const missing = assessing();
    delete missing.children.assessment;
    expect([refusal(missing), detailOf(missing)]).toEqual(['malformed', 'children.assessment: The assessment with instrument 1 is missing']);
    const hollow = assessing();
    delete (hollow.children.assessment!.snapshot.context.responses as Record<string, unknown>).invalidInputs;
    expect([refusal(hollow), detailOf(hollow)]).toEqual(['malformed', expect.stringMatching(/^children\.assessment\.snapshot\.context\.responses\.invalidInputs: /)]);
    const otherInstrument = assessing();
    otherInstrument.children.assessment!.snapshot.context.instrument = { id: 'lawton-iadl-8', version: lawton.version };
    expect(refusal(otherInstrument)).toBe('malformed');
    expect(detailOf(otherInstrument)).toContain('children.assessment.snapshot.context.instrument');
    const beyond = assessing();
    beyond.value = { initialAssessment: 'instrument1' };
    expect([refusal(beyond), detailOf(beyond)]).toEqual(['malformed', 'value: The episode has no instrument 2 to assess with']);
  });

  it('an episode that has ended', () => {
    for (const status of ['done', 'error', 'stopped']) expect(refusal({ ...draftAfter(afterReferral), status }), status).toBe('finished');
    const done = runEpisode(wholeEpisode);
    expect(refusal(stored(done))).toBe('finished');
  });

  it('an episode about another person, or of nobody named when someone is', () => {
    const draft = draftAfter(afterReferral);
    expect(refusal(draft, [barthel], 'Patient/someone-else')).toBe('other-person');
    expect(refusal(draft, [barthel], undefined)).toBe('other-person');
    const anonymous = runEpisode(afterReferral, [barthel], { startedAt: input.startedAt });
    expect(refusal(stored(anonymous), [barthel], undefined)).toBe('resumable');
    expect(refusal(stored(anonymous), [barthel], 'Patient/ada-example')).toBe('other-person');
  });

  it('an episode assessing with other instruments, another version, or the same ones in another order', () => {
    const draft = draftAfter(afterReferral, [barthel, lawton]);
    expect(refusal(draft, [barthel, lawton])).toBe('resumable');
    expect(refusal(draft, [barthel])).toBe('other-instruments');
    expect(refusal(draft, [lawton, barthel])).toBe('other-instruments');
    expect(refusal(draft, [barthel, { ...lawton, version: '9.9.9' }])).toBe('other-instruments');
    const reading = readEpisodeDraft(draft, [barthel], input.subjectReference);
    expect(reading.resumable ? '' : reading.detail).toBe(`The draft assesses with barthel-cw20@${barthel.version}, lawton-iadl-8@${lawton.version}, not barthel-cw20@${barthel.version}.`);
  });
});
