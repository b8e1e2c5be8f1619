import * as z from 'zod/mini';
import { ConditionSchema } from './item-schemas.js';
import { about, identifier, text } from './schema-parts.js';

/**
 * Declarative scoring. A definition's total is the sum or mean of its scored
 * items (option scores, or the value of a numeric item), optionally weighted;
 * around it sit alternative scales, named band sets, subscales, scores across
 * the entries of a repeating group, differences between scores, thresholds,
 * the missing-item rule, and rules for when no total may be given.
 */

export const BandSchema = z
  .strictObject({ min: z.int(), max: z.int(), label: text })
  .check(about({ id: 'Band', description: 'An inclusive range of whole-number totals.' }));

export const BandSetSchema = z
  .strictObject({
    id: identifier,
    label: text,
    scale: z._default(identifier, 'total').check(about({ description: '"total", or the id of an alternative scale.' })),
    source: z.optional(text).check(about({ description: 'Where the bands come from.' })),
    bands: z.array(BandSchema).check(z.minLength(1, 'A band set needs at least 1 band')),
  })
  .check(
    about({
      id: 'BandSet',
      description: 'A named interpretation of a total. Bands must cover the whole range of their scale without gaps or overlaps.',
    }),
  );

export const AlternativeScaleSchema = z
  .strictObject({ id: identifier, label: text, multiplier: z.number().check(z.positive()) })
  .check(about({ id: 'AlternativeScale', description: 'The total multiplied, for example 0–20 shown as 0–100.' }));

export const MissingItemRuleSchema = z
  .discriminatedUnion('rule', [
    z.strictObject({ rule: z.literal('no-total') }),
    z.strictObject({
      rule: z.literal('prorate'),
      maxMissing: z.int().check(z.minimum(1)),
      rounding: z.enum(['up', 'down', 'nearest']),
    }),
  ])
  .check(
    about({
      id: 'MissingItemRule',
      description:
        '"no-total": any missing scored item means no total. "prorate": with at most maxMissing items missing, total = mean of answered × number of scored items, rounded as given.',
    }),
  );

const method = z.enum(['sum', 'mean']);

/**
 * Which way a total improves. Without it a total cannot be called better or
 * worse, because instruments disagree: a higher Barthel Index is more
 * independence, a higher FES-I more concern about falling.
 */
export const BetterWhenSchema = z.enum(['higher', 'lower']);

export const SubscaleSchema = z
  .strictObject({ id: identifier, label: text, items: z.array(identifier).check(z.minLength(1)), method: z._default(method, 'sum') })
  .check(about({ id: 'Subscale', description: 'A score over some of the items; null while any of them is missing.' }));

export const GroupScoreSchema = z
  .strictObject({ id: identifier, label: text, group: identifier, item: identifier, method: z._default(method, 'mean') })
  .check(about({ id: 'GroupScore', description: 'One item scored across every entry of a repeating group that answers it.' }));

export const DifferenceSchema = z
  .strictObject({ id: identifier, label: text, from: identifier, to: identifier })
  .check(about({ id: 'Difference', description: 'Score "to" minus score "from", for example review minus baseline.' }));

export const ThresholdSchema = z
  .strictObject({
    id: identifier,
    label: text,
    score: z._default(identifier, 'total').check(about({ description: '"total", or the id of a subscale, group score or difference.' })),
    operator: z.enum(['atLeast', 'above', 'atMost', 'below']),
    value: z.number(),
  })
  .check(about({ id: 'Threshold', description: 'A flag that is true when the score meets the condition; null when there is no score.' }));

export const NoTotalRuleSchema = z
  .strictObject({
    enableWhen: z.array(ConditionSchema).check(z.minLength(1)),
    enableBehavior: z._default(z.enum(['all', 'any']), 'all'),
    reason: text.check(about({ description: 'Why no total is given, shown to the assessor and kept in the record.' })),
  })
  .check(about({ id: 'NoTotalRule', description: 'When the conditions hold, the instrument gives no total.' }));

export const ScoringSchema = z
  .strictObject({
    method: z._default(z.enum(['sum', 'mean', 'none']), 'sum').check(
      about({ description: '"none" when the instrument has no single total, only other scores.' }),
    ),
    items: z
      .optional(z.array(identifier).check(z.minLength(1)))
      .check(about({ description: 'The scored items; when absent, every choice or yes-no item with scores is scored.' })),
    weights: z.optional(z.record(identifier, z.number().check(z.positive()))).check(
      about({ description: 'Multiplies an item’s score, by item id; 1 when absent.' }),
    ),
    totalLabel: z._default(text, 'Total'),
    betterWhen: z.optional(BetterWhenSchema).check(
      about({
        description:
          'Which way the total improves: "higher" when a higher total is better (for example more independence), "lower" when a lower total is better (for example less concern about falling). Leave it out when neither is.',
      }),
    ),
    alternativeScales: z._default(z.array(AlternativeScaleSchema), []),
    missing: z._default(MissingItemRuleSchema, { rule: 'no-total' }),
    bandSets: z._default(z.array(BandSetSchema), []),
    defaultBandSet: z.optional(identifier),
    subscales: z._default(z.array(SubscaleSchema), []),
    groupScores: z._default(z.array(GroupScoreSchema), []),
    differences: z._default(z.array(DifferenceSchema), []),
    thresholds: z._default(z.array(ThresholdSchema), []),
    noTotalWhen: z._default(z.array(NoTotalRuleSchema), []),
  })
  .check(about({ id: 'Scoring' }));
