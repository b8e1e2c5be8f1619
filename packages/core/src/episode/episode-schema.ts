import * as z from 'zod/mini';
import { cldEventOutcomes, cldRoutesOfAccessR1, cldServiceComponents, cldServiceTypes } from './cld-values.js';
import { LocalCodingSchema } from './local-coding.js';

/**
 * A reablement episode: how the person came in, what was provided, the care
 * hours before and after, how it ended and what followed (domain brief §4–5).
 * The outcome record of kind "episode" carries it with the episode's
 * assessments and goal plan. Cross-field rules name the path of each problem.
 * From record version 6, a route of access or end outcome from a vocabulary
 * that is not England's CLD goes in `…Coding` (`local-coding.ts`), never in
 * the CLD field.
 */

const isoDate = z.iso.date();
const text = z.string().check(z.trim(), z.minLength(1, 'Enter some text'));
const money = z.number().check(z.gte(0));

/** An adaptation is minor when it costs £1,000 or less (Care and Support (Charging…) Regulations 2014). */
export const MINOR_ADAPTATION_LIMIT = 1000;

type Ctx = z.core.$RefinementCtx<unknown>;
/** `rule` names the rule for interfaces that show their own words (`params.rule`); `values` are what those words need. */
const report = (ctx: Ctx, path: (string | number)[], message: string, rule: string, values: Record<string, string> = {}) =>
  ctx.addIssue({ code: 'custom', path, message, params: { rule, ...values } });

/*
 * The rules about one row live on the row, so that each is reported as soon
 * as that row is readable: an unreadable row elsewhere does not hide it.
 */

export const EquipmentSchema = z
  .strictObject({ item: text, issuedOn: isoDate, returnedOn: z.optional(isoDate), recycled: z.optional(z.boolean()) })
  .check(
    z.superRefine((equipment, ctx) => {
      if (equipment.returnedOn && equipment.returnedOn < equipment.issuedOn) report(ctx, ['returnedOn'], 'Equipment must be returned on or after the day it was issued', 'equipment-returned-before-issued');
    }),
    z.meta({ id: 'Equipment' }),
  );

export const MinorAdaptationSchema = z
  .strictObject({ description: text, completedOn: z.optional(isoDate), cost: money })
  .check(
    z.superRefine((adaptation, ctx) => {
      if (adaptation.cost > MINOR_ADAPTATION_LIMIT) {
        report(ctx, ['cost'], `A minor adaptation costs £${MINOR_ADAPTATION_LIMIT.toLocaleString('en-GB')} or less; record this one as a major adaptation`, 'minor-adaptation-over-limit');
      }
    }),
    z.meta({ id: 'MinorAdaptation', description: 'Costs £1,000 or less, so it is provided free.' }),
  );

export const MajorAdaptationSchema = z
  .strictObject({
    description: text,
    recommendedOn: z.optional(isoDate),
    appliedOn: z.optional(isoDate),
    decidedOn: z.optional(isoDate),
    completedOn: z.optional(isoDate),
    amount: z.optional(money),
  })
  .check(
    z.superRefine((adaptation, ctx) => {
      // The grant's steps happen in this order; any may be missing.
      const steps = (['recommendedOn', 'appliedOn', 'decidedOn', 'completedOn'] as const).filter((step) => adaptation[step]);
      steps.slice(1).forEach((step, at) => {
        const before = steps[at]!;
        if (adaptation[step]! < adaptation[before]!) report(ctx, [step], `${step} must not be before ${before}`, 'major-adaptation-steps-in-order', { before });
      });
    }),
    z.meta({ id: 'MajorAdaptation', description: 'A Disabled Facilities Grant and its steps.' }),
  );

/** The follow-ups councils are measured on: 84 days (ASCOF 2D, 2023/24) and 91 days (SALT STS004), domain brief §3.2. */
export const FOLLOW_UP_KINDS = ['91-day', '84-day'] as const;
export const FOLLOW_UP_STATUSES = ['at-home', 'in-community', 'readmitted', 'res-nursing-admission', 'deceased', 'unknown'] as const;

export const ReablementEpisodeSchema = z
  .strictObject({
    request: z.strictObject({
      date: isoDate,
      routeOfAccess: z.optional(z.enum(cldRoutesOfAccessR1)),
      routeOfAccessCoding: z.optional(LocalCodingSchema),
      referrer: z.optional(text),
      reason: z.optional(text),
      hospitalDischargeDate: z.optional(isoDate),
      dischargePathway: z.optional(z.enum(['0', '1', '2', '3'])),
    }),
    startedOn: isoDate,
    endedOn: z.optional(isoDate),
    serviceType: z._default(z.enum(cldServiceTypes), 'Short term support: ST-Max'),
    serviceComponent: z._default(z.enum(cldServiceComponents), 'Reablement'),
    plannedHoursPerWeek: z.strictObject({ atStart: z.optional(money), atEnd: z.optional(money) }),
    equipment: z._default(z.array(EquipmentSchema), []),
    minorAdaptations: z._default(z.array(MinorAdaptationSchema), []),
    majorAdaptations: z._default(z.array(MajorAdaptationSchema), []),
    advice: z._default(z.array(text), []),
    endOutcome: z.optional(z.enum(cldEventOutcomes)),
    endOutcomeCoding: z.optional(LocalCodingSchema),
    nextService: z.optional(z.strictObject({ type: z.enum(cldServiceTypes), component: z.optional(z.enum(cldServiceComponents)) })),
    followUp: z._default(
      z.array(
        z.strictObject({
          kind: z.enum(FOLLOW_UP_KINDS),
          date: isoDate,
          status: z.enum(FOLLOW_UP_STATUSES),
        }),
      ),
      [],
    ),
  })
  .check(z.superRefine(checkReablementEpisode), z.meta({ id: 'ReablementEpisode' }));

interface EpisodeRuleFields {
  request: { date: string; routeOfAccess?: string | undefined; routeOfAccessCoding?: unknown };
  startedOn: string;
  endedOn?: string | undefined;
  endOutcome?: string | undefined;
  endOutcomeCoding?: unknown;
}

/** The episode's cross-field rules; record version 5's episode (`record/outcome-record-v5.ts`), which has no codings, shares them. */
export function checkReablementEpisode(episode: EpisodeRuleFields, ctx: Ctx): void {
  if (episode.endedOn && !episode.endOutcome && !episode.endOutcomeCoding) report(ctx, ['endOutcome'], 'An episode that has ended needs its end outcome', 'episode-ended-without-outcome');
  if (episode.endOutcome && episode.endOutcomeCoding) report(ctx, ['endOutcomeCoding'], 'Give the end outcome as a CLD value or as a local coding, not both', 'end-outcome-cld-and-local');
  if (episode.request.routeOfAccess && episode.request.routeOfAccessCoding) {
    report(ctx, ['request', 'routeOfAccessCoding'], 'Give the route of access as a CLD value or as a local coding, not both', 'route-of-access-cld-and-local');
  }
  if (episode.endedOn && episode.endedOn < episode.startedOn) report(ctx, ['endedOn'], 'The episode must end on or after the day it started', 'episode-ended-before-start');
  if (episode.startedOn < episode.request.date) report(ctx, ['startedOn'], 'The episode must start on or after the request', 'episode-started-before-request');
}

export type ReablementEpisode = z.output<typeof ReablementEpisodeSchema>;
export type ReablementEpisodeInput = z.input<typeof ReablementEpisodeSchema>;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
