import type { Attachment } from '../attachments/attachment-schema.js';
import type { InstrumentDefinitionInput } from '../definition/definition-schema.js';

/**
 * A small home-visit definition with a measurement, a photo question, an
 * own-words question and suggestion rules, used by tests in several
 * packages. It is a test fixture, not an instrument; its wording is ours.
 */
export const homeVisitDefinition = {
  id: 'home-sample',
  version: '1.0.0',
  title: 'Sample home visit',
  citation: 'Written for the otforms tests.',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' },
  attachmentBudgetBytes: 1000,
  sections: [
    {
      id: 'access',
      title: 'Access and entrance',
      items: [
        { id: 'steps', type: 'yes-no', label: 'Steps to the front door' },
        { id: 'stepHeight', type: 'measurement', label: 'Height of the highest step', unit: 'mm', min: 0, max: 400, enableWhen: [{ item: 'steps', operator: 'equals', value: 'yes' }] },
        { id: 'rail', type: 'yes-no', label: 'A rail beside the steps', enableWhen: [{ item: 'steps', operator: 'equals', value: 'yes' }] },
        { id: 'doorWidth', type: 'measurement', label: 'Front door width', unit: 'cm', decimalPlaces: 1, required: false },
        { id: 'accessPhotos', type: 'photo', label: 'Photos of the entrance', maxPhotos: 2, required: false },
      ],
    },
    {
      id: 'conversation',
      title: 'What matters to me',
      items: [{ id: 'matters', type: 'own-words', label: 'What matters to me', maxLength: 500 }],
    },
  ],
  suggestions: [
    {
      id: 'step-rail',
      when: [
        { item: 'stepHeight', operator: 'greaterThan', value: 150 },
        { item: 'rail', operator: 'equals', value: 'no' },
      ],
      recommend: { kind: 'minor-adaptation', what: 'Grab rail beside the front steps', route: 'minor-adaptations-service', priority: 'high' },
      reason: 'A step higher than 150 mm with nothing to hold.',
    },
    {
      id: 'wide-door',
      when: [{ item: 'doorWidth', operator: 'lessThan', value: 77.5 }],
      recommend: { kind: 'advice-signposting', what: 'Advice on moving a wheelchair through the front door', code: { system: 'urn:example:codes', code: 'ADV-1' } },
      reason: 'A door narrower than a standard wheelchair needs.',
    },
  ],
} as const satisfies InstrumentDefinitionInput;

/**
 * A fictional photo: the bytes "abc" standing for an image, with their SHA-256.
 * `size` is true at 3; a larger one tests the budget without megabytes of
 * data (the schema cannot tell; verifyAttachment would).
 */
export function fixturePhoto(id: string, itemId = 'accessPhotos', size = 3): Attachment {
  return { id, itemId, contentType: 'image/jpeg', size, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', data: 'YWJj' };
}
