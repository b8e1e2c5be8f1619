import type { InstrumentDefinition, Item, OwnWordsItem } from '../definition/definition-schema.js';
import type { Answer, Answers } from './answers.js';

/**
 * The person's own words, picked out of the answers the same way wherever
 * they are shown, seeded into goals or exported. `readInput` never stores an
 * own-words answer that is only space, but a record built elsewhere may hold
 * one; it counts as no answer here, once, so no caller checks it again.
 */

/** An answer as own words: the text exactly as given (never trimmed), or null when it is not text or only space. */
export function ownWordsText(answer: Answer | undefined): string | null {
  return typeof answer === 'string' && answer.trim() !== '' ? answer : null;
}

export interface OwnWordsAnswer {
  item: OwnWordsItem;
  /** Exactly as the person said it. */
  text: string;
}

/**
 * The own-words questions that have an answer, with it, in the definition's
 * order (the order the person was asked). Top-level questions of the
 * definition, or of the items given (for example one section's).
 */
export function ownWordsAnswers(from: InstrumentDefinition | readonly Item[], answers: Readonly<Answers>): OwnWordsAnswer[] {
  const items: readonly Item[] = isItemList(from) ? from : from.sections.flatMap((section) => section.items);
  return items.flatMap((item) => {
    if (item.type !== 'own-words') return [];
    const text = ownWordsText(answers[item.id]);
    return text === null ? [] : [{ item, text }];
  });
}

const isItemList = (from: InstrumentDefinition | readonly Item[]): from is readonly Item[] => Array.isArray(from);
