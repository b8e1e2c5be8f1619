import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '@otforms/core';
import { getInstrument } from '../catalogue.js';

describe('Person-rated occupational performance', () => {
  const pattern = getInstrument('person-rated-performance')!;

  it('collects 1 to 5 activities, each rated 1–10, with the review ratings optional', () => {
    const group = pattern.sections[0]?.items[0];
    expect(group).toMatchObject({ id: 'activities', type: 'group', entryLabel: 'Activity', minEntries: 1, maxEntries: 5 });
    if (group?.type !== 'group') return;
    expect(group.items.map((item) => [item.id, item.type, item.required])).toEqual([
      ['activity', 'text', true],
      ['importance', 'integer', true],
      ['performance', 'integer', true],
      ['satisfaction', 'integer', true],
      ['performanceAtReview', 'integer', false],
      ['satisfactionAtReview', 'integer', false],
    ]);
    for (const item of group.items) if (item.type === 'integer') expect([item.min, item.max]).toEqual([1, 10]);
  });

  it('flags a change of exactly 2 points', () => {
    const entry = { activity: 'Dress', importance: 7, performance: 4, satisfaction: 5, performanceAtReview: 6, satisfactionAtReview: 6 };
    expect(scoreInstrument(pattern, { activities: [entry] }).flags).toEqual({
      'meaningful-performance-change': true,
      'meaningful-satisfaction-change': false,
    });
  });

  it('never names COPM in anything a person or assessor sees', () => {
    const group = pattern.sections[0]?.items[0];
    const shown = [
      pattern.title, pattern.description, pattern.citation, ...pattern.sections.map((section) => section.title),
      ...(group?.type === 'group' ? [group.label, group.hint, ...group.items.flatMap((item) => [item.label, item.hint])] : []),
      ...(pattern.scoring?.groupScores.map((score) => score.label) ?? []),
      ...(pattern.scoring?.thresholds.map((threshold) => threshold.label) ?? []),
    ].join(' ');
    expect(shown).not.toMatch(/COPM|Canadian/i);
  });
});
