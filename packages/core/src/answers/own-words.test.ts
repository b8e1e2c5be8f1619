import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import { definitionOf } from '../test-support/definition-builders.js';
import { ownWordsAnswers, ownWordsText } from './own-words.js';

const definition = parseDefinition(
  definitionOf([
    [
      { id: 'strengths', type: 'own-words', label: 'What I am good at' },
      { id: 'name', type: 'text', label: 'Preferred name' },
    ],
    [{ id: 'matters', type: 'own-words', label: 'What matters to me' }],
  ]),
);

describe('ownWordsText', () => {
  it('keeps the words exactly, spaces and line breaks included', () => {
    expect(ownWordsText('  Getting to the allotment\non Sundays ')).toBe('  Getting to the allotment\non Sundays ');
  });

  it('counts only space, no text and other answers as no own words', () => {
    expect(ownWordsText(' \n\t')).toBeNull();
    expect(ownWordsText('')).toBeNull();
    expect(ownWordsText(undefined)).toBeNull();
    expect(ownWordsText(3)).toBeNull();
    expect(ownWordsText(['a'])).toBeNull();
  });
});

describe('ownWordsAnswers', () => {
  it('gives the answered own-words questions in the definition’s order, exactly as given', () => {
    const answers = { matters: 'Seeing my grandson ', name: 'Pat', strengths: 'Cooking' };
    expect(ownWordsAnswers(definition, answers).map(({ item, text }) => [item.id, item.label, text])).toEqual([
      ['strengths', 'What I am good at', 'Cooking'],
      ['matters', 'What matters to me', 'Seeing my grandson '],
    ]);
  });

  it('passes over blank answers and reads a list of items as it reads a definition', () => {
    const answers = { strengths: '   ', matters: 'Gardening' };
    expect(ownWordsAnswers(definition, answers).map(({ text }) => text)).toEqual(['Gardening']);
    expect(ownWordsAnswers(definition.sections[0]!.items, { strengths: 'Cooking', matters: 'Gardening' }).map(({ text }) => text)).toEqual(['Cooking']);
  });
});
