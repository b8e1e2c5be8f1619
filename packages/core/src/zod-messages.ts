import type * as z from 'zod/mini';

/** The message of a language tag's pattern (translation-schema.ts), which an invalid key is recognised by. */
export const languageTagMessage = 'Use a language tag such as en-GB or cy';

/**
 * English messages for zod's issues. zod/mini ships none of its own (its
 * locales are what make classic zod large), and these say what is wrong in
 * the words a definition author or a back-end developer needs.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'This field is required' : `Expected ${issue.expected}, but found ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const input = issue.input as Record<string, unknown> | undefined;
        return `Unknown ${issue.discriminator}: ${describeValue(input?.[issue.discriminator])}`;
      }
      return `Not one of the accepted forms: found ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `Expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}, but found ${describeValue(issue.input)}`;
    case 'invalid_format':
      return `Expected ${describeFormat(issue.format)}, but found ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `Give at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'Enter some text'
          : `Must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'invalid_key':
      // A translation is keyed by a language tag, not an id: "use letters…" would mislead for "Welsh".
      if (issue.issues.some((inner) => inner.message === languageTagMessage)) return `Not a language tag: ${describeValue(issue.input)} (use a tag such as en-GB or cy)`;
      return `Not a valid id: ${describeValue(issue.input)} (use letters, digits, hyphens or underscores, starting with a letter)`;
    case 'too_big':
      return `Must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    default:
      return undefined;
  }
}

function describeFormat(format: string): string {
  if (format === 'datetime') return 'an ISO date-time with a time zone, such as 2026-11-22T10:00:00Z';
  if (format === 'uuid') return 'a UUID';
  if (format === 'regex') return 'letters, digits, hyphens or underscores, starting with a letter';
  return `a ${format}`;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
