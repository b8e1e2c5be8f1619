import * as z from 'zod/mini';
import { cldEventOutcomes, cldRoutesOfAccessR1 } from './cld-values.js';
import { formatPath } from '../definition/rule-support.js';
import { describeIssue } from '../zod-messages.js';

/**
 * The value lists an episode records that differ by nation: how the person
 * came in (route of access) and how the episode ended (event outcome).
 * England's CLD is the default; a Scottish or local list is given instead
 * without changing what the record's CLD fields mean: its codes go into the
 * episode's `…Coding` fields, never into `routeOfAccess` / `endOutcome`.
 */

/** One choice in a list. `label` absent: the interface's catalogue label for the code, else the code itself. */
export interface VocabularyEntry {
  code: string;
  label?: string;
}

export interface EpisodeVocabulary {
  /** A URI naming the code system. */
  system: string;
  /** True only for England's CLD: codes go into `request.routeOfAccess` / `endOutcome` and the CLD export. */
  cld: boolean;
  routesOfAccess: readonly VocabularyEntry[];
  eventOutcomes: readonly VocabularyEntry[];
}

/**
 * The system naming England's CLD strings. No national URI for them has been
 * verified (domain brief §3.4), so it is otforms' own, like the CLD service
 * type and component systems of the FHIR bundle (`urn:otforms:cld:…`).
 */
export const ENGLAND_CLD_SYSTEM = 'urn:otforms:cld';

/** True for England's CLD system or one of its lists (`urn:otforms:cld:…`): a local coding may not claim it. */
export function isEnglandCldSystem(system: string): boolean {
  return system === ENGLAND_CLD_SYSTEM || system.startsWith(`${ENGLAND_CLD_SYSTEM}:`);
}

const entries = (codes: readonly string[]): readonly VocabularyEntry[] => Object.freeze(codes.map((code) => Object.freeze({ code })));

/** England's CLD lists, the default: Release 1 routes of access and the event outcomes, with no labels (the catalogue has them). */
export const englandCldVocabulary: EpisodeVocabulary = Object.freeze({
  system: ENGLAND_CLD_SYSTEM,
  cld: true,
  routesOfAccess: entries(cldRoutesOfAccessR1),
  eventOutcomes: entries(cldEventOutcomes),
});

const code = z.string().check(z.trim(), z.minLength(1, 'Enter the code'));
const VocabularyEntrySchema = z.strictObject({
  code,
  label: z.optional(z.string().check(z.trim(), z.minLength(1, 'Enter the label, or leave it out to use the code'))),
});
const entryList = z.array(VocabularyEntrySchema).check(z.minLength(1, 'Give at least one entry'));

type Ctx = z.core.$RefinementCtx<unknown>;

function checkList(ctx: Ctx, list: readonly VocabularyEntry[], name: string, cld: boolean, cldCodes: readonly string[]) {
  const seen = new Set<string>();
  list.forEach((entry, at) => {
    if (seen.has(entry.code)) ctx.addIssue({ code: 'custom', path: [name, at, 'code'], message: `The code "${entry.code}" is listed twice`, params: { rule: 'vocabulary-duplicate-code' } });
    seen.add(entry.code);
    if (cld && !cldCodes.includes(entry.code)) {
      ctx.addIssue({ code: 'custom', path: [name, at, 'code'], message: `"${entry.code}" is not a CLD value; a vocabulary with cld: true uses CLD's strings exactly`, params: { rule: 'vocabulary-not-cld' } });
    }
  });
}

export const EpisodeVocabularySchema = z
  .strictObject({
    system: z.string().check(z.trim(), z.regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, 'Enter a URI naming the code system, such as urn:example:route-of-access')),
    cld: z.boolean(),
    routesOfAccess: entryList,
    eventOutcomes: entryList,
  })
  .check(
    z.superRefine((vocabulary, ctx) => {
      if (vocabulary.cld && vocabulary.system !== ENGLAND_CLD_SYSTEM) {
        ctx.addIssue({ code: 'custom', path: ['system'], message: `A CLD vocabulary's system is ${ENGLAND_CLD_SYSTEM}`, params: { rule: 'vocabulary-cld-system' } });
      }
      if (!vocabulary.cld && isEnglandCldSystem(vocabulary.system)) {
        ctx.addIssue({ code: 'custom', path: ['system'], message: `Only England's CLD (cld: true) may use the system ${vocabulary.system}; name your own`, params: { rule: 'vocabulary-cld-system' } });
      }
      checkList(ctx, vocabulary.routesOfAccess, 'routesOfAccess', vocabulary.cld, cldRoutesOfAccessR1);
      checkList(ctx, vocabulary.eventOutcomes, 'eventOutcomes', vocabulary.cld, cldEventOutcomes);
    }),
    z.meta({ id: 'EpisodeVocabulary' }),
  );

/** One problem in a vocabulary: where it is (`eventOutcomes[2].code`) and what is wrong. */
export interface VocabularyIssue {
  path: string;
  message: string;
}

/** Thrown by `parseEpisodeVocabulary`; `issues` lists every problem, each naming its place. */
export class VocabularyError extends Error {
  override readonly name = 'VocabularyError';
  readonly issues: readonly VocabularyIssue[];

  constructor(issues: readonly VocabularyIssue[]) {
    super(`The episode vocabulary is not valid:\n${issues.map((issue) => `- ${issue.path || '(the vocabulary)'}: ${issue.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/** Checks a host's vocabulary and returns it trimmed and frozen, or throws a `VocabularyError` naming every problem. */
export function parseEpisodeVocabulary(input: unknown): EpisodeVocabulary {
  const result = EpisodeVocabularySchema.safeParse(input, { error: describeIssue });
  if (!result.success) throw new VocabularyError(result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
  const { system, cld, routesOfAccess, eventOutcomes } = result.data;
  const frozenList = (list: readonly VocabularyEntry[]) => Object.freeze(list.map((entry) => Object.freeze({ ...entry })));
  return Object.freeze({ system, cld, routesOfAccess: frozenList(routesOfAccess), eventOutcomes: frozenList(eventOutcomes) });
}

/** The entry for a code, or undefined when the vocabulary has none. */
export function vocabularyEntry(list: readonly VocabularyEntry[], code: string): VocabularyEntry | undefined {
  return list.find((entry) => entry.code === code);
}
