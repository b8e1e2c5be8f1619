import fc from 'fast-check';
import type { Answers } from '../answers/answers.js';
import type { InstrumentDefinition, Item, QuestionItem } from '../definition/definition-schema.js';

/**
 * Answers of any kind for the property tests: codes a definition uses, numbers
 * in and out of range (NaN and infinities too), lists of codes, repeating
 * group entries, and arbitrary JSON. Scoring and validation must cope with
 * all of them, since answers arrive from storage and from other systems.
 */

const codes = ['o0', 'o1', 'o2', 'o3', 'yes', 'no', 'none', 'minor', 'major', 'bathroom', 'bedroom', 'kitchen', 'alone', 'help'];

const questionAnswer = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...codes) },
  { weight: 3, arbitrary: fc.integer({ min: -2, max: 14 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.subarray(codes, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '2023-02-29', 'some text', '') },
);

/** Answers keyed by the given item ids (and one unknown id), with entries keyed by the given member ids. */
export function answersFor(itemIds: readonly string[], memberIds: readonly string[]): fc.Arbitrary<Answers> {
  const entry = fc.dictionary(fc.constantFrom(...memberIds, 'stranger'), fc.oneof(questionAnswer, fc.jsonValue({ maxDepth: 1 })), { maxKeys: 3 });
  const answer = fc.oneof(
    { weight: 6, arbitrary: questionAnswer },
    { weight: 2, arbitrary: fc.array(entry, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
  // Answers come from JSON and from storage, so any value may appear; the cast says so.
  return fc.dictionary(fc.constantFrom(...itemIds, 'stranger'), answer, { maxKeys: itemIds.length + 1 }) as fc.Arbitrary<Answers>;
}

/** The ids `coherentDefinition` uses: `q0`…`q6`, and `q0_0`… for group members. */
export const coherentItemIds = Array.from({ length: 7 }, (_, index) => `q${index}`);
export const coherentMemberIds = coherentItemIds.flatMap((id) => [0, 1, 2].map((child) => `${id}_${child}`));

/** Answers for definitions made by `coherentDefinition`. */
export const coherentAnswers = answersFor(coherentItemIds, coherentMemberIds);

/** One more answer for any question. */
export const anyAnswer = fc.oneof(questionAnswer, fc.array(fc.dictionary(fc.string({ maxLength: 6 }), questionAnswer, { maxKeys: 2 }), { maxLength: 2 }));

/** Mostly an answer the question accepts (within range, a real code); now and then one it does not. */
function answerFor(item: Item): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 6, arbitrary: likelyAnswer(item) }, { weight: 1, arbitrary: questionAnswer });
}

function likelyAnswer(item: Item): fc.Arbitrary<unknown> {
  switch (item.type) {
    case 'single-choice':
      return fc.constantFrom(...item.options.map((option) => option.code));
    case 'multiple-choice':
      return fc.subarray(item.options.map((option) => option.code), { minLength: 1 });
    case 'yes-no':
      return fc.constantFrom('yes', 'no');
    case 'integer':
    case 'decimal':
    case 'duration':
    case 'measurement': {
      const min = item.min ?? 0;
      const max = item.max ?? min + 20;
      const inRange = item.type === 'integer' ? fc.integer({ min, max }) : fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true }));
      // Now and then just outside the range, which scoring must count as missing.
      return fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1) });
    }
    case 'text':
      return fc.constantFrom('Some words', 'More words');
    case 'own-words':
      return fc.constantFrom('  Getting to the shops again ', 'My garden');
    case 'photo':
      return fc.constant(['photo-1']);
    case 'date':
      return fc.constant('2026-01-31');
    case 'group': {
      const members = Object.fromEntries(item.items.map((child: QuestionItem) => [child.id, answerFor(child)]));
      return fc.array(fc.record(members, { requiredKeys: [] }), { maxLength: 3 });
    }
  }
}

/** Answers shaped by a definition: most questions answered, most answers fitting. */
export function answersForDefinition(definition: InstrumentDefinition): fc.Arbitrary<Answers> {
  const entries = definition.sections.flatMap((section) => section.items).map((item) => [item.id, answerFor(item)] as const);
  // Answers come from JSON and from storage, so any value may appear; the cast says so.
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] }) as fc.Arbitrary<Answers>;
}
