import * as z from 'zod/mini';
import { AssessmentRecordSchema, HomeVisitRecordSchema, type InstrumentDefinition } from '@otforms/core';
import { AssessmentSnapshotSchema } from '../assessment/assessment-snapshot.js';
import { withCurrentRecords } from '../drafts/current-records.js';
import { persistedSnapshotSchema, readDraft, refuseUnlessActive, type DraftReading } from '../drafts/draft-reading.js';
import { RecommendationsOutputSchema, RecommendationsSnapshotSchema } from '../recommendations/recommendations-snapshot.js';

/**
 * The zod schema of the home-visit machine's persisted snapshot (children
 * included), and the one judgement of whether a stored draft can be
 * resumed. The children's snapshots are checked with their own machines'
 * schemas, and must be the ones the state under way invoked.
 */

const assessor = z.object({ reference: z.optional(z.string()), role: z.optional(z.string()) });

/** What the host started the visit with (`HomeVisitInput`). */
export const HomeVisitInputSchema = z.object({
  startedAt: z.string(),
  visitedOn: z.optional(z.string()),
  subjectReference: z.optional(z.string()),
  assessor: z.optional(assessor),
  goals: z.optional(z.array(z.object({ id: z.string(), statement: z.string() }))),
  auditHistory: z.optional(z.boolean()),
});

export const HomeVisitContextSchema = z.object({
  instruments: z.array(z.object({ id: z.string(), version: z.string() })),
  assessments: z.array(AssessmentRecordSchema),
  recommendations: z.nullable(RecommendationsOutputSchema),
  options: HomeVisitInputSchema,
  stepStartedAt: z.string(),
  childChanges: z.number(),
  record: z.nullable(HomeVisitRecordSchema),
});

/** `instrument0`, `instrument1`…: the state of the assessment with that definition. */
const instrumentState = z.string().check(z.regex(/^instrument(0|[1-9]\d*)$/));

/** Every state the visit can be in, as XState writes its value. */
export const HomeVisitStateValueSchema = z.union([z.enum(['recommendations', 'review', 'done']), z.strictObject({ assessments: instrumentState })]);

const child = <TSnapshot extends z.ZodMiniType>(snapshot: TSnapshot, src: z.ZodMiniType<string>) =>
  z.object({ snapshot, src, syncSnapshot: z.optional(z.boolean()), systemId: z.optional(z.string()) });

const HomeVisitChildrenSchema = z.object({
  assessment: z.optional(child(AssessmentSnapshotSchema, z.string().check(z.regex(/^assessment(0|[1-9]\d*)$/)))),
  recommendations: z.optional(child(RecommendationsSnapshotSchema, z.literal('recommendations'))),
});

/**
 * The ids of the home-visit draft's own rules, given as `params.rule` (with the
 * values their words need) beside each issue's en-GB message, so a view can say
 * why a draft cannot resume in its own words.
 */
export type HomeVisitDraftRule =
  | 'home-visit-recommendations-missing'
  | 'home-visit-review-needs-recommendations'
  | 'home-visit-definition-missing'
  | 'home-visit-assessment-missing'
  | 'home-visit-assessment-other-instrument';

export const HomeVisitSnapshotSchema = persistedSnapshotSchema(HomeVisitStateValueSchema, HomeVisitContextSchema, 'done').check(
  z.superRefine((snapshot, ctx) => {
    const children = HomeVisitChildrenSchema.safeParse(snapshot.children);
    if (!children.success) {
      for (const issue of children.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['children', ...issue.path] });
      return;
    }
    const { assessment, recommendations } = children.data;
    if (snapshot.status !== 'active') return;
    if (snapshot.value === 'recommendations' && !recommendations) {
      ctx.addIssue({ code: 'custom', message: 'The recommendations under way are missing', path: ['children', 'recommendations'], params: { rule: 'home-visit-recommendations-missing' } });
    }
    if (snapshot.value === 'review' && !snapshot.context.recommendations) {
      ctx.addIssue({ code: 'custom', message: 'The review needs the recommendations', path: ['context', 'recommendations'], params: { rule: 'home-visit-review-needs-recommendations' } });
    }
    if (typeof snapshot.value !== 'object') return;
    const index = Number(snapshot.value.assessments.slice('instrument'.length));
    const instrument = snapshot.context.instruments[index];
    const number = index + 1;
    if (!instrument) {
      ctx.addIssue({ code: 'custom', message: `The visit has no definition ${number} to assess with`, path: ['value'], params: { rule: 'home-visit-definition-missing', number } });
    } else if (assessment?.src !== `assessment${index}`) {
      ctx.addIssue({ code: 'custom', message: `The assessment with definition ${number} is missing`, path: ['children', 'assessment'], params: { rule: 'home-visit-assessment-missing', number } });
    } else if (assessment.snapshot.context.instrument.id !== instrument.id || assessment.snapshot.context.instrument.version !== instrument.version) {
      ctx.addIssue({
        code: 'custom',
        message: `The assessment under way is not of ${instrument.id}@${instrument.version}`,
        path: ['children', 'assessment', 'snapshot', 'context', 'instrument'],
        params: { rule: 'home-visit-assessment-other-instrument', instrumentId: instrument.id, version: instrument.version },
      });
    }
  }),
);

/** A persisted snapshot of the home-visit machine, as `HomeVisitSnapshotSchema` reads it. */
export type HomeVisitSnapshot = z.output<typeof HomeVisitSnapshotSchema>;

/**
 * Whether `stored` is an unfinished home visit the machine made with
 * `definitions` can resume: about the same person (`subjectReference`, or
 * none on both sides) and assessing with the same definitions (id and
 * version, in order). A draft saved by an earlier release has the records
 * of its finished assessments brought forward first (`withCurrentRecords`),
 * and the reading hands back that copy.
 */
export function readHomeVisitDraft(
  stored: unknown,
  definitions: readonly Pick<InstrumentDefinition, 'id' | 'version'>[],
  subjectReference: string | undefined,
): DraftReading<HomeVisitSnapshot> {
  return readDraft(withCurrentRecords(stored), HomeVisitSnapshotSchema, (snapshot) => {
    const finished = refuseUnlessActive(snapshot);
    if (finished) return finished;
    const { options, instruments: saved } = snapshot.context;
    if (options.subjectReference !== subjectReference) {
      return { reason: 'other-person', detail: `The draft is about ${options.subjectReference ?? 'nobody named'}, not ${subjectReference ?? 'nobody named'}.` };
    }
    const names = (list: readonly { id: string; version: string }[]) => list.map(({ id, version }) => `${id}@${version}`).join(', ');
    const same = saved.length === definitions.length && saved.every((one, index) => one.id === definitions[index]?.id && one.version === definitions[index]?.version);
    if (!same) return { reason: 'other-instruments', detail: `The draft assesses with ${names(saved)}, not ${names(definitions)}.` };
    return null;
  });
}
