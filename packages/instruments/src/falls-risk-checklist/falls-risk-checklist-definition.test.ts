import { describe, expect, it } from 'vitest';
import { allItems, scoreInstrument } from '@otforms/core';
import { getInstrument } from '../catalogue.js';
import { noRiskFactors } from './falls-risk-checklist-reference-cases.js';

describe('Falls risk checklist', () => {
  const checklist = getInstrument('falls-risk-checklist')!;

  it('asks yes or no about each risk factor, and only counts the falls', () => {
    const items = allItems(checklist);
    expect(items.filter((item) => item.type !== 'yes-no').map((item) => [item.id, item.type])).toEqual([['fallCount', 'integer']]);
    expect(items.map((item) => item.id)).toEqual(
      expect.arrayContaining([
        'fallenPastYear',
        'fearOfFalling',
        'manyMedicines',
        'drowsyMedicines',
        'dizziness',
        'eyesight',
        'urgency',
        'unsafeFootwear',
        'usesWalkingAid',
        'getUpFromFloor',
      ]),
    );
  });

  it('has no score, and its notes say why', () => {
    expect(checklist.scoring).toBeUndefined();
    expect(scoreInstrument(checklist, { ...noRiskFactors, fallenPastYear: 'yes', fallCount: 3, fallInjured: 'yes' })).toMatchObject({
      total: null,
      itemScores: {},
    });
    expect(checklist.notes.join(' ')).toMatch(/no score on purpose/);
    for (const item of allItems(checklist)) if (item.type === 'yes-no') expect(item.scores, item.id).toBeUndefined();
  });

  it('names no published falls screen in anything shown', () => {
    const shown = [checklist.title, checklist.description, ...allItems(checklist).flatMap((item) => [item.label, item.hint])].join(' ');
    expect(shown).not.toMatch(/STEADI|Stay Independent|CDC|FRAT|FRAX|Tinetti/i);
  });

  it('suggests each recommendation as the kind, route and priority agreed for it', () => {
    const rules = Object.fromEntries(
      checklist.suggestions.map((rule) => [rule.id, [rule.recommend.kind, rule.recommend.route ?? null, rule.recommend.priority]]),
    );
    expect(rules).toEqual({
      'falls-service': ['referral-on', null, 'high'],
      'strength-balance': ['referral-on', null, 'routine'],
      'telecare-floor': ['technology-enabled-care', null, 'high'],
      'getting-up-practice': ['advice-signposting', null, 'routine'],
      'medication-review': ['referral-on', null, 'routine'],
      'eye-test': ['advice-signposting', 'self-purchase-signposting', 'routine'],
      continence: ['referral-on', null, 'routine'],
      footwear: ['advice-signposting', 'self-purchase-signposting', 'routine'],
      podiatry: ['referral-on', null, 'routine'],
      'walking-aid': ['equipment', 'community-equipment-service', 'routine'],
      memory: ['referral-on', null, 'routine'],
    });
  });

  it('is licensed to otforms contributors, free for any use', () => {
    expect(checklist.licence).toMatchObject({ holder: 'otforms contributors', commercialUseNeedsPermission: false });
  });
});
