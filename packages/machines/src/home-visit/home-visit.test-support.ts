import { bytesToBase64, parseDefinition, sha256Hex, type Attachment } from '@otforms/core';
import type { HomeVisitInput } from './home-visit-types.js';

/**
 * Two small definitions for walking a home visit: a home check with a
 * measurement, a photo and suggestion rules, and a conversation in the
 * person's own words. Fictional, written for the tests.
 */
export const homeCheck = parseDefinition({
  id: 'home-check',
  version: '1',
  title: 'Home check',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: [
    {
      id: 'entrance',
      title: 'Entrance',
      items: [
        { id: 'stepHeight', type: 'measurement', label: 'Height of the front step', unit: 'mm', min: 0, max: 600 },
        { id: 'rail', type: 'yes-no', label: 'Is there a rail by the step?' },
        { id: 'entrancePhotos', type: 'photo', label: 'Photos of the entrance', required: false, maxPhotos: 2 },
      ],
    },
    {
      id: 'safety',
      title: 'Safety',
      items: [{ id: 'smokeAlarm', type: 'yes-no', label: 'Is there a working smoke alarm?' }],
    },
  ],
  suggestions: [
    {
      id: 'step-rail',
      when: [
        { item: 'stepHeight', operator: 'greaterThan', value: 150 },
        { item: 'rail', operator: 'equals', value: 'no' },
      ],
      recommend: { kind: 'minor-adaptation', what: 'Grab rail by the front step', route: 'minor-adaptations-service', priority: 'high', code: { system: 'https://example.org/council-codes', code: 'MA-RAIL' } },
      reason: 'The front step is high and has no rail to hold.',
    },
    {
      id: 'smoke-alarm',
      when: [{ item: 'smokeAlarm', operator: 'equals', value: 'no' }],
      recommend: { kind: 'referral-on', what: 'Fire service home safety check' },
      reason: 'There is no working smoke alarm.',
    },
  ],
});

export const conversation = parseDefinition({
  id: 'conversation',
  version: '1',
  title: 'What matters to me',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: [
    {
      id: 'me',
      title: 'About me',
      items: [
        { id: 'mattersToMe', type: 'own-words', label: 'What matters to me' },
        { id: 'goodAt', type: 'own-words', label: 'What I am good at', required: false },
      ],
    },
  ],
});

export const visitInput: HomeVisitInput = {
  startedAt: '2026-11-10T09:30:00.000Z',
  subjectReference: 'Patient/ada-example',
  assessor: { role: 'Occupational therapist' },
  goals: [{ id: 'garden', statement: 'Get out into the garden again' }],
};

/** A tiny made-up "photo": real base64 with its true size and SHA-256. */
export async function photo(id: string, itemId: string, text = id): Promise<Attachment> {
  const bytes = new TextEncoder().encode(`fictional photo ${text}`);
  return { id, itemId, contentType: 'image/jpeg', size: bytes.length, sha256: await sha256Hex(bytes), data: bytesToBase64(bytes) };
}
