import { describe, expect, expectTypeOf, it } from 'vitest';
import { createActor } from 'xstate';
import * as z from 'zod/mini';
import { createHomeVisitMachine } from './home-visit-machine.js';
import { homeVisitAssessmentChild, homeVisitRecommendationsChild } from './home-visit-selectors.js';
import { HomeVisitContextSchema, HomeVisitSnapshotSchema, readHomeVisitDraft } from './home-visit-snapshot.js';
import type { HomeVisitContext } from './home-visit-types.js';
import { conversation, homeCheck, photo, visitInput } from './home-visit.test-support.js';

const definitions = [homeCheck, conversation];
const machine = createHomeVisitMachine(definitions);
type Stored = Record<string, unknown> & { value: unknown; context: Record<string, unknown>; children: Record<string, Record<string, unknown>> };
const through = (value: unknown) => JSON.parse(JSON.stringify(value)) as Stored;

/** A whole visit, with the persisted snapshot after every step. */
async function visitDrafts() {
  const actor = createActor(machine, { input: visitInput }).start();
  const drafts: Stored[] = [through(actor.getPersistedSnapshot())];
  const toAssessment = (event: Record<string, unknown> & { type: string }) => {
    homeVisitAssessmentChild(actor.getSnapshot())!.send(event as never);
    drafts.push(through(actor.getPersistedSnapshot()));
  };
  const toRecommendations = (event: Record<string, unknown> & { type: string }) => {
    homeVisitRecommendationsChild(actor.getSnapshot())!.send(event as never);
    drafts.push(through(actor.getPersistedSnapshot()));
  };
  toAssessment({ type: 'ANSWER', itemId: 'stepHeight', input: '180' });
  toAssessment({ type: 'ANSWER', itemId: 'rail', input: 'no' });
  toAssessment({ type: 'ANSWER', itemId: 'entrancePhotos', input: [await photo('p1', 'entrancePhotos')] });
  toAssessment({ type: 'CONTINUE' });
  toAssessment({ type: 'ANSWER', itemId: 'smokeAlarm', input: 'yes' });
  toAssessment({ type: 'CONTINUE' });
  toAssessment({ type: 'SUBMIT', completedAt: '2026-11-10T10:15:00.000Z', recordId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' });
  toAssessment({ type: 'ANSWER', itemId: 'mattersToMe', input: 'My garden' });
  toAssessment({ type: 'CONTINUE' });
  toAssessment({ type: 'SUBMIT', completedAt: '2026-11-10T10:40:00.000Z', recordId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' });
  toRecommendations({ type: 'ACCEPT_SUGGESTION', ruleId: 'step-rail', reason: '', on: '2026-11-10' });
  toRecommendations({ type: 'CONTINUE' });
  actor.send({ type: 'BACK_TO_RECOMMENDATIONS' });
  drafts.push(through(actor.getPersistedSnapshot()));
  toRecommendations({ type: 'CONTINUE' });
  actor.send({ type: 'FINISH', completedAt: '2026-11-10T11:00:00.000Z', recordId: '3d6f1c2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f' });
  drafts.push(through(actor.getPersistedSnapshot()));
  return drafts;
}

const reasonOf = (stored: unknown, against = definitions, subject: string | undefined = visitInput.subjectReference) => {
  const reading = readHomeVisitDraft(stored, against, subject);
  return reading.resumable ? 'resumable' : reading.reason;
};

describe('the home-visit snapshot schema', () => {
  it('describes exactly the machine’s context', () => {
    expectTypeOf<z.output<typeof HomeVisitContextSchema>>().toEqualTypeOf<HomeVisitContext>();
  });

  it('accepts the persisted snapshot after every step of a visit; every unfinished one resumes where it was', async () => {
    const drafts = await visitDrafts();
    const values = new Set(drafts.map((draft) => JSON.stringify(draft.value)));
    expect(values).toEqual(new Set(['{"assessments":"instrument0"}', '{"assessments":"instrument1"}', '"recommendations"', '"review"', '"done"']));
    for (const draft of drafts) {
      const parsed = HomeVisitSnapshotSchema.safeParse(draft);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(reasonOf(draft)).toBe(draft.status === 'active' ? 'resumable' : 'finished');
      if (draft.status !== 'active') continue;
      const resumed = createActor(machine, { input: visitInput, snapshot: draft as never }).start();
      expect(resumed.getSnapshot().value).toEqual(draft.value);
      resumed.stop();
    }
  });

  it('refuses a visit about someone else, or with other definitions or in another order', async () => {
    const [, draft] = await visitDrafts();
    expect(reasonOf(draft, definitions, 'Patient/someone-else')).toBe('other-person');
    expect(reasonOf(draft, [conversation, homeCheck])).toBe('other-instruments');
    expect(reasonOf(draft, [homeCheck])).toBe('other-instruments');
    expect(reasonOf(draft, [{ ...homeCheck, version: '2' }, conversation])).toBe('other-instruments');
  });

  it('refuses a visit whose child under way is missing or is not the one its state invoked', async () => {
    const drafts = await visitDrafts();
    const assessing = drafts.find((draft) => JSON.stringify(draft.value) === '{"assessments":"instrument1"}')!;
    const recommending = drafts.find((draft) => draft.value === 'recommendations')!;
    const breakages: [string, Stored, (draft: Stored) => void][] = [
      ['children.assessment', assessing, (draft) => delete draft.children.assessment],
      ['children.assessment', assessing, (draft) => (draft.children.assessment!.src = 'assessment0')],
      ['children.assessment.snapshot.context.instrument', assessing, (draft) => ((draft.children.assessment!.snapshot as Stored).context.instrument = { id: 'home-check', version: '1' })],
      ['value', assessing, (draft) => (draft.value = { assessments: 'instrument2' })],
      ['children.recommendations', recommending, (draft) => delete draft.children.recommendations],
      ['children.recommendations.snapshot.context.decisions', recommending, (draft) => ((draft.children.recommendations!.snapshot as Stored).context.decisions = 'none')],
      ['context.assessments', recommending, (draft) => (draft.context.assessments = [{ kind: 'assessment' }])],
    ];
    for (const [path, original, breakIt] of breakages) {
      const draft = structuredClone(original);
      breakIt(draft);
      const reading = readHomeVisitDraft(draft, definitions, visitInput.subjectReference);
      expect(reading.resumable ? 'resumable' : reading.reason, path).toBe('malformed');
      expect(reading.resumable ? '' : reading.detail, path).toContain(path);
    }
  });

  it('names the rule each of its own refusals breaks (params.rule), with the values its words need', async () => {
    const drafts = await visitDrafts();
    const assessing = drafts.find((draft) => JSON.stringify(draft.value) === '{"assessments":"instrument1"}')!;
    const recommending = drafts.find((draft) => draft.value === 'recommendations')!;
    const cases: [Stored, (draft: Stored) => void, Record<string, unknown>][] = [
      [assessing, (draft) => delete draft.children.assessment, { rule: 'home-visit-assessment-missing', number: 2 }],
      [assessing, (draft) => (draft.value = { assessments: 'instrument2' }), { rule: 'home-visit-definition-missing', number: 3 }],
      [
        assessing,
        (draft) => ((draft.children.assessment!.snapshot as Stored).context.instrument = { id: 'home-check', version: '1' }),
        { rule: 'home-visit-assessment-other-instrument', instrumentId: conversation.id, version: conversation.version },
      ],
      [recommending, (draft) => delete draft.children.recommendations, { rule: 'home-visit-recommendations-missing' }],
    ];
    for (const [original, breakIt, params] of cases) {
      const draft = structuredClone(original);
      breakIt(draft);
      const issues = HomeVisitSnapshotSchema.safeParse(draft).error?.issues ?? [];
      expect(issues.map((issue) => (issue.code === 'custom' ? issue.params : undefined))).toContainEqual(params);
    }
  });
});
