import type { InstrumentDefinitionInput } from '../definition/definition-schema.js';

/**
 * A fictional definition with every kind of text a definition can show, and
 * a full Welsh translation of it. A test fixture, not an instrument; the
 * Welsh is there to exercise the code, not to be used.
 */
export const translatedDefinition = {
  id: 'translated',
  version: '1.0.0',
  title: 'Getting about',
  description: 'How the person gets about at home.',
  citation: 'Written for the otforms tests.',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' },
  notes: ['Ask about a usual day.'],
  languages: ['en-GB', 'cy'],
  sections: [
    {
      id: 'moving',
      title: 'Moving',
      description: 'Indoors only.',
      items: [
        {
          id: 'walk',
          type: 'single-choice',
          label: 'Walking',
          hint: 'With any aid they use',
          options: [
            { code: 'unable', label: 'Unable', score: 0 },
            { code: 'with-help', label: 'With help', score: 1 },
            { code: 'alone', label: 'Alone', score: 2 },
          ],
        },
        {
          id: 'stairs',
          type: 'single-choice',
          label: 'Stairs',
          options: [
            { code: 'unable', label: 'Unable', score: 0 },
            { code: 'with-help', label: 'With help', score: 1 },
            { code: 'alone', label: 'Alone', score: 2 },
          ],
        },
        { id: 'steps', type: 'integer', label: 'Steps to the door', unit: 'steps', min: 0, max: 50, required: false },
        { id: 'step-height', type: 'measurement', label: 'Step height', unit: 'mm', required: false },
        { id: 'rail', type: 'yes-no', label: 'Is there a rail?', enableWhen: [{ item: 'stairs', operator: 'notEquals', value: 'unable' }] },
      ],
    },
    {
      id: 'days',
      title: 'Days out',
      items: [
        {
          id: 'outings',
          type: 'group',
          label: 'Outings this week',
          entryLabel: 'Outing',
          required: false,
          items: [
            { id: 'where', type: 'text', label: 'Where to' },
            {
              id: 'ease',
              type: 'single-choice',
              label: 'How easy was it?',
              options: [
                { code: 'hard', label: 'Hard', score: 0 },
                { code: 'easy', label: 'Easy', score: 1 },
              ],
            },
          ],
        },
      ],
    },
  ],
  scoring: {
    items: ['walk', 'stairs'],
    totalLabel: 'Total',
    alternativeScales: [{ id: 'doubled', label: 'Out of 8', multiplier: 2 }],
    bandSets: [
      {
        id: 'simple',
        label: 'Simple',
        source: 'Made up for the tests',
        bands: [
          { min: 0, max: 1, label: 'Low' },
          { min: 2, max: 4, label: 'High' },
        ],
      },
    ],
    subscales: [{ id: 'walking', label: 'Walking score', items: ['walk'] }],
    groupScores: [{ id: 'ease-score', label: 'Ease of outings', group: 'outings', item: 'ease' }],
    differences: [{ id: 'change', label: 'Ease minus walking', from: 'walking', to: 'ease-score' }],
    thresholds: [{ id: 'low', label: 'Low mobility', operator: 'below', value: 2 }],
    noTotalWhen: [{ enableWhen: [{ item: 'walk', operator: 'equals', value: 'unable' }], reason: 'Walking could not be assessed' }],
  },
  suggestions: [
    {
      id: 'stair-rail',
      when: [{ item: 'rail', operator: 'equals', value: 'no' }],
      recommend: { kind: 'minor-adaptation', what: 'Fit a stair rail' },
      reason: 'There is no rail on the stairs',
    },
  ],
  translations: {
    cy: {
      source: 'Welsh for the otforms tests',
      title: 'Symud o gwmpas',
      description: 'Sut mae’r person yn symud o gwmpas yn y cartref.',
      notes: ['Gofynnwch am ddiwrnod arferol.'],
      sections: {
        moving: { title: 'Symud', description: 'Dan do yn unig.' },
        days: { title: 'Diwrnodau allan' },
      },
      items: {
        walk: { label: 'Cerdded', hint: 'Gydag unrhyw gymorth maen nhw’n ei ddefnyddio', options: { unable: 'Methu', 'with-help': 'Gyda help', alone: 'Ar ei ben ei hun' } },
        stairs: { label: 'Grisiau', options: { unable: 'Methu', 'with-help': 'Gyda help', alone: 'Ar ei ben ei hun' } },
        steps: { label: 'Grisiau at y drws', unit: 'gris' },
        'step-height': { label: 'Uchder y gris' },
        rail: { label: 'Oes canllaw?' },
        outings: { label: 'Teithiau allan yr wythnos hon', entryLabel: 'Taith' },
        where: { label: 'I ble' },
        ease: { label: 'Pa mor hawdd oedd hi?', options: { hard: 'Anodd', easy: 'Hawdd' } },
      },
      scoring: {
        totalLabel: 'Cyfanswm',
        alternativeScales: { doubled: 'Allan o 8' },
        bandSets: { simple: { label: 'Syml', source: 'Wedi’i greu ar gyfer y profion', bands: ['Isel', 'Uchel'] } },
        subscales: { walking: 'Sgôr cerdded' },
        groupScores: { 'ease-score': 'Rhwyddineb teithiau' },
        differences: { change: 'Rhwyddineb llai cerdded' },
        thresholds: { low: 'Symudedd isel' },
        noTotalReasons: ['Nid oedd modd asesu cerdded'],
      },
      suggestions: { 'stair-rail': { what: 'Gosod canllaw ar y grisiau', reason: 'Does dim canllaw ar y grisiau' } },
    },
  },
} satisfies InstrumentDefinitionInput;
