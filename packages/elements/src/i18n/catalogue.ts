import type { enGB } from './en-gb.js';

/**
 * A catalogue's shape from the en-GB source: every string may be any string in
 * another locale, and every message function keeps its parameters.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

/** Every word the elements show in one locale, by area. `locale` is its BCP 47 tag. */
export type Catalogue = Widen<typeof enGB>;

/** Any part of a catalogue: what a host gives to change some words and keep the rest. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
      : T;

export type MessageOverrides = DeepPartial<Omit<Catalogue, 'locale'>>;

/** A host's words, by locale tag (`{ 'en-GB': { assessment: { submit: 'Save and finish' } }, cy: { … } }`). */
export type LocaleMessages = Readonly<Record<string, MessageOverrides>>;
