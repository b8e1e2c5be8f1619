import {
  buildEpisodeRecord,
  buildHomeVisitRecord,
  buildOutcomeRecord,
  parseDefinition,
  type Answers,
  type Attachment,
  type EpisodeRecord,
  type HomeVisitRecord,
  type InstrumentDefinition,
  type InstrumentDefinitionInput,
} from '@otforms/core';
import { episodeRecordFixture } from './episode-record-fixture.js';

/**
 * A home visit to the same fictional person as the episode fixture, Mrs Ada
 * Example, on 6 November 2026: a short home check with measurements and two
 * photos of the front step, a conversation in her own words, three
 * recommendations at different stages, and one accepted and one dismissed
 * suggestion. The two definitions are made up for tests (they are not the
 * catalogue's home-environment assessment), so the fixture does not change
 * when the catalogue does. Nothing in it is a real person's data.
 *
 * Shared by the interop and reporting tests; other packages' tests may use it
 * too (it has no Node-only import). The photos are real JPEGs, 2×2 and 3×2
 * pixels, drawn on a canvas in Chromium; their SHA-256 values are written out
 * here and checked against the bytes with node:crypto in
 * home-visit-record-fixture.test.ts.
 */

const subjectReference = 'Patient/ada-example';

/** A 2×2 JPEG (brown and cream, like a step), 298 bytes. */
export const frontStepPhoto: Attachment = {
  id: 'photo-front-step-1',
  itemId: 'frontStep',
  contentType: 'image/jpeg',
  size: 298,
  sha256: '5a807cff5f342cde2a1196932f8cffa330c3ea5bb8f5e90901aa2d652785706b',
  width: 2,
  height: 2,
  data:
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAYEAEBAQEBAAAAAAAAAAAAAAABAgAhQf/EABUBAQEAAAAAAAAAAAAAAAAAAAME/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AjS1TVKr1X3MzSnf/2Q==',
};

/** A 3×2 JPEG (blue-grey with a white stripe, like a door frame), 299 bytes. */
export const doorwayPhoto: Attachment = {
  id: 'photo-front-step-2',
  itemId: 'frontStep',
  contentType: 'image/jpeg',
  size: 299,
  sha256: 'ad88406870a16a1d8ee3bf765ccc7e9c32fa4b75f8f1520e274c381b0eac0924',
  width: 3,
  height: 2,
  data:
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAMDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAL/xAAaEAEAAQUAAAAAAAAAAAAAAAAAAgMENHOz/8QAFAEBAAAAAAAAAAAAAAAAAAAAA//EABURAQEAAAAAAAAAAAAAAAAAAAAB/9oADAMBAAIRAxEAPwCr/Ijppc4gGgK//9k=',
};

const licence = { holder: 'otforms contributors', terms: 'MIT', attribution: 'otforms test fixture', commercialUseNeedsPermission: false };

export const homeCheckFixtureDefinition: InstrumentDefinition = parseDefinition({
  id: 'home-check-fixture',
  version: '0.0.1',
  title: 'Home check (test fixture)',
  citation: 'otforms test fixture; not an instrument.',
  licence,
  sections: [
    {
      id: 'access',
      title: 'Access and entrance',
      items: [
        { id: 'stepHeight', type: 'measurement', label: 'Height of the front step', unit: 'mm', min: 0, max: 400 },
        { id: 'rail', type: 'yes-no', label: 'Is there a rail by the front step?' },
        { id: 'frontStep', type: 'photo', label: 'Photos of the front step', maxPhotos: 3, required: false },
      ],
    },
    {
      id: 'bathing',
      title: 'Bathing and toileting',
      items: [
        { id: 'bathAccess', type: 'yes-no', label: 'Can you get in and out of the bath?' },
        { id: 'toiletHeight', type: 'measurement', label: 'Height of the toilet seat', unit: 'cm', min: 30, max: 60, decimalPlaces: 1, required: false },
        { id: 'smokeAlarm', type: 'yes-no', label: 'Is there a working smoke alarm?' },
      ],
    },
  ],
  suggestions: [
    {
      id: 'rail-at-front-step',
      when: [
        { item: 'stepHeight', operator: 'greaterThan', value: 150 },
        { item: 'rail', operator: 'equals', value: 'no' },
      ],
      recommend: { kind: 'minor-adaptation', what: 'Grab rail by the front step', route: 'minor-adaptations-service', priority: 'high' },
      reason: 'A front step over 150 mm with no rail.',
    },
    {
      id: 'level-access-shower',
      when: [{ item: 'bathAccess', operator: 'equals', value: 'no' }],
      recommend: { kind: 'major-adaptation', what: 'Level-access shower', route: 'disabled-facilities-grant', priority: 'routine' },
      reason: 'Cannot get in or out of the bath.',
    },
    {
      id: 'fire-safety-check',
      when: [{ item: 'smokeAlarm', operator: 'equals', value: 'no' }],
      recommend: { kind: 'referral-on', what: 'Home fire safety check', priority: 'high' },
      reason: 'No working smoke alarm.',
    },
  ],
} satisfies InstrumentDefinitionInput);

export const conversationFixtureDefinition: InstrumentDefinition = parseDefinition({
  id: 'what-matters-fixture',
  version: '0.0.1',
  title: 'What matters to me (test fixture)',
  citation: 'otforms test fixture; not an instrument.',
  licence,
  administrationModes: ['interview'],
  sections: [
    {
      id: 'conversation',
      title: 'What matters to me',
      items: [
        { id: 'matters', type: 'own-words', label: 'What matters to you?', required: false },
        { id: 'goodAt', type: 'own-words', label: 'What are you good at?', required: false },
        { id: 'whoHelps', type: 'own-words', label: 'Who helps you?', required: false },
      ],
    },
  ],
} satisfies InstrumentDefinitionInput);

/** The definitions the fixture's assessments used, for `toFhirBundle`'s `definitions`. */
export const homeVisitFixtureDefinitions: readonly InstrumentDefinition[] = [homeCheckFixtureDefinition, conversationFixtureDefinition];

export const homeCheckAnswers: Answers = {
  stepHeight: 180,
  rail: 'no',
  frontStep: [frontStepPhoto.id, doorwayPhoto.id],
  bathAccess: 'no',
  toiletHeight: 38.5,
  smokeAlarm: 'no',
};

/** Her words exactly as typed: the leading space, the line break and the trailing spaces are hers and must survive. */
export const ownWordsAnswers: Answers = {
  matters: ' Getting back to my allotment on Saturdays.\nSeeing my grandson play football.  ',
  goodAt: 'Growing tomatoes — everyone says so!',
  whoHelps: '   ',
};

function assessment(definition: InstrumentDefinition, recordId: string, answers: Answers, attachments: Attachment[] = []) {
  return buildOutcomeRecord(
    definition,
    { answers, invalidInputs: {}, notAssessed: [], attachments: Object.fromEntries(attachments.map((attachment) => [attachment.id, attachment])) },
    {
      recordId,
      startedAt: '2026-11-06T10:00:00.000Z',
      completedAt: '2026-11-06T11:00:00.000Z',
      subjectReference,
      assessor: { role: 'Occupational therapist', reference: 'Practitioner/ot-1' },
      administrationMode: definition.administrationModes.includes('interview') ? 'interview' : 'observed',
    },
  );
}

export const HOME_VISIT_RECORD_ID = '4d000000-0000-4000-8000-000000000001';

export function homeVisitRecordFixture(): HomeVisitRecord {
  return buildHomeVisitRecord({
    recordId: HOME_VISIT_RECORD_ID,
    startedAt: '2026-11-06T09:45:00.000Z',
    completedAt: '2026-11-06T11:30:00.000Z',
    subjectReference,
    assessor: { role: 'Occupational therapist', reference: 'Practitioner/ot-1' },
    visitedOn: '2026-11-06',
    assessments: [
      assessment(homeCheckFixtureDefinition, '4d000000-0000-4000-8000-000000000002', homeCheckAnswers, [frontStepPhoto, doorwayPhoto]),
      assessment(conversationFixtureDefinition, '4d000000-0000-4000-8000-000000000003', ownWordsAnswers),
    ],
    recommendations: [
      {
        id: 'front-step-rail',
        kind: 'minor-adaptation',
        what: { text: 'Grab rail by the front step, left-hand side going out' },
        reason: { text: 'The step is 180 mm with no rail; she holds the door frame.', needs: [{ instrumentId: 'home-check-fixture', itemId: 'stepHeight' }, { instrumentId: 'home-check-fixture', itemId: 'rail' }], goals: ['shops'] },
        priority: 'high',
        route: 'minor-adaptations-service',
        status: [
          { status: 'recommended', on: '2026-11-06' },
          { status: 'agreed', on: '2026-11-06' },
          { status: 'ordered', on: '2026-11-07' },
          { status: 'completed', on: '2026-11-08' },
        ],
        fromSuggestion: 'rail-at-front-step',
      },
      {
        id: 'raised-toilet-seat',
        kind: 'equipment',
        what: { text: 'Raised toilet seat, 10 cm', code: { system: 'urn:example:council-equipment-catalogue', code: 'RTS-10', display: 'Raised toilet seat 10 cm' } },
        reason: { text: 'The toilet seat is low for her; she cannot stand from it without pulling on the basin.', needs: [{ instrumentId: 'home-check-fixture', itemId: 'toiletHeight' }], goals: ['shower'] },
        priority: 'urgent',
        route: 'community-equipment-service',
        status: [
          { status: 'recommended', on: '2026-11-06' },
          { status: 'agreed', on: '2026-11-06' },
        ],
      },
      {
        id: 'pendant-alarm',
        kind: 'technology-enabled-care',
        what: { text: 'Pendant alarm linked to the council’s telecare service' },
        reason: { text: 'She lives alone and has fallen at home.' },
        priority: 'routine',
        route: 'self-purchase-signposting',
        status: [{ status: 'recommended', on: '2026-11-06' }],
      },
    ],
    suggestionDecisions: [
      { ruleId: 'rail-at-front-step', instrumentId: 'home-check-fixture', decision: 'accepted', reason: 'She agrees a rail would help.', decidedOn: '2026-11-06', recommendationId: 'front-step-rail' },
      { ruleId: 'level-access-shower', instrumentId: 'home-check-fixture', decision: 'dismissed', reason: 'She prefers a bath board and strip wash for now; review in three months.', decidedOn: '2026-11-06' },
      { ruleId: 'fire-safety-check', instrumentId: 'home-check-fixture', decision: 'dismissed', reason: 'Her son is fitting a new alarm this weekend.', decidedOn: '2026-11-06' },
    ],
  });
}

/** The episode fixture carrying the home visit; everything else as `episodeRecordFixture()`. */
export function episodeWithHomeVisitFixture(): EpisodeRecord {
  const { schemaVersion: _version, kind: _kind, recordId, startedAt, completedAt, subject, assessor, episode, assessments, goalPlan } = episodeRecordFixture();
  return buildEpisodeRecord({
    recordId,
    startedAt,
    completedAt,
    ...(subject ? { subjectReference: subject.reference } : {}),
    ...(assessor ? { assessor } : {}),
    episode,
    assessments,
    ...(goalPlan ? { goalPlan } : {}),
    homeVisit: homeVisitRecordFixture(),
  });
}
