import { describe, expect, it } from 'vitest';
import { effectiveAnswers, enabledItemIds } from '../conditions/enable-when.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { fixturePhoto, homeVisitDefinition } from '../test-support/home-visit-definition.js';
import type { Answers } from './answers.js';
import { photoItems, referencedAttachments } from './photo-answers.js';
import { photosCounted } from './validate-photos.js';

/** The home visit, with a second photo question after 300 others, the first shown only when there are steps. */
const definition = parseDefinition({
  ...homeVisitDefinition,
  sections: [
    {
      id: 'access',
      title: 'Access',
      items: [
        { id: 'steps', type: 'yes-no', label: 'Steps to the front door' },
        { id: 'stepPhotos', type: 'photo', label: 'Photos of the steps', maxPhotos: 2, required: false, enableWhen: [{ item: 'steps', operator: 'equals', value: 'yes' }] },
        ...Array.from({ length: 300 }, (_, at) => ({ id: `note${at}`, type: 'text' as const, label: `Note ${at + 1}`, required: false })),
        { id: 'doorPhotos', type: 'photo', label: 'Photos of the door', maxPhotos: 2, required: false },
      ],
    },
  ],
  suggestions: [],
});

const attachments = { p1: fixturePhoto('p1', 'stepPhotos'), p2: fixturePhoto('p2', 'doorPhotos'), p3: fixturePhoto('p3', 'doorPhotos') };
const notes = Object.fromEntries(Array.from({ length: 300 }, (_, at) => [`note${at}`, 'fine']));

/** The answers, counting which ids are read. */
function counted(answers: Answers): { answers: Answers; read: string[] } {
  const read: string[] = [];
  const proxy = new Proxy(answers, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.push(key);
      return Reflect.get(target, key, receiver);
    },
  });
  return { answers: proxy, read };
}

describe('the photos a record carries', () => {
  it('finds the photo questions once per definition, in definition order', () => {
    expect(photoItems(definition).map((item) => item.id)).toEqual(['stepPhotos', 'doorPhotos']);
    expect(photoItems(definition)).toBe(photoItems(definition));
  });

  it('reads the answers of photo questions only, however long the form (issue 15: it runs on every answer)', () => {
    const { answers, read } = counted({ steps: 'yes', stepPhotos: ['p1'], ...notes, doorPhotos: ['p2', 'p1'] });
    expect(referencedAttachments(definition, answers, attachments).found.map((photo) => photo.id)).toEqual(['p1', 'p2']);
    expect(read).toEqual(['stepPhotos', 'doorPhotos']);
  });

  it('leaves out, with `shown`, exactly what effectiveAnswers leaves out', () => {
    for (const steps of ['yes', 'no']) {
      const answers = { steps, stepPhotos: ['p1', 'p9'], ...notes, doorPhotos: ['p2', 'p3'] };
      const shown = enabledItemIds(definition, answers);
      expect(referencedAttachments(definition, answers, attachments, shown)).toEqual(referencedAttachments(definition, effectiveAnswers(definition, answers, shown), attachments));
    }
    const hidden = { steps: 'no', stepPhotos: ['p1'], doorPhotos: ['p2'] };
    expect(referencedAttachments(definition, hidden, attachments, enabledItemIds(definition, hidden)).found.map((photo) => photo.id)).toEqual(['p2']);
  });

  it('counts against the budget only the photos of shown questions, reading no other answer', () => {
    const { answers, read } = counted({ steps: 'no', stepPhotos: ['p1'], ...notes, doorPhotos: ['p2'] });
    const shown = enabledItemIds(definition, { steps: 'no' });
    expect(photosCounted(definition, { answers, invalidInputs: {}, notAssessed: [], attachments }, shown).map((photo) => photo.id)).toEqual(['p2']);
    expect(read).toEqual(['doorPhotos']);
  });
});
