import type { InstrumentDefinitionInput } from '@otforms/core';
import { chosenOptionIndex } from './generate-definition.js';

/** One answer as the driver gives it: the item and the text or code a person enters. */
export interface BenchAnswer {
  itemId: string;
  input: string;
  /** The last item of its section: the driver presses Continue after it. */
  endsSection: boolean;
}

/**
 * The answers `driver.ts` gives a generated definition, in its order, for
 * replaying without a page (Node measurements, DOM-free tests). Every
 * follow-up's trigger comes before it and gets the answer that shows it, so
 * every item is answered, as in the page.
 */
export function answerSequence(definition: InstrumentDefinitionInput): BenchAnswer[] {
  const answers: BenchAnswer[] = [];
  let position = 0;
  definition.sections.forEach((section, s) => {
    section.items.forEach((item, i) => {
      const isLast = s === definition.sections.length - 1 && i === section.items.length - 1;
      const endsSection = i === section.items.length - 1;
      const at = position++;
      if (item.type === 'single-choice') {
        answers.push({ itemId: item.id, input: item.options[chosenOptionIndex(at, item.options.length, isLast)]!.code, endsSection });
      } else if (item.type === 'integer') {
        answers.push({ itemId: item.id, input: String((at * 13) % 101), endsSection });
      } else {
        throw new Error(`bench: no answer for ${item.id} (${item.type})`);
      }
    });
  });
  return answers;
}
