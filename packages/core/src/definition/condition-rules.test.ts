import { describe, expect, it } from 'vitest';
import { choice, definitionOf, group, issuesOf, multipleChoice, numberItem, textItem, yesNo } from '../test-support/definition-builders.js';
import { definitionMessageTemplates, isKnownDefinitionMessage, matchesTemplate } from '../test-support/definition-messages.js';

type Condition = { item: string; operator: string; value?: string | number };

/**
 * a: single-choice (no, yes)   b: yes-no   n: integer   t: text
 * m: multiple-choice (bath, bed)   g: group of gc (integer) and gt (text)
 */
function withConditions(conditions: Partial<Record<'a' | 'b' | 'n' | 't' | 'm' | 'g' | 'gc', Condition[]>>, scoring?: Record<string, unknown>) {
  const on = (id: keyof typeof conditions) => (conditions[id] ? { enableWhen: conditions[id] } : {});
  return definitionOf(
    [
      choice('a', undefined, on('a')),
      yesNo('b', on('b')),
      numberItem('n', 'integer', on('n')),
      textItem('t', on('t')),
      multipleChoice('m', [['bath', undefined], ['bed', undefined]], on('m')),
      group('g', [numberItem('gc', 'integer', on('gc')), textItem('gt')], on('g')),
    ],
    scoring,
  );
}

const cases: { name: string; input: Record<string, unknown>; issues: { path: string; message: string }[] }[] = [
  {
    name: 'a condition on a question inside a repeating group',
    input: withConditions({ gc: [{ item: 'a', operator: 'answered' }] }),
    issues: [{ path: 'sections[0].items[5].items[0].enableWhen', message: 'Conditions inside a repeating group are not supported (item "gc" in group "g")' }],
  },
  {
    name: 'a condition on an unknown item',
    input: withConditions({ t: [{ item: 'nowhere', operator: 'answered' }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].item', message: 'Condition refers to item "nowhere", which is not in the definition' }],
  },
  {
    name: 'a question that depends on itself (reported once, not again as a loop)',
    input: withConditions({ b: [{ item: 'b', operator: 'answered' }] }),
    issues: [{ path: 'sections[0].items[1].enableWhen[0].item', message: 'Item "b" cannot depend on its own answer' }],
  },
  {
    name: 'a loop a → b → a',
    input: withConditions({ a: [{ item: 'b', operator: 'equals', value: 'yes' }], b: [{ item: 'a', operator: 'equals', value: 'yes' }] }),
    issues: [{ path: 'sections[0].items[0].enableWhen', message: 'Conditions form a loop: a → b → a' }],
  },
  {
    name: 'a longer loop, through the second condition of an item',
    input: withConditions({
      a: [{ item: 'm', operator: 'answered' }, { item: 'n', operator: 'greaterThan', value: 2 }],
      n: [{ item: 't', operator: 'answered' }],
      t: [{ item: 'a', operator: 'notAnswered' }],
    }),
    issues: [{ path: 'sections[0].items[0].enableWhen', message: 'Conditions form a loop: a → n → t → a' }],
  },
  {
    name: 'a loop once, even when an item has two conditions on the same question',
    input: withConditions({
      n: [{ item: 'g', operator: 'answered' }],
      g: [{ item: 't', operator: 'answered' }],
      t: [{ item: 'n', operator: 'greaterThan', value: 1 }, { item: 'n', operator: 'lessThan', value: 5 }],
    }),
    issues: [{ path: 'sections[0].items[2].enableWhen', message: 'Conditions form a loop: n → g → t → n' }],
  },
  {
    name: 'a loop through a repeating group: the group shown by a question that is shown once the group has entries',
    input: withConditions({ g: [{ item: 'b', operator: 'answered' }], b: [{ item: 'g', operator: 'answered' }] }),
    issues: [{ path: 'sections[0].items[1].enableWhen', message: 'Conditions form a loop: b → g → b' }],
  },
  {
    name: 'two loops that share a question, each once',
    input: withConditions({
      a: [{ item: 'b', operator: 'answered' }],
      b: [{ item: 'a', operator: 'answered' }, { item: 'n', operator: 'answered' }],
      n: [{ item: 'b', operator: 'answered' }],
    }),
    issues: [
      { path: 'sections[0].items[0].enableWhen', message: 'Conditions form a loop: a → b → a' },
      { path: 'sections[0].items[1].enableWhen', message: 'Conditions form a loop: b → n → b' },
    ],
  },
  {
    name: 'a condition on a question inside a repeating group, from outside it',
    input: withConditions({ t: [{ item: 'gc', operator: 'answered' }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].item', message: 'Condition refers to "gc" inside repeating group "g"; refer to a question outside any group' }],
  },
  {
    name: 'a repeating group compared with a value',
    input: withConditions({ t: [{ item: 'g', operator: 'equals', value: 'x' }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].operator', message: 'A repeating group ("g") can only be tested with answered or notAnswered' }],
  },
  {
    name: 'a value given to an operator that takes none',
    input: withConditions({ t: [{ item: 'a', operator: 'notAnswered', value: 'yes' }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].value', message: 'Operator "notAnswered" takes no value' }],
  },
  {
    name: 'a missing value',
    input: withConditions({ t: [{ item: 'a', operator: 'equals' }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].value', message: 'Operator "equals" needs a value to compare with' }],
  },
  {
    name: 'greaterThan on a question that is not a number',
    input: withConditions({ t: [{ item: 'a', operator: 'greaterThan', value: 1 }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].operator', message: '"greaterThan" needs a number question; "a" is single-choice' }],
  },
  {
    name: 'lessThan with text for a number question',
    input: withConditions({ t: [{ item: 'n', operator: 'lessThan', value: '3' }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].value', message: 'Compare "n" with a number' }],
  },
  {
    name: 'equals with a number for a text question',
    input: withConditions({ n: [{ item: 't', operator: 'equals', value: 3 }] }),
    issues: [{ path: 'sections[0].items[2].enableWhen[0].value', message: 'Compare "t" with text in quotes' }],
  },
  {
    name: 'equals with text for a number question',
    input: withConditions({ t: [{ item: 'n', operator: 'equals', value: 'three' }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].value', message: 'Compare "n" with a number' }],
  },
  {
    name: 'a value a single-choice question cannot have',
    input: withConditions({ t: [{ item: 'a', operator: 'equals', value: 'maybe' }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].value', message: '"maybe" is not an answer of "a" (use one of: no, yes)' }],
  },
  {
    name: 'a value a yes-no question cannot have',
    input: withConditions({ t: [{ item: 'b', operator: 'notEquals', value: 'true' }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].value', message: '"true" is not an answer of "b" (use one of: yes, no)' }],
  },
  {
    name: 'a value a multiple-choice question cannot have',
    input: withConditions({ t: [{ item: 'm', operator: 'equals', value: 1 }] }),
    issues: [{ path: 'sections[0].items[3].enableWhen[0].value', message: '"1" is not an answer of "m" (use one of: bath, bed)' }],
  },
  {
    name: 'a photo question compared with a value',
    input: definitionOf([{ id: 'p', type: 'photo', label: 'Photos' }, textItem('t', { enableWhen: [{ item: 'p', operator: 'equals', value: 'x' }] })]),
    issues: [{ path: 'sections[0].items[1].enableWhen[0].operator', message: 'A photo question ("p") can only be tested with answered or notAnswered' }],
  },
  {
    name: 'two suggestion rules with one id, checked like enableWhen',
    input: {
      ...withConditions({}),
      suggestions: [
        { id: 'rail', when: [{ item: 'n', operator: 'greaterThan', value: 150 }], recommend: { kind: 'equipment', what: 'A rail' }, reason: 'High step' },
        { id: 'rail', when: [{ item: 'gc', operator: 'answered' }, { item: 't', operator: 'equals', value: 3 }], recommend: { kind: 'equipment', what: 'A rail' }, reason: 'Again' },
      ],
    },
    issues: [
      { path: 'suggestions[1].id', message: 'Suggestion rule id "rail" is used more than once' },
      { path: 'suggestions[1].when[0].item', message: 'Condition refers to "gc" inside repeating group "g"; refer to a question outside any group' },
      { path: 'suggestions[1].when[1].value', message: 'Compare "t" with text in quotes' },
    ],
  },
  {
    name: 'an unknown item in a rule that withholds the total',
    input: withConditions({}, { method: 'none', noTotalWhen: [{ enableWhen: [{ item: 'a', operator: 'answered' }, { item: 'zz', operator: 'answered' }], reason: 'Because' }] }),
    issues: [{ path: 'scoring.noTotalWhen[0].enableWhen[1].item', message: 'Condition refers to item "zz", which is not in the definition' }],
  },
];

describe('condition rules', () => {
  it('accept conditions on earlier and later questions, groups tested for answers, and numbers compared with numbers', () => {
    const input = withConditions({
      a: [{ item: 'b', operator: 'equals', value: 'yes' }],
      n: [{ item: 'g', operator: 'answered' }],
      t: [
        { item: 'n', operator: 'greaterThan', value: 2.5 },
        { item: 'n', operator: 'equals', value: 3 },
        { item: 'm', operator: 'equals', value: 'bath' },
        { item: 'a', operator: 'notEquals', value: 'no' },
      ],
      g: [{ item: 'b', operator: 'answered' }],
    });
    expect(issuesOf(input)).toEqual([]);
  });

  for (const { name, input, issues } of cases) {
    it(`report ${name}`, () => expect(issuesOf(input)).toEqual(issues));
  }

  it('have a case above for every message in condition-rules.ts', () => {
    const messages = cases.flatMap((testCase) => testCase.issues.map((issue) => issue.message));
    for (const template of definitionMessageTemplates.conditions) {
      expect(messages.some((message) => matchesTemplate(message, template)), template).toBe(true);
    }
    expect(messages.every(isKnownDefinitionMessage)).toBe(true);
  });
});
