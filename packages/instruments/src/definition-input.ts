import type { InstrumentDefinitionInput } from '@otforms/core';

/** The parts of a definition as written (before parseDefinition's defaults), for definitions built from pieces. */
export type SectionInput = InstrumentDefinitionInput['sections'][number];
export type ItemInput = SectionInput['items'][number];
export type ItemInputOf<Type extends ItemInput['type']> = Extract<ItemInput, { type: Type }>;
export type SuggestionRuleInput = NonNullable<InstrumentDefinitionInput['suggestions']>[number];
export type ConditionInput = NonNullable<ItemInput['enableWhen']>[number];
/** A translation as written, for a definition's `translations`. */
export type TranslationInput = NonNullable<InstrumentDefinitionInput['translations']>[string];
