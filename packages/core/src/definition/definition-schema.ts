import * as z from 'zod/mini';
import { checkDefinitionRules } from './definition-rules.js';

/**
 * The instrument definition language, version 1.
 *
 * This file is the contract: the TypeScript types are inferred from it, the
 * published JSON Schema (`schemas/instrument-definition.v1.json`) is generated
 * from it, and every check that needs more than one field lives in
 * `definition-rules.ts` so that errors always name the exact path.
 * It uses `zod/mini`, whose functions tree-shake: a page carries about a
 * quarter of classic zod's size for the same schemas.
 */

/** Metadata for the JSON Schema and for readers of this file; it never changes what parses. */
const about = z.meta;

const identifier = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'Use letters, digits, hyphens or underscores, starting with a letter'));

const text = z.string().check(z.trim(), z.minLength(1, 'Enter some text'));
const optionalText = z.optional(text);
const number = z.number();

export const LicenceSchema = z
  .strictObject({
    holder: text.check(about({ description: 'Who holds the copyright.' })),
    terms: text.check(
      about({
        description:
          'The holder’s terms in plain words, for example "Free for non-commercial use; commercial use needs permission".',
      }),
    ),
    attribution: text.check(about({ description: 'The attribution text that must travel with every use and every record.' })),
    commercialUseNeedsPermission: z._default(z.boolean(), false),
  })
  .check(about({ id: 'Licence' }));

const itemBase = {
  id: identifier.check(about({ description: 'Unique within the definition; the key of its answer.' })),
  label: text,
  hint: optionalText,
  required: z._default(z.boolean(), true).check(about({ description: 'Whether the person must answer before they can continue.' })),
};

export const ChoiceOptionSchema = z
  .strictObject({
    code: identifier.check(about({ description: 'Stored as the answer; unique within the item.' })),
    label: text,
    score: z.optional(number).check(about({ description: 'Needed when the item is scored.' })),
  })
  .check(about({ id: 'ChoiceOption' }));

export const SingleChoiceItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('single-choice'),
    options: z.array(ChoiceOptionSchema).check(z.minLength(2, 'Give at least 2 options')),
    allowNotAssessed: z._default(z.boolean(), false).check(
      about({
        description:
          'Offer "Not assessed" as a deliberate answer. The item then counts as missing for scoring, so the missing-item rule decides the total.',
      }),
    ),
  })
  .check(about({ id: 'SingleChoiceItem' }));

const numericBounds = {
  min: z.optional(number),
  max: z.optional(number),
  unit: z.optional(text).check(about({ description: 'Shown after the input, for example "seconds".' })),
};

export const IntegerItemSchema = z
  .strictObject({ ...itemBase, type: z.literal('integer'), ...numericBounds })
  .check(about({ id: 'IntegerItem' }));

export const DecimalItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('decimal'),
    ...numericBounds,
    decimalPlaces: z
      .optional(z.int().check(z.minimum(0), z.maximum(6)))
      .check(about({ description: 'The most decimal places an answer may have.' })),
  })
  .check(about({ id: 'DecimalItem' }));

export const TextItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('text'),
    multiline: z._default(z.boolean(), false),
    maxLength: z.optional(z.int().check(z.positive())),
  })
  .check(about({ id: 'TextItem' }));

export const DateItemSchema = z
  .strictObject({ ...itemBase, type: z.literal('date') })
  .check(about({ id: 'DateItem', description: 'Answered as an ISO date, YYYY-MM-DD.' }));

export const ItemSchema = z.discriminatedUnion('type', [
  SingleChoiceItemSchema,
  IntegerItemSchema,
  DecimalItemSchema,
  TextItemSchema,
  DateItemSchema,
]);

export const SectionSchema = z
  .strictObject({
    id: identifier,
    title: text,
    description: optionalText,
    items: z.array(ItemSchema).check(z.minLength(1, 'A section needs at least 1 item')),
  })
  .check(about({ id: 'Section' }));

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
  .strictObject({ id: identifier, label: text, multiplier: number.check(z.positive()) })
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

export const ScoringSchema = z
  .strictObject({
    method: z.literal('sum'),
    items: z
      .optional(z.array(identifier).check(z.minLength(1)))
      .check(about({ description: 'The scored items; when absent, every single-choice item is scored.' })),
    totalLabel: z._default(text, 'Total'),
    alternativeScales: z._default(z.array(AlternativeScaleSchema), []),
    missing: z._default(MissingItemRuleSchema, { rule: 'no-total' }),
    bandSets: z._default(z.array(BandSetSchema), []),
    defaultBandSet: z.optional(identifier),
  })
  .check(about({ id: 'Scoring' }));

export const AdministrationModeSchema = z.enum(['observed', 'self-report', 'proxy', 'interview']);

const InstrumentDefinitionShape = z.strictObject({
  $schema: z.optional(z.string()),
  id: identifier,
  version: text,
  title: text,
  description: optionalText,
  citation: text,
  licence: LicenceSchema,
  notes: z._default(z.array(text), []),
  administrationModes: z._default(z.array(AdministrationModeSchema), []),
  sections: z.array(SectionSchema).check(z.minLength(1, 'A definition needs at least 1 section')),
  scoring: z.optional(ScoringSchema),
});

export const InstrumentDefinitionSchema = InstrumentDefinitionShape.check(
  z.superRefine(checkDefinitionRules),
  about({ id: 'InstrumentDefinition', title: 'otforms instrument definition v1' }),
);

export type InstrumentDefinition = z.output<typeof InstrumentDefinitionShape>;
export type InstrumentDefinitionInput = z.input<typeof InstrumentDefinitionShape>;
export type Section = z.output<typeof SectionSchema>;
export type Item = z.output<typeof ItemSchema>;
export type ItemType = Item['type'];
export type SingleChoiceItem = z.output<typeof SingleChoiceItemSchema>;
export type IntegerItem = z.output<typeof IntegerItemSchema>;
export type DecimalItem = z.output<typeof DecimalItemSchema>;
export type TextItem = z.output<typeof TextItemSchema>;
export type DateItem = z.output<typeof DateItemSchema>;
export type ChoiceOption = z.output<typeof ChoiceOptionSchema>;
export type Scoring = z.output<typeof ScoringSchema>;
export type BandSet = z.output<typeof BandSetSchema>;
export type Band = z.output<typeof BandSchema>;
export type Licence = z.output<typeof LicenceSchema>;
export type AdministrationMode = z.output<typeof AdministrationModeSchema>;
