import * as z from 'zod/mini';

/** Metadata for the JSON Schema and for readers of the schema files; it never changes what parses. */
export const about = z.meta;

export const identifier = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'Use letters, digits, hyphens or underscores, starting with a letter'));

export const text = z.string().check(z.trim(), z.minLength(1, 'Enter some text'));
export const optionalText = z.optional(text);
