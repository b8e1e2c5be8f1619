import { createContext } from '@lit/context';
import type { LocaleMessages } from './catalogue.js';

/**
 * What an otforms element tells the otforms elements it renders (a question in
 * an assessment, the goal plan in an episode): the language it resolved and the
 * host's words given to it or to any element around it, so a nested element
 * speaks the same language with the same words without the host reaching in.
 */
export interface LocaleState {
  /** The language asked for (a BCP 47 tag), before it is matched to a catalogue. */
  lang: string | null;
  /** Every element's `messages` from the outermost in, merged; undefined when none were given. */
  messages: LocaleMessages | undefined;
  /**
   * The element that resolved `lang`: a nested element takes `lang` from the context only when no
   * element with its own `lang` lies between them (a `<section lang="en-GB">` the host slotted, say).
   */
  from?: Element;
}

export const localeContext = createContext<LocaleState | undefined>(Symbol('otforms-locale'));
