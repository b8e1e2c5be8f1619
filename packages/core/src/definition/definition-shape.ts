import * as z from 'zod/mini';
import {
  ChoiceOptionSchema,
  ConditionSchema,
  DateItemSchema,
  DecimalItemSchema,
  DurationItemSchema,
  GroupItemSchema,
  IntegerItemSchema,
  ItemSchema,
  MeasurementItemSchema,
  MultipleChoiceItemSchema,
  OwnWordsItemSchema,
  PhotoItemSchema,
  QuestionItemSchema,
  SingleChoiceItemSchema,
  TextItemSchema,
  YesNoItemSchema,
} from './item-schemas.js';
import { about, identifier, optionalText, text } from './schema-parts.js';
import { SuggestionRuleSchema } from '../recommendations/suggestion-rule-schema.js';
import { BandSchema, BandSetSchema, BetterWhenSchema, ScoringSchema, ThresholdSchema } from './scoring-schema.js';
import { DefinitionTranslationSchema, languageTag } from './translation-schema.js';

/**
 * The instrument definition language, version 1.
 *
 * These schemas are the contract: the TypeScript types are inferred from
 * them, the published JSON Schema (`schemas/instrument-definition.v1.json`) is
 * generated from them, and every check that needs more than one field lives in
 * `definition-rules.ts` so that errors always name the exact path.
 * They use `zod/mini`, whose functions tree-shake: a page carries about a
 * quarter of classic zod's size for the same schemas.
 */

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

export const SectionSchema = z
  .strictObject({
    id: identifier,
    title: text,
    description: optionalText,
    items: z.array(ItemSchema).check(z.minLength(1, 'A section needs at least 1 item')),
  })
  .check(about({ id: 'Section' }));

export const AdministrationModeSchema = z.enum(['observed', 'self-report', 'proxy', 'interview']);

/** The definition's fields, before the cross-field rules of definition-rules.ts. */
export const InstrumentDefinitionShape = z.strictObject({
  $schema: z.optional(z.string()),
  id: identifier,
  version: text,
  title: text,
  description: optionalText,
  citation: text,
  licence: LicenceSchema,
  notes: z._default(z.array(text), []),
  administrationModes: z._default(z.array(AdministrationModeSchema), []),
  languages: z._default(z.array(languageTag), ['en-GB']).check(
    about({
      description:
        'The languages the definition’s text is available in (BCP 47 tags). The first is the language the definition is written in; each other one may have a translation.',
    }),
  ),
  translations: z.optional(z.record(languageTag, DefinitionTranslationSchema)).check(
    about({
      description:
        'The definition’s text in other languages, by language tag; each tag must also be in languages. A form shows a translation only where the instrument’s holder allows it (see each translation’s source).',
    }),
  ),
  sections: z.array(SectionSchema).check(z.minLength(1, 'A definition needs at least 1 section')),
  scoring: z.optional(ScoringSchema),
  suggestions: z._default(z.array(SuggestionRuleSchema), []).check(
    about({ description: 'Rules that suggest a recommendation from the answers; the assessor accepts or dismisses each.' }),
  ),
  attachmentBudgetBytes: z.optional(z.int().check(z.positive())).check(
    about({ description: 'The most a record’s photos may add up to, in bytes (default 2,500,000).' }),
  ),
});

export { MEASUREMENT_UNITS, MeasurementItemSchema, PhotoItemSchema, OwnWordsItemSchema, GroupMemberItemSchema } from './item-schemas.js';
export {
  BandSchema,
  BandSetSchema,
  BetterWhenSchema,
  ChoiceOptionSchema,
  ConditionSchema,
  ItemSchema,
  QuestionItemSchema,
  ScoringSchema,
  ThresholdSchema,
};

export type InstrumentDefinition = z.output<typeof InstrumentDefinitionShape>;
export type InstrumentDefinitionInput = z.input<typeof InstrumentDefinitionShape>;
export type Section = z.output<typeof SectionSchema>;
export type Item = z.output<typeof ItemSchema>;
export type QuestionItem = z.output<typeof QuestionItemSchema>;
export type ItemType = Item['type'];
export type SingleChoiceItem = z.output<typeof SingleChoiceItemSchema>;
export type MultipleChoiceItem = z.output<typeof MultipleChoiceItemSchema>;
export type YesNoItem = z.output<typeof YesNoItemSchema>;
export type IntegerItem = z.output<typeof IntegerItemSchema>;
export type DecimalItem = z.output<typeof DecimalItemSchema>;
export type DurationItem = z.output<typeof DurationItemSchema>;
export type TextItem = z.output<typeof TextItemSchema>;
export type DateItem = z.output<typeof DateItemSchema>;
export type MeasurementItem = z.output<typeof MeasurementItemSchema>;
export type PhotoItem = z.output<typeof PhotoItemSchema>;
export type OwnWordsItem = z.output<typeof OwnWordsItemSchema>;
export type GroupItem = z.output<typeof GroupItemSchema>;
export type ChoiceOption = z.output<typeof ChoiceOptionSchema>;
export type Condition = z.output<typeof ConditionSchema>;
export type Scoring = z.output<typeof ScoringSchema>;
export type BandSet = z.output<typeof BandSetSchema>;
export type Band = z.output<typeof BandSchema>;
export type BetterWhen = z.output<typeof BetterWhenSchema>;
export type Licence = z.output<typeof LicenceSchema>;
export type AdministrationMode = z.output<typeof AdministrationModeSchema>;
export { DefinitionTranslationSchema } from './translation-schema.js';
export type { DefinitionTranslation, ItemTranslation, SectionTranslation, ScoringTranslation } from './translation-schema.js';
