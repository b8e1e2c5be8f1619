import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import type { QuestionItem } from '../definition/definition-schema.js';
import { fixturePhoto, homeVisitDefinition } from '../test-support/home-visit-definition.js';
import { emptyResponseState, ResponseStateSchema, type ResponseState } from './answers.js';
import { readInput } from './read-input.js';
import { validateAnswers, validateItem } from './validate-answers.js';

const definition = parseDefinition(homeVisitDefinition);
const item = (id: string) => definition.sections.flatMap((s) => s.items).find((i) => i.id === id) as QuestionItem;
const state = (patch: Partial<ResponseState>): ResponseState => ({ ...emptyResponseState(), ...patch });
const answered = { steps: 'no', matters: 'Seeing my grandchildren' };

describe('readInput for the home visit’s questions', () => {
  it('reads a measurement as a number, like a decimal', () => {
    expect(readInput(item('stepHeight'), ' 1,180 ')).toEqual({ kind: 'answer', value: 1180 });
    expect(readInput(item('doorWidth'), '76.5')).toEqual({ kind: 'answer', value: 76.5 });
    expect(readInput(item('doorWidth'), 76)).toEqual({ kind: 'answer', value: 76 });
    expect(readInput(item('stepHeight'), '18cm')).toEqual({ kind: 'invalid', text: '18cm' });
    expect(readInput(item('stepHeight'), '')).toEqual({ kind: 'empty' });
  });

  it('keeps own words exactly as typed, spaces and line breaks included, and counts only spaces as empty', () => {
    const words = '  To get up my own stairs \n again.  ';
    expect(readInput(item('matters'), words)).toEqual({ kind: 'answer', value: words });
    expect(readInput(item('matters'), ' \n\t ')).toEqual({ kind: 'empty' });
  });

  it('reads photos as their ids, from ids or from the attachments themselves, each once', () => {
    expect(readInput(item('accessPhotos'), ['p1', 'p2'])).toEqual({ kind: 'answer', value: ['p1', 'p2'] });
    expect(readInput(item('accessPhotos'), [fixturePhoto('p1'), fixturePhoto('p2'), fixturePhoto('p1')])).toEqual({ kind: 'answer', value: ['p1', 'p2'] });
    expect(readInput(item('accessPhotos'), [])).toEqual({ kind: 'empty' });
    expect(readInput(item('accessPhotos'), 'p1')).toEqual({ kind: 'empty' });
    expect(readInput(item('accessPhotos'), [{ id: '' }])).toEqual({ kind: 'invalid', text: '' });
  });
});

describe('validateAnswers for the home visit’s questions', () => {
  it('checks a measurement’s range with its unit and its decimal places (none by default)', () => {
    const answers = { ...answered, steps: 'yes', rail: 'yes' };
    expect(validateAnswers(definition, state({ answers: { ...answers, stepHeight: 450 } }), ['stepHeight'])).toEqual([
      { itemId: 'stepHeight', message: 'Height of the highest step must be 400 mm or less', problem: { kind: 'above-maximum', limit: 400, unit: 'mm' } },
    ]);
    expect(validateAnswers(definition, state({ answers: { ...answers, stepHeight: -1 } }), ['stepHeight'])).toEqual([
      { itemId: 'stepHeight', message: 'Height of the highest step must be 0 mm or more', problem: { kind: 'below-minimum', limit: 0, unit: 'mm' } },
    ]);
    expect(validateAnswers(definition, state({ answers: { ...answers, stepHeight: 180.5 } }), ['stepHeight'])).toEqual([
      { itemId: 'stepHeight', message: 'Height of the highest step must be a whole number', problem: { kind: 'not-whole-number' } },
    ]);
    expect(validateAnswers(definition, state({ answers: { ...answers, doorWidth: 76.55 } }), ['doorWidth'])).toEqual([
      { itemId: 'doorWidth', message: 'Front door width must have 1 decimal place or fewer', problem: { kind: 'decimal-places', max: 1 } },
    ]);
    expect(validateAnswers(definition, state({ invalidInputs: { stepHeight: '18cm' }, answers }), ['stepHeight'])).toEqual([
      { itemId: 'stepHeight', message: 'Height of the highest step must be a number', problem: { kind: 'not-number' } },
    ]);
    expect(validateAnswers(definition, state({ answers: { ...answers, stepHeight: 180 } }))).toEqual([]);
  });

  it('asks for own words, and limits their length without trimming them', () => {
    expect(validateAnswers(definition, state({ answers: { steps: 'no' } }))).toEqual([{ itemId: 'matters', message: 'Enter what matters to me', problem: { kind: 'missing', answer: 'value' } }]);
    expect(validateAnswers(definition, state({ answers: { ...answered, matters: `${'a'.repeat(499)} ` } }))).toEqual([]);
    expect(validateAnswers(definition, state({ answers: { ...answered, matters: `${'a'.repeat(500)} ` } }))).toEqual([
      { itemId: 'matters', message: 'What matters to me must be 500 characters or fewer', problem: { kind: 'too-long', maxLength: 500 } },
    ]);
  });

  it('needs every photo of an answer among the attachments, and no more photos than allowed', () => {
    const attachments = { p1: fixturePhoto('p1'), p2: fixturePhoto('p2'), p3: fixturePhoto('p3') };
    expect(validateAnswers(definition, state({ answers: { ...answered, accessPhotos: ['p1', 'p2'] }, attachments }))).toEqual([]);
    expect(validateAnswers(definition, state({ answers: { ...answered, accessPhotos: ['p1', 'p9'] }, attachments }))).toEqual([
      { itemId: 'accessPhotos', message: 'A photo for photos of the entrance could not be read; add it again', problem: { kind: 'unreadable-photo' } },
    ]);
    expect(validateAnswers(definition, state({ answers: { ...answered, accessPhotos: ['p1', 'p2', 'p3'] }, attachments }))).toEqual([
      { itemId: 'accessPhotos', message: 'Add no more than 2 photos for photos of the entrance', problem: { kind: 'too-many-photos', max: 2 } },
    ]);
    // An id that Object.prototype has is not a photo.
    expect(validateItem(item('accessPhotos'), state({ answers: { accessPhotos: ['constructor'] } }))).toBe('A photo for photos of the entrance could not be read; add it again');
  });

  it('asks for a required photo', () => {
    const required = parseDefinition({ ...homeVisitDefinition, sections: [{ id: 's', title: 'S', items: [{ id: 'front', type: 'photo', label: 'Front door' }] }], suggestions: [] });
    expect(validateAnswers(required, emptyResponseState())).toEqual([{ itemId: 'front', message: 'Add a photo for front door', problem: { kind: 'missing', answer: 'photo' } }]);
  });

  it('refuses photos over the definition’s budget, with the message the photo question shows', () => {
    const attachments = { p1: fixturePhoto('p1', 'accessPhotos', 600), p2: fixturePhoto('p2', 'accessPhotos', 500) };
    expect(validateAnswers(definition, state({ answers: { ...answered, accessPhotos: ['p1', 'p2'] }, attachments }))).toEqual([
      { itemId: 'accessPhotos', message: 'The photos are too large to keep with this record (1.1 kB of 1 kB). Remove a photo.', problem: { kind: 'photos-too-large', totalBytes: 1100, budgetBytes: 1000 } },
    ]);
    // Photos kept in the draft but no longer in the answer do not count.
    expect(validateAnswers(definition, state({ answers: { ...answered, accessPhotos: ['p1'] }, attachments }))).toEqual([]);
  });
});

describe('ResponseStateSchema', () => {
  it('reads a draft saved before photos existed, with no attachments', () => {
    expect(ResponseStateSchema.parse({ answers: { steps: 'no' }, invalidInputs: {}, notAssessed: [] })).toEqual({
      answers: { steps: 'no' },
      invalidInputs: {},
      notAssessed: [],
      attachments: {},
    });
    expect(emptyResponseState().attachments).toEqual({});
  });
});
