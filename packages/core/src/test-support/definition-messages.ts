/**
 * Every message `parseDefinition` can give, as a template with `<placeholders>`.
 * The property tests check that every message they provoke matches one of
 * these, and the docs test checks that docs/writing-a-definition.md lists each
 * template, so a new message cannot go undocumented.
 */
export const definitionMessageTemplates = {
  /** From zod-messages.ts and the custom texts in the schemas. */
  structural: [
    'The definition is not valid JSON (<reason>)',
    'The definition could not be read (<reason>)',
    'This field is required',
    'Expected <type>, but found <value>',
    'Expected "<a>" or "<b>", but found <value>',
    'Unknown field: <name>',
    'Unknown fields: <names>',
    'Unknown type: <value>',
    'Unknown rule: <value>',
    'Not one of the accepted forms: found <value>',
    'Enter some text',
    'Use letters, digits, hyphens or underscores, starting with a letter',
    'Use a language tag such as en-GB or cy',
    'A definition needs at least 1 section',
    'A section needs at least 1 item',
    'A group needs at least 1 item',
    'Give at least 2 options',
    'A band set needs at least 1 band',
    'Give at least 1 item',
    'Must be at least <n>',
    'Must be more than <n>',
    'Must be at most <n>',
    'Not a valid id: <value> (use letters, digits, hyphens or underscores, starting with a letter)',
    'A photo question cannot be inside a repeating group; put it outside the group',
  ],
  /** From definition-rules.ts. */
  ids: [
    'Item id "<id>" is reserved; choose another id',
    'Item id "<id>" is already used at <path>',
    'Section id "<id>" is used more than once',
    'Option code "<code>" is used more than once in item "<id>"',
  ],
  /** From range-rules.ts: one item's own fields. */
  items: ['The largest measurement (max <max>) must not be below the smallest (min <min>)'],
  /** From range-rules.ts: limits that leave a question no answer it could accept. */
  ranges: [
    'The largest answer (max <max>) must not be below the smallest (min <min>)',
    'No whole number lies between min <min> and max <max>',
    'No number with <n> decimal places or fewer lies between min <min> and max <max>',
    'No number with 1 decimal place or fewer lies between min <min> and max <max>',
    'minSelected (<min>) must not be above maxSelected (<max>)',
    'minSelected (<n>) is more than the <count> options',
    'minEntries (<min>) must not be above maxEntries (<max>)',
  ],
  /** From condition-rules.ts. */
  conditions: [
    'Conditions inside a repeating group are not supported (item "<id>" in group "<group>")',
    'Condition refers to item "<id>", which is not in the definition',
    'Item "<id>" cannot depend on its own answer',
    'Condition refers to "<id>" inside repeating group "<group>"; refer to a question outside any group',
    'A repeating group ("<group>") can only be tested with answered or notAnswered',
    'A photo question ("<id>") can only be tested with answered or notAnswered',
    'Operator "<operator>" takes no value',
    'Operator "<operator>" needs a value to compare with',
    '"<operator>" needs a number question; "<id>" is <type>',
    'Compare "<id>" with a number',
    'Compare "<id>" with text in quotes',
    '"<value>" is not an answer of "<id>" (use one of: <codes>)',
    'Conditions form a loop: <loop>',
    'Suggestion rule id "<id>" is used more than once',
  ],
  /** From scoring-rules.ts. */
  scoring: [
    'Scored item "<id>" is listed more than once',
    'Scored item "<id>" is not in the definition',
    'Scored item "<id>" is inside a repeating group; score it with groupScores',
    'Scored item "<id>" is <type>, which cannot be scored',
    'Option "<code>" needs a score because item "<id>" is scored',
    'Item "<id>" is scored, so give scores for yes and no',
    'Weight for "<id>", which is not a scored item',
    'Scale id "<id>" is used more than once or is reserved',
    'maxMissing must be less than the <n> scored items, or nothing would be left to prorate from',
    'A definition without a total (method "none") cannot say which way its total improves',
    'Score id "<id>" is used more than once or is reserved',
    'Subscale item "<id>" is not a scored item',
    'Subscale item "<id>" is listed more than once',
    '"<group>" is not a repeating group',
    'Group "<group>" has no item "<id>"',
    'Item "<id>" is <type>, which cannot be scored',
    'Score "<id>" is not defined before this difference',
    'Threshold refers to score "<id>", which is not defined',
    'Band set id "<id>" is used more than once',
    'Band set "<id>" refers to scale "<scale>", which is not defined',
    'A definition without a total (method "none") cannot have band sets',
    'Band sets need whole-number totals, so method must be "sum"',
    'Band sets need whole-number totals, but "<id>" can score a fraction',
    'Band sets need whole-number totals, but scale "<id>" multiplies by <n>',
    'Band sets need every scored number question to have a min and a max',
    'Default band set "<id>" is not defined',
    'Band <min>–<max> ends before it starts',
    'Gap: no band covers a total of <n>',
    'Gap: no band covers totals <min>–<max>',
    'Band <min>–<max> starts below the lowest possible total, <n>',
    'Band <min>–<max> overlaps the band before it',
    'Band <min>–<max> ends above the highest possible total, <n>',
  ],
  /** From translation-rules.ts (a translation names only what the definition has), and a translation's key that is not a language tag (zod-messages.ts). */
  translations: [
    'Not a language tag: <value> (use a tag such as en-GB or cy)',
    '"<tag>" is the language the definition is written in; a translation must be into another language',
    'Add "<tag>" to languages, or remove this translation',
    'The definition has no description to translate',
    'Give <n> translations, one for each of the definition’s <what>; there are <count>',
    'The definition has no section "<id>"',
    'Section "<id>" has no description to translate',
    'The definition has no item "<id>"',
    'Item "<id>" has no hint to translate',
    'Item "<id>" is not a repeating group',
    'Item "<id>" has no unit to translate',
    'Item "<id>" has no options',
    'Item "<id>" has no option "<code>"',
    'The definition has no scoring to translate',
    'The scoring has no <what> "<id>"',
    'Band set "<id>" has no source to translate',
    'The definition has no suggestion rule "<id>"',
  ],
  /** From safe-score-rules.ts: scores that could leave the safe range of numbers. */
  safeScores: [
    'Item "<id>" can score <n>, beyond the safe range of numbers (±9007199254740991)',
    'The total can reach <n>, beyond the safe range of numbers (±9007199254740991)',
    'Scale "<id>" can reach <n>, beyond the safe range of numbers (±9007199254740991)',
    'Score "<id>" can reach <n>, beyond the safe range of numbers (±9007199254740991)',
  ],
} as const;

export const allDefinitionMessageTemplates: readonly string[] = Object.values(definitionMessageTemplates).flat();

const patternOf = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[a-z]+>/g, '[\\s\\S]*')}$`);
const patterns = allDefinitionMessageTemplates.map(patternOf);

/** Whether a message is an instance of a template: each `<placeholder>` stands for any text. */
export const matchesTemplate = (message: string, template: string): boolean => patternOf(template).test(message);

/** Whether a message is one of the templates above. */
export const isKnownDefinitionMessage = (message: string): boolean => patterns.some((pattern) => pattern.test(message));
