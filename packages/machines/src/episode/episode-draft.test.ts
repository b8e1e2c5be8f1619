import { describe, expect, it } from 'vitest';
import { addRow, emptyDraft, episodeRowFields, type EpisodeList } from './episode-draft.js';

describe('the episode’s rows', () => {
  it('start with every field of the table blank, in the order the page shows them', () => {
    for (const list of Object.keys(episodeRowFields) as EpisodeList[]) {
      const [row] = addRow(emptyDraft(), list)[list];
      expect(Object.entries(row!), list).toEqual(episodeRowFields[list].map((field) => [field, '']));
    }
  });

  it('list every list of the draft, each led by the field a person fills in first', () => {
    expect(Object.fromEntries(Object.entries(episodeRowFields).map(([list, fields]) => [list, fields[0]]))).toEqual({
      equipment: 'item',
      minorAdaptations: 'description',
      majorAdaptations: 'description',
      advice: 'text',
      followUp: 'kind',
    });
    const lists = Object.entries(emptyDraft()).filter(([, value]) => Array.isArray(value)).map(([list]) => list);
    expect(Object.keys(episodeRowFields).sort()).toEqual(lists.sort());
  });
});
