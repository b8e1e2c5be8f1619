import * as z from 'zod/mini';
import { EpisodeAssessmentSchema, EpisodeRecordSchema, EpisodeVocabularySchema, GoalPlanRecordSchema, HomeVisitRecordSchema, type EpisodeVocabulary, type InstrumentDefinition } from '@otforms/core';
import { AssessmentSnapshotSchema } from '../assessment/assessment-snapshot.js';
import { persistedSnapshotSchema, readDraft, refuseUnlessActive, type DraftReading } from '../drafts/draft-reading.js';
import { episodeRowFields } from './episode-draft.js';
import { episodeRules } from './episode-errors.js';
import { withCurrentRecords } from '../drafts/current-records.js';
import { GoalPlanSnapshotSchema } from '../goal-plan/goal-plan-snapshot.js';
import { HomeVisitSnapshotSchema } from '../home-visit/home-visit-snapshot.js';

/**
 * The zod schema of the episode machine's persisted snapshot (children
 * included), and the one judgement of whether a stored draft can be
 * resumed. The draft holds every field as typed, so its schema is strings
 * throughout; assessments and records reuse core's schemas; the children's
 * snapshots are checked with their own machines' schemas, and must be the
 * ones the state under way invoked.
 */

const typed = z.string();
const row = <Fields extends string>(fields: readonly Fields[]) =>
  z.object(Object.fromEntries(fields.map((field) => [field, typed])) as Record<Fields, typeof typed>);

export const EpisodeDraftSchema = z.object({
  request: row(['date', 'routeOfAccess', 'referrer', 'reason', 'hospitalDischargeDate', 'dischargePathway']),
  startedOn: typed,
  hoursAtStart: typed,
  hoursAtEnd: typed,
  equipment: z.array(row(episodeRowFields.equipment)),
  minorAdaptations: z.array(row(episodeRowFields.minorAdaptations)),
  majorAdaptations: z.array(row(episodeRowFields.majorAdaptations)),
  advice: z.array(row(episodeRowFields.advice)),
  endedOn: typed,
  endOutcome: typed,
  nextServiceType: typed,
  nextServiceComponent: typed,
  followUp: z.array(row(episodeRowFields.followUp)),
});

const task = z.enum(['referral', 'intervention']);
const instrumentList = z.array(z.object({ id: z.string(), version: z.string() }));
const assessor = z.object({ reference: z.optional(z.string()), role: z.optional(z.string()) });

/** What the host started the episode with (`EpisodeInput`). */
export const EpisodeInputSchema = z.object({
  startedAt: z.string(),
  subjectReference: z.optional(z.string()),
  assessor: z.optional(assessor),
  goalPlan: z.optional(
    z.object({
      minGoals: z.optional(z.number()),
      maxGoals: z.optional(z.number()),
      weighting: z.optional(z.enum(['unweighted', 'importance-x-difficulty'])),
      allowPartialReview: z.optional(z.boolean()),
    }),
  ),
  auditHistory: z.optional(z.boolean()),
  // Absent from drafts of England's CLD, and from drafts saved before vocabularies existed. Typed as the
  // machine holds it (core's interface, with read-only lists): the schema checks the same shape.
  vocabulary: z.optional(EpisodeVocabularySchema as z.ZodMiniType<EpisodeVocabulary>),
});

/** The episode's context as persisted: `EpisodeContext` and the machine's own bookkeeping of the step under way. */
export const EpisodeContextSchema = z.object({
  instruments: instrumentList,
  draft: EpisodeDraftSchema,
  assessments: z.array(EpisodeAssessmentSchema),
  goalPlanProgress: z.object({ agreed: z.boolean(), reviewed: z.boolean() }),
  goalPlan: z.nullable(GoalPlanRecordSchema),
  // Only an episode with a home visit has these; drafts saved before home visits existed have neither.
  homeVisitInstruments: z.optional(instrumentList),
  homeVisit: z.optional(HomeVisitRecordSchema),
  // A draft saved before errors had codes is still read (the reading hands back the draft as stored, so a view meets
  // no code there and shows the message); the default only types the parsed copy.
  errors: z.array(
    z.object({
      field: z.string(),
      code: z._default(z.enum(['missing', 'invalid', ...episodeRules]), 'invalid'),
      message: z.string(),
      values: z.optional(z.record(z.string(), z.string())),
    }),
  ),
  showErrors: z.boolean(),
  view: z.enum(['tasks', 'task']),
  revisitable: z.array(task),
  revisiting: z.nullable(task),
  options: EpisodeInputSchema,
  record: z.nullable(EpisodeRecordSchema),
  step: z.nullable(z.enum(['referral', 'intervention', 'closure', 'followUp'])),
  stepStartedAt: z.string(),
  childChanges: z.number(),
  revisitBackup: z.nullable(EpisodeDraftSchema),
});

/** `instrument0`, `instrument1`…: the state of the assessment with that instrument. */
const instrumentState = z.string().check(z.regex(/^instrument(0|[1-9]\d*)$/));

/** Every state the episode can be in, as XState writes its value. */
export const EpisodeStateValueSchema = z.union([
  z.enum(['referral', 'homeVisit', 'closure', 'followUp', 'done']),
  z.strictObject({ initialAssessment: instrumentState }),
  z.strictObject({
    planning: z.union([
      z.literal('goalSetting'),
      z.strictObject({ intervention: z.union([z.literal('recording'), z.strictObject({ interimAssessment: instrumentState })]) }),
      z.strictObject({ review: z.union([z.enum(['goals', 'ready']), z.strictObject({ finalAssessment: instrumentState })]) }),
    ]),
  }),
]);

const child = <TSnapshot extends z.ZodMiniType>(snapshot: TSnapshot, src: z.ZodMiniType<string>) =>
  z.object({ snapshot, src, syncSnapshot: z.optional(z.boolean()), systemId: z.optional(z.string()) });

const EpisodeChildrenSchema = z.object({
  assessment: z.optional(child(AssessmentSnapshotSchema, z.string().check(z.regex(/^assessment(0|[1-9]\d*)$/)))),
  goalPlan: z.optional(child(GoalPlanSnapshotSchema, z.literal('goalPlan'))),
  homeVisit: z.optional(child(HomeVisitSnapshotSchema, z.literal('homeVisit'))),
});

export const EpisodeSnapshotSchema = persistedSnapshotSchema(EpisodeStateValueSchema, EpisodeContextSchema, 'done').check(
  z.superRefine((snapshot, ctx) => {
    const children = EpisodeChildrenSchema.safeParse(snapshot.children);
    if (!children.success) {
      for (const issue of children.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['children', ...issue.path] });
      return;
    }
    const { assessment, goalPlan, homeVisit } = children.data;
    const path = ['children'];
    const planning = typeof snapshot.value === 'object' && 'planning' in snapshot.value;
    if (planning && !goalPlan) ctx.addIssue({ code: 'custom', message: 'The goal plan under way is missing', path: [...path, 'goalPlan'] });
    if (snapshot.value === 'homeVisit') {
      const expected = snapshot.context.homeVisitInstruments;
      if (!expected) ctx.addIssue({ code: 'custom', message: 'The episode has no home visit to be under way', path: ['context', 'homeVisitInstruments'] });
      else if (!homeVisit) ctx.addIssue({ code: 'custom', message: 'The home visit under way is missing', path: [...path, 'homeVisit'] });
      else if (names(homeVisit.snapshot.context.instruments) !== names(expected)) {
        ctx.addIssue({ code: 'custom', message: `The home visit under way is not of ${names(expected)}`, path: [...path, 'homeVisit', 'snapshot', 'context', 'instruments'] });
      }
    }
    const index = instrumentIndexOf(snapshot.value);
    if (index === null) return;
    const instrument = snapshot.context.instruments[index];
    if (!instrument) ctx.addIssue({ code: 'custom', message: `The episode has no instrument ${index + 1} to assess with`, path: ['value'] });
    else if (assessment?.src !== `assessment${index}`) ctx.addIssue({ code: 'custom', message: `The assessment with instrument ${index + 1} is missing`, path: [...path, 'assessment'] });
    else if (assessment.snapshot.context.instrument.id !== instrument.id || assessment.snapshot.context.instrument.version !== instrument.version) {
      ctx.addIssue({ code: 'custom', message: `The assessment under way is not of ${instrument.id}@${instrument.version}`, path: [...path, 'assessment', 'snapshot', 'context', 'instrument'] });
    }
  }),
);

/** Instruments as people read them: `barthel@1.0.0, lawton@1.0.0`. */
function names(list: readonly { id: string; version: string }[]): string {
  return list.map(({ id, version }) => `${id}@${version}`).join(', ');
}

/** Whether two lists name the same instruments (id and version) in the same order. */
function sameInstruments(saved: readonly { id: string; version: string }[], given: readonly { id: string; version: string }[]): boolean {
  return saved.length === given.length && saved.every((one, index) => one.id === given[index]?.id && one.version === given[index]?.version);
}

/** A persisted snapshot of the episode machine, as `EpisodeSnapshotSchema` reads it. */
export type EpisodeSnapshot = z.output<typeof EpisodeSnapshotSchema>;

/** Which instrument's assessment the state value says is under way, if any. */
function instrumentIndexOf(value: unknown): number | null {
  if (typeof value === 'string') return value.startsWith('instrument') ? Number(value.slice('instrument'.length)) : null;
  if (typeof value !== 'object' || value === null) return null;
  const [inner] = Object.values(value);
  return instrumentIndexOf(inner);
}

/**
 * Whether `stored` is an unfinished episode the episode machine made with
 * `instruments` (and `homeVisit`, its home-visit definitions, if any) can
 * resume: about the same person (`subjectReference`, or none on both sides)
 * and assessing with the same instruments and home-visit definitions (id
 * and version, in order; an episode with a home visit and one without are
 * not the same). Resuming another person's episode, or with other
 * instruments, would put answers in the wrong record or under the wrong
 * questions. A draft saved by an earlier release, whose records are of an
 * earlier version of the outcome record, has the records of its finished
 * steps brought forward first (`withCurrentRecords`),
 * and the reading hands back that copy.
 */
export function readEpisodeDraft(
  stored: unknown,
  instruments: readonly Pick<InstrumentDefinition, 'id' | 'version'>[],
  subjectReference: string | undefined,
  homeVisit: readonly Pick<InstrumentDefinition, 'id' | 'version'>[] = [],
): DraftReading<EpisodeSnapshot> {
  return readDraft(withCurrentRecords(stored), EpisodeSnapshotSchema, (snapshot) => {
    const finished = refuseUnlessActive(snapshot);
    if (finished) return finished;
    const { options, instruments: saved } = snapshot.context;
    if (options.subjectReference !== subjectReference) {
      return { reason: 'other-person', detail: `The draft is about ${options.subjectReference ?? 'nobody named'}, not ${subjectReference ?? 'nobody named'}.` };
    }
    if (!sameInstruments(saved, instruments)) {
      return { reason: 'other-instruments', detail: `The draft assesses with ${names(saved)}, not ${names(instruments)}.` };
    }
    const savedVisit = snapshot.context.homeVisitInstruments ?? [];
    if (!sameInstruments(savedVisit, homeVisit)) {
      const visit = (list: readonly { id: string; version: string }[]) => (list.length ? `a home visit with ${names(list)}` : 'no home visit');
      return { reason: 'other-instruments', detail: `The draft has ${visit(savedVisit)}, not ${visit(homeVisit)}.` };
    }
    return null;
  });
}
