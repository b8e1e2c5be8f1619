import * as z from 'zod/mini';
import { about, identifier, optionalText, text } from './schema-parts.js';

/**
 * Items: what one question asks and how it is answered. A condition
 * (`enableWhen`) shows a question only when earlier answers call for it;
 * a hidden question is neither validated nor scored.
 */

export const ConditionOperatorSchema = z.enum(['equals', 'notEquals', 'greaterThan', 'lessThan', 'answered', 'notAnswered']);

export const ConditionSchema = z
  .strictObject({
    item: identifier.check(about({ description: 'The id of the question whose answer decides.' })),
    operator: ConditionOperatorSchema,
    value: z.optional(z.union([z.string(), z.number()])).check(
      about({ description: 'An option code ("yes"/"no" for yes-no items) or a number; not used with answered/notAnswered.' }),
    ),
  })
  .check(about({ id: 'Condition' }));

const itemBase = {
  id: identifier.check(about({ description: 'Unique within the definition; the key of its answer.' })),
  label: text,
  hint: optionalText,
  required: z._default(z.boolean(), true).check(about({ description: 'Whether the person must answer before they can continue.' })),
  enableWhen: z.optional(z.array(ConditionSchema).check(z.minLength(1))).check(
    about({ description: 'Show the question only when these conditions hold (see enableBehavior).' }),
  ),
  enableBehavior: z._default(z.enum(['all', 'any']), 'all'),
};

export const ChoiceOptionSchema = z
  .strictObject({
    code: identifier.check(about({ description: 'Stored as the answer; unique within the item.' })),
    label: text,
    score: z.optional(z.number()).check(about({ description: 'Needed when the item is scored.' })),
  })
  .check(about({ id: 'ChoiceOption' }));

const options = z.array(ChoiceOptionSchema).check(z.minLength(2, 'Give at least 2 options'));

export const SingleChoiceItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('single-choice'),
    options,
    allowNotAssessed: z._default(z.boolean(), false).check(
      about({
        description:
          'Offer "Not assessed" as a deliberate answer. The item then counts as missing for scoring, so the missing-item rule decides the total.',
      }),
    ),
  })
  .check(about({ id: 'SingleChoiceItem' }));

export const MultipleChoiceItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('multiple-choice'),
    options,
    minSelected: z.optional(z.int().check(z.minimum(1))),
    maxSelected: z.optional(z.int().check(z.minimum(1))),
  })
  .check(about({ id: 'MultipleChoiceItem', description: 'Answered with a list of option codes; scored as the sum of the chosen options.' }));

export const YesNoItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('yes-no'),
    scores: z.optional(z.strictObject({ yes: z.number(), no: z.number() })),
  })
  .check(about({ id: 'YesNoItem', description: 'Answered "yes" or "no".' }));

const numericBounds = {
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  unit: z.optional(text).check(about({ description: 'Shown after the input, for example "kg".' })),
};
const decimalPlaces = z.optional(z.int().check(z.minimum(0), z.maximum(6))).check(about({ description: 'The most decimal places an answer may have.' }));

export const IntegerItemSchema = z.strictObject({ ...itemBase, type: z.literal('integer'), ...numericBounds }).check(about({ id: 'IntegerItem' }));

export const DecimalItemSchema = z
  .strictObject({ ...itemBase, type: z.literal('decimal'), ...numericBounds, decimalPlaces })
  .check(about({ id: 'DecimalItem' }));

export const DurationItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('duration'),
    min: z.optional(z.number().check(z.minimum(0))),
    max: z.optional(z.number().check(z.positive())),
    decimalPlaces: z._default(z.int().check(z.minimum(0), z.maximum(3)), 1),
  })
  .check(about({ id: 'DurationItem', description: 'A time in seconds, answered as a number.' }));

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

/** The units an occupational therapist measures a home in: lengths and a person's weight. */
export const MEASUREMENT_UNITS = ['mm', 'cm', 'm', 'kg'] as const;

export const MeasurementItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('measurement'),
    unit: z.enum(MEASUREMENT_UNITS),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    decimalPlaces: z._default(z.int().check(z.minimum(0), z.maximum(3)), 0),
  })
  .check(about({ id: 'MeasurementItem', description: 'A measurement, answered as a number in the item’s unit (a step height in mm, say).' }));

export const PhotoItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('photo'),
    maxPhotos: z._default(z.int().check(z.minimum(1), z.maximum(10)), 3),
  })
  .check(
    about({
      id: 'PhotoItem',
      description:
        'Photos, answered as a list of attachment ids; the record carries the attachments. Never scored, and not allowed inside a repeating group (an entry cannot hold photos).',
    }),
  );

export const OwnWordsItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('own-words'),
    maxLength: z.optional(z.int().check(z.positive())),
  })
  .check(
    about({
      id: 'OwnWordsItem',
      description: 'What the person says, kept exactly as typed (never trimmed or rewritten), as "What matters to me" is. Never scored.',
    }),
  );

/** The questions a repeating group's entries can ask. */
const groupMemberSchemas = [
  SingleChoiceItemSchema,
  MultipleChoiceItemSchema,
  YesNoItemSchema,
  IntegerItemSchema,
  DecimalItemSchema,
  DurationItemSchema,
  TextItemSchema,
  DateItemSchema,
  MeasurementItemSchema,
  OwnWordsItemSchema,
] as const;

// Photos are answered at the top level only: an entry's answers are plain values, and a
// photo's attachments are kept per item, so an entry could not say which photos are its own.
const questionItemSchemas = [...groupMemberSchemas, PhotoItemSchema] as const;

/** Every item that answers one question. */
export const QuestionItemSchema = z.discriminatedUnion('type', [...questionItemSchemas]);

/** A question inside a repeating group: any question but a photo. */
export const GroupMemberItemSchema = z.discriminatedUnion('type', [...groupMemberSchemas], {
  // Otherwise a photo here would be reported as an unknown type, which it is not.
  error: (issue) =>
    (issue.input as { type?: unknown } | undefined)?.type === 'photo'
      ? 'A photo question cannot be inside a repeating group; put it outside the group'
      : undefined,
});

export const GroupItemSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('group'),
    entryLabel: text.check(about({ description: 'What one entry is called, for example "Activity".' })),
    items: z.array(GroupMemberItemSchema).check(z.minLength(1, 'A group needs at least 1 item')),
    minEntries: z._default(z.int().check(z.minimum(0)), 0),
    maxEntries: z.optional(z.int().check(z.minimum(1))),
  })
  .check(
    about({
      id: 'GroupItem',
      description: 'A repeating group: a list of entries, each answering the same items. Answered as a list of objects keyed by item id.',
    }),
  );

export const ItemSchema = z.discriminatedUnion('type', [...questionItemSchemas, GroupItemSchema]);
