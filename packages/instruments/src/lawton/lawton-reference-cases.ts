import type { ReferenceCase } from '../reference-case.js';

/** Reference case L1 (domain brief §2.3), written as option codes. */
export const lawtonReferenceCases: ReferenceCase[] = [
  {
    id: 'L1',
    description: 'Mixed: four activities scored 1, four scored 0',
    answers: {
      telephone: 'answers-only', shopping: 'small-purchases', foodPreparation: 'given-ingredients',
      housekeeping: 'needs-help-with-all', laundry: 'small-items', transport: 'taxi-or-car-with-help',
      medicines: 'prepared-in-advance', finances: 'day-to-day',
    },
    expected: { total: 4, status: 'complete' },
  },
];
