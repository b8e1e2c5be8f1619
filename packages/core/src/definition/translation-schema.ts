import * as z from 'zod/mini';
import { about, identifier, text } from './schema-parts.js';
import { languageTagMessage } from '../zod-messages.js';

/**
 * A definition's text in another language. Only words travel here: ids,
 * option codes, scores and rules stay the definition's own, so answers,
 * scores and records mean the same whichever language the form was shown in.
 * Every id and code named here must be the definition's, and every field must
 * have a counterpart in the source language (parse-time rules in
 * translation-rules.ts): a translation can leave text out (it then shows in
 * the source language) but can never add any.
 */

/** A BCP 47 language tag such as en-GB or cy. */
export const languageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, languageTagMessage));

const labels = (description: string) => z.optional(z.record(identifier, text)).check(about({ description }));

export const SectionTranslationSchema = z
  .strictObject({ title: z.optional(text), description: z.optional(text).check(about({ description: 'Only when the section has one.' })) })
  .check(about({ id: 'SectionTranslation', description: 'A section’s title and description, by section id.' }));

export const ItemTranslationSchema = z
  .strictObject({
    label: z.optional(text),
    hint: z.optional(text).check(about({ description: 'Only when the question has one.' })),
    entryLabel: z.optional(text).check(about({ description: 'A repeating group’s name for one entry.' })),
    unit: z.optional(text).check(about({ description: 'A number question’s unit (a measurement’s unit, such as mm, is a code and is not translated).' })),
    options: labels('Option labels, by option code.'),
  })
  .check(about({ id: 'ItemTranslation', description: 'A question’s text, by item id (questions inside repeating groups included).' }));

export const BandSetTranslationSchema = z
  .strictObject({
    label: z.optional(text),
    source: z.optional(text),
    bands: z.optional(z.array(text)).check(about({ description: 'Every band’s label, in the band set’s order.' })),
  })
  .check(about({ id: 'BandSetTranslation' }));

export const ScoringTranslationSchema = z
  .strictObject({
    totalLabel: z.optional(text),
    alternativeScales: labels('Alternative scales’ labels, by scale id.'),
    bandSets: z.optional(z.record(identifier, BandSetTranslationSchema)).check(about({ description: 'Band sets, by band set id.' })),
    subscales: labels('Subscales’ labels, by subscale id.'),
    groupScores: labels('Group scores’ labels, by group score id.'),
    differences: labels('Differences’ labels, by difference id.'),
    thresholds: labels('Thresholds’ labels, by threshold id.'),
    noTotalReasons: z.optional(z.array(text)).check(about({ description: 'Every noTotalWhen rule’s reason, in order.' })),
  })
  .check(about({ id: 'ScoringTranslation' }));

export const SuggestionTranslationSchema = z
  .strictObject({ what: z.optional(text), reason: z.optional(text) })
  .check(about({ id: 'SuggestionTranslation', description: 'A suggestion rule’s recommendation and reason, by rule id.' }));

export const DefinitionTranslationSchema = z
  .strictObject({
    source: text.check(
      about({
        description:
          'Who made this translation and on what terms, for example "Welsh version by …, reproduced with permission". Shown with the licence.',
      }),
    ),
    title: z.optional(text).check(about({ description: 'The definition’s title.' })),
    description: z.optional(text).check(about({ description: 'The definition’s description; only when it has one.' })),
    notes: z.optional(z.array(text)).check(about({ description: 'Every note, in the definition’s order.' })),
    sections: z.optional(z.record(identifier, SectionTranslationSchema)).check(about({ description: 'Sections’ text, by section id.' })),
    items: z.optional(z.record(identifier, ItemTranslationSchema)).check(
      about({ description: 'Questions’ text, by item id; a repeating group’s questions are listed here too, by their own ids.' }),
    ),
    scoring: z.optional(ScoringTranslationSchema).check(about({ description: 'The labels of the scores, bands and thresholds, and the reasons no total is given.' })),
    suggestions: z.optional(z.record(identifier, SuggestionTranslationSchema)).check(about({ description: 'Suggestion rules’ text, by rule id.' })),
  })
  .check(
    about({
      id: 'DefinitionTranslation',
      description:
        'The definition’s text in one other language. Ids, codes, scores and rules are never translated; the citation and licence stay as the holder wrote them.',
    }),
  );

export type DefinitionTranslation = z.output<typeof DefinitionTranslationSchema>;
export type ItemTranslation = z.output<typeof ItemTranslationSchema>;
export type SectionTranslation = z.output<typeof SectionTranslationSchema>;
export type ScoringTranslation = z.output<typeof ScoringTranslationSchema>;
