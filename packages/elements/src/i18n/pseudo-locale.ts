import type { Catalogue } from './catalogue.js';
import { enGB } from './en-gb.js';

/**
 * A pseudo-locale for checking that every word on screen comes from the
 * catalogue: each message of `base` (en-GB unless given) is shown between
 * ⟦ and ⟧, so a word written straight into a template, or a number or date
 * formatted outside the catalogue, stands out unmarked. Register it
 * (`registerLocale(pseudoLocale())`) and set `lang="qps-ploc"` on a page; the
 * Storybook toolbar offers it, and the story checks in `npm test` use it.
 * The codes of a list's options (`[{ code, label }]`) stay as they are: they are data, not words.
 */
export const PSEUDO_LOCALE = 'qps-ploc';

export const mark = (text: string): string => `⟦${text}⟧`;

/** `option`: the value is a field of a list's item (`{ code, label }`), whose `code` or `value` is data, not a word. */
function pseudo(value: unknown, key?: string, option = false): unknown {
  if (typeof value === 'string') return option && (key === 'code' || key === 'value') ? value : mark(value);
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      const said = (value as (...inner: unknown[]) => unknown)(...args);
      return typeof said === 'string' ? mark(said) : said;
    };
  }
  if (Array.isArray(value)) {
    return value.map((item) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).map(([inner, field]) => [inner, pseudo(field, inner, true)])) : pseudo(item)));
  }
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([inner, item]) => [inner, pseudo(item, inner)]));
  return value;
}

export function pseudoLocale(base: Catalogue = enGB as Catalogue, tag = PSEUDO_LOCALE): Catalogue {
  return { ...(pseudo(base) as Catalogue), locale: tag };
}
