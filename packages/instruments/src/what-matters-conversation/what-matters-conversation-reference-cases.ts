import type { ReferenceCase } from '../reference-case.js';

/** No score: the reference case is a complete conversation, checked to give no total. The words are fictional. */
export const whatMattersConversationReferenceCases: ReferenceCase[] = [
  {
    id: 'WM1',
    description: 'Every question answered in the person’s own words: no score, so no total',
    answers: {
      whatMatters: 'Getting back to my allotment, and seeing my grandson on Sundays.',
      strengths: 'I’m stubborn — in a good way. I got through my hip op by doing my exercises every day.',
      whoHelps: 'My neighbour Pat pops in. I feed her cat when she’s away.',
      community: 'The allotment society. I’d like to go to the Tuesday lunch club again.',
    },
    expected: { total: null, status: 'complete', noTotalReason: null },
  },
  {
    id: 'WM2',
    description: 'Only what matters answered, the rest left: still complete, no total',
    answers: { whatMatters: 'Staying in my own home.' },
    expected: { total: null, status: 'complete', noTotalReason: null },
  },
];
