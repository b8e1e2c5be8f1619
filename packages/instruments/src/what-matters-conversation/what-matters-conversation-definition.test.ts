import { describe, expect, it } from 'vitest';
import { allItems, buildOutcomeRecord, emptyResponseState, validateAnswers } from '@otforms/core';
import { getInstrument } from '../catalogue.js';

describe('What matters to me: a strengths-based conversation', () => {
  const conversation = getInstrument('what-matters-conversation')!;

  it('asks four questions in the person’s own words, in an interview', () => {
    expect(conversation.administrationModes).toEqual(['interview']);
    expect(allItems(conversation).map((item) => [item.id, item.type, item.required])).toEqual([
      ['whatMatters', 'own-words', true],
      ['strengths', 'own-words', false],
      ['whoHelps', 'own-words', false],
      ['community', 'own-words', false],
    ]);
  });

  it('has no score and suggests nothing', () => {
    expect(conversation.scoring).toBeUndefined();
    expect(conversation.suggestions).toEqual([]);
  });

  it('keeps the words exactly as typed in the record, spaces and line breaks included', () => {
    const answers = { whatMatters: '  Seeing my grandson.\nGetting back to the allotment  ' };
    const responses = { ...emptyResponseState(), answers };
    expect(validateAnswers(conversation, responses)).toEqual([]);
    const record = buildOutcomeRecord(conversation, responses, {
      recordId: '9b1f3c1e-2d4a-4c6b-8e0f-1a2b3c4d5e6f',
      startedAt: '2026-03-02T10:00:00Z',
      completedAt: '2026-03-02T10:20:00Z',
    });
    expect(record.answers).toEqual(answers);
    expect(record.total).toBeNull();
  });

  it('needs what matters, and nothing else', () => {
    expect(validateAnswers(conversation, emptyResponseState()).map((error) => error.itemId)).toEqual(['whatMatters']);
  });
});
