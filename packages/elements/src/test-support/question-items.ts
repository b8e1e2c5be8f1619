import { parseDefinition, type QuestionItem } from '@otforms/core';

/**
 * One fictional, required question with a hint for each kind of answer the controls take, parsed by
 * core so that every default is filled in as it is for a real definition.
 */
const definition = parseDefinition({
  id: 'question-controls',
  version: '1.0.0',
  title: 'Question controls',
  citation: 'Written for the otforms tests.',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' },
  sections: [
    {
      id: 'only',
      title: 'Every kind of question',
      items: [
        {
          id: 'kettle',
          type: 'single-choice',
          label: 'Using the kettle',
          hint: 'As on a usual day',
          allowNotAssessed: true,
          options: [
            { code: 'unable', label: 'Unable' },
            { code: 'with-help', label: 'With help' },
            { code: 'alone', label: 'Alone' },
          ],
        },
        { id: 'livesAlone', type: 'yes-no', label: 'Lives alone', hint: 'Most nights of the week' },
        {
          id: 'aids',
          type: 'multiple-choice',
          label: 'Walking aids used',
          hint: 'Select all that apply',
          options: [
            { code: 'stick', label: 'Walking stick' },
            { code: 'frame', label: 'Walking frame' },
            { code: 'wheelchair', label: 'Wheelchair' },
          ],
        },
        { id: 'carerVisits', type: 'integer', label: 'Carer visits a week', hint: 'Count each visit', min: 0, max: 28 },
        { id: 'weight', type: 'decimal', label: 'Weight', hint: 'To the nearest 0.1 kg', unit: 'kg', min: 0, decimalPlaces: 1 },
        { id: 'pet', type: 'text', label: 'Name of pet', hint: 'If there is one' },
        { id: 'notes', type: 'text', label: 'Notes', hint: 'What the person said', multiline: true, maxLength: 200 },
        { id: 'visitedOn', type: 'date', label: 'Date of the visit', hint: 'For example, 27 3 2026' },
        { id: 'stepHeight', type: 'measurement', label: 'Height of the front step', hint: 'From the path to the top of the step', unit: 'mm', min: 0, max: 400 },
        { id: 'whatMatters', type: 'own-words', label: 'What matters to me', hint: 'Ask the person; write their answer down', maxLength: 500 },
      ],
    },
  ],
});

export const questionItems: ReadonlyMap<string, QuestionItem> = new Map(
  definition.sections.flatMap((section) => section.items.map((item) => [item.id, item as QuestionItem])),
);

export function questionItem(id: string): QuestionItem {
  const item = questionItems.get(id);
  if (!item) throw new Error(`No question item ${id}`);
  return item;
}
