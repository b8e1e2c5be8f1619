import * as z from 'zod';
import { checkDefinitionRules } from './definition-rules.js';

/**
 * The instrument definition language, version 1.
 *
 * This file is the contract: the TypeScript types are inferred from it, the
 * published JSON Schema (`schemas/instrument-definition.v1.json`) is generated
 * from it, and every check that needs more than one field lives in
 * `definition-rules.ts` so that errors always name the exact path.
 */

const identifier = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_-]*$/,
    'Use letters, digits, hyphens or underscores, starting with a letter',
  );

const text = z.string().trim().min(1, 'Enter some text');

export const LicenceSchema = z
  .strictObject({
    holder: text.meta({ description: 'Who holds the copyright.' }),
    terms: text.meta({
      description:
        'The holder’s terms in plain words, for example "Free for non-commercial use; commercial use needs permission".',
    }),
    attribution: text.meta({
      description: 'The attribution text that must travel with every use and every record.',
    }),
    commercialUseNeedsPermission: z.boolean().default(false),
  })
  .meta({ id: 'Licence' });

const itemBase = {
  id: identifier.meta({ description: 'Unique within the definition; the key of its answer.' }),
  label: text,
  hint: text.optional(),
  required: z
    .boolean()
    .default(true)
    .meta({ description: 'Whether the person must answer before they can continue.' }),
};

export const ChoiceOptionSchema = z
  .strictObject({
    code: identifier.meta({ description: 'Stored as the answer; unique within the item.' }),
    label: text,
    score: z.number().finite().optional().meta({
      description: 'Needed when the item is scored.',
    }),
  })
  .meta({ id: 'ChoiceOption' });

export const SingleChoiceItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('single-choice'),
    options: z.array(ChoiceOptionSchema).min(2, 'Give at least 2 options'),
    allowNotAssessed: z.boolean().default(false).meta({
      description:
        'Offer "Not assessed" as a deliberate answer. The item then counts as missing for scoring, so the missing-item rule decides the total.',
    }),
  })
  .meta({ id: 'SingleChoiceItem' });

const numericBounds = {
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  unit: text.optional().meta({ description: 'Shown after the input, for example "seconds".' }),
};

export const IntegerItemSchema = z
  .strictObject({ ...itemBase, type: z.literal('integer'), ...numericBounds })
  .meta({ id: 'IntegerItem' });

export const DecimalItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('decimal'),
    ...numericBounds,
    decimalPlaces: z.int().min(0).max(6).optional().meta({
      description: 'The most decimal places an answer may have.',
    }),
  })
  .meta({ id: 'DecimalItem' });

export const TextItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('text'),
    multiline: z.boolean().default(false),
    maxLength: z.int().positive().optional(),
  })
  .meta({ id: 'TextItem' });

export const DateItemSchema = z
  .strictObject({ ...itemBase, type: z.literal('date') })
  .meta({ id: 'DateItem', description: 'Answered as an ISO date, YYYY-MM-DD.' });

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
    description: text.optional(),
    items: z.array(ItemSchema).min(1, 'A section needs at least 1 item'),
  })
  .meta({ id: 'Section' });

export const BandSchema = z
  .strictObject({
    min: z.int(),
    max: z.int(),
    label: text,
  })
  .meta({ id: 'Band', description: 'An inclusive range of whole-number totals.' });

export const BandSetSchema = z
  .strictObject({
    id: identifier,
    label: text,
    scale: identifier
      .default('total')
      .meta({ description: '"total", or the id of an alternative scale.' }),
    source: text.optional().meta({ description: 'Where the bands come from.' }),
    bands: z.array(BandSchema).min(1),
  })
  .meta({
    id: 'BandSet',
    description:
      'A named interpretation of a total. Bands must cover the whole range of their scale without gaps or overlaps.',
  });

export const AlternativeScaleSchema = z
  .strictObject({
    id: identifier,
    label: text,
    multiplier: z.number().finite().positive(),
  })
  .meta({ id: 'AlternativeScale', description: 'The total multiplied, for example 0–20 shown as 0–100.' });

export const MissingItemRuleSchema = z
  .discriminatedUnion('rule', [
    z.strictObject({ rule: z.literal('no-total') }),
    z.strictObject({
      rule: z.literal('prorate'),
      maxMissing: z.int().min(1),
      rounding: z.enum(['up', 'down', 'nearest']),
    }),
  ])
  .meta({
    id: 'MissingItemRule',
    description:
      '"no-total": any missing scored item means no total. "prorate": with at most maxMissing items missing, total = mean of answered × number of scored items, rounded as given.',
  });

export const ScoringSchema = z
  .strictObject({
    method: z.literal('sum'),
    items: z.array(identifier).min(1).optional().meta({
      description: 'The scored items; when absent, every single-choice item is scored.',
    }),
    totalLabel: text.default('Total'),
    alternativeScales: z.array(AlternativeScaleSchema).default([]),
    missing: MissingItemRuleSchema.default({ rule: 'no-total' }),
    bandSets: z.array(BandSetSchema).default([]),
    defaultBandSet: identifier.optional(),
  })
  .meta({ id: 'Scoring' });

export const AdministrationModeSchema = z.enum(['observed', 'self-report', 'proxy', 'interview']);

const InstrumentDefinitionShape = z.strictObject({
  $schema: z.string().optional(),
  id: identifier,
  version: text,
  title: text,
  description: text.optional(),
  citation: text,
  licence: LicenceSchema,
  notes: z.array(text).default([]),
  administrationModes: z.array(AdministrationModeSchema).default([]),
  sections: z.array(SectionSchema).min(1, 'A definition needs at least 1 section'),
  scoring: ScoringSchema.optional(),
});

export const InstrumentDefinitionSchema = InstrumentDefinitionShape.superRefine(
  checkDefinitionRules,
).meta({
  id: 'InstrumentDefinition',
  title: 'otforms instrument definition v1',
});

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
