import {
  buildHomeVisitRecord,
  buildOutcomeRecord,
  parseDefinition,
  type Answers,
  type Attachment,
  type EpisodeRecord,
  type HomeVisitRecord,
  type InstrumentDefinition,
  type RecommendationInput,
} from '@otforms/core';
import { changedEpisodeFixture } from '../../../interop/src/test-support/episode-record-fixture.js';
import { bathPhoto, stepPhoto } from './home-visit-summary-photos.js';

/**
 * A home visit to the interop fixture's fictional Mrs Ada Example on
 * 12 November 2026, for `<ot-home-visit-summary>`: a short home check with
 * measurements and two photos, a short conversation in her own words, and
 * four recommendations (a rail fitted, a raised toilet seat ordered, a
 * level-access shower through a Disabled Facilities Grant agreed, a pendant
 * alarm only recommended). The two definitions are small ones of this
 * fixture's own, not the catalogue's, so the tests do not move when the
 * catalogue's wording does. Nothing here is a real person's or a real home's.
 */

const licence = { holder: 'otforms contributors', terms: 'MIT', attribution: 'otforms test fixture' };

export const summaryHomeCheck: InstrumentDefinition = parseDefinition({
  id: 'summary-home-check',
  version: '1.0.0',
  title: 'Home check',
  citation: 'otforms test fixture',
  licence,
  sections: [
    {
      id: 'access',
      title: 'Access and entrance',
      items: [
        { id: 'frontStep', type: 'yes-no', label: 'Is there a step up to the front door?' },
        { id: 'frontStepHeight', type: 'measurement', unit: 'mm', label: 'Height of the front step', enableWhen: [{ item: 'frontStep', operator: 'equals', value: 'yes' }] },
        { id: 'frontRail', type: 'yes-no', label: 'Is there a rail by the front step?' },
        { id: 'entrancePhotos', type: 'photo', label: 'Photos of the front entrance', required: false },
        {
          id: 'backSteps',
          type: 'group',
          label: 'Steps at the back door',
          entryLabel: 'Step',
          required: false,
          items: [{ id: 'backStepHeight', type: 'measurement', unit: 'mm', label: 'Height' }],
        },
      ],
    },
    {
      id: 'bathing',
      title: 'Bathing and showering',
      items: [
        {
          id: 'bathTransfer',
          type: 'single-choice',
          label: 'Getting in and out of the bath',
          options: [
            { code: 'independent', label: 'On her own' },
            { code: 'with-help', label: 'With help from another person' },
            { code: 'unable', label: 'Cannot get in or out, even with help' },
          ],
        },
        { id: 'bathRimHeight', type: 'measurement', unit: 'cm', decimalPlaces: 1, label: 'Height of the bath rim from the floor' },
        { id: 'bathroomDoorWidth', type: 'measurement', unit: 'mm', label: 'Clear width of the bathroom doorway' },
        { id: 'bathroomPhotos', type: 'photo', label: 'Photos of the bathroom', required: false },
      ],
    },
  ],
});

export const summaryConversation: InstrumentDefinition = parseDefinition({
  id: 'summary-conversation',
  version: '1.0.0',
  title: 'What matters to me',
  citation: 'otforms test fixture',
  licence,
  administrationModes: ['interview'],
  sections: [
    {
      id: 'conversation',
      title: 'What matters to me',
      items: [
        { id: 'whatMatters', type: 'own-words', label: 'What matters to you most?' },
        { id: 'goodAt', type: 'own-words', label: 'What are you good at?', required: false },
        { id: 'whoHelps', type: 'own-words', label: 'Who helps you?', required: false },
      ],
    },
  ],
});

export const summaryDefinitions: readonly InstrumentDefinition[] = [summaryHomeCheck, summaryConversation];

const subjectReference = 'Patient/ada-example';
const assessor = { role: 'Occupational therapist', reference: 'Practitioner/ot-example-7' };

/** Spaces and line breaks kept on purpose: the summary must show them exactly as she said them. */
export const whatMattersAnswer = 'Getting back out in my garden.\n  And seeing my grandson on Sundays ';

export const homeCheckAnswers: Answers = {
  frontStep: 'yes',
  frontStepHeight: 190,
  frontRail: 'no',
  entrancePhotos: ['photo-entrance-1'],
  backSteps: [{ backStepHeight: 170 }, { backStepHeight: 165 }],
  bathTransfer: 'unable',
  bathRimHeight: 55.5,
  bathroomDoorWidth: 710,
  bathroomPhotos: ['photo-bathroom-1'],
};

const photos: Record<string, Attachment> = {
  'photo-entrance-1': { id: 'photo-entrance-1', itemId: 'entrancePhotos', ...stepPhoto },
  'photo-bathroom-1': { id: 'photo-bathroom-1', itemId: 'bathroomPhotos', ...bathPhoto },
};

export const fixtureRecommendations: RecommendationInput[] = [
  {
    id: 'rec-rail',
    kind: 'minor-adaptation',
    what: { text: 'Grab rail by the front step' },
    reason: {
      text: 'The front step is 190 mm high and there is no rail, so you hold on to the door frame.',
      needs: [
        { instrumentId: 'summary-home-check', itemId: 'frontStepHeight' },
        { instrumentId: 'summary-home-check', itemId: 'frontRail' },
      ],
    },
    priority: 'high',
    route: 'minor-adaptations-service',
    status: [
      { status: 'recommended', on: '2026-11-12' },
      { status: 'agreed', on: '2026-11-12' },
      { status: 'completed', on: '2026-11-20' },
    ],
  },
  {
    id: 'rec-toilet-seat',
    kind: 'equipment',
    what: { text: 'Raised toilet seat' },
    reason: { text: 'The toilet is low, and getting up from it is hard for you.' },
    priority: 'routine',
    route: 'community-equipment-service',
    status: [
      { status: 'recommended', on: '2026-11-12' },
      { status: 'agreed', on: '2026-11-12' },
      { status: 'ordered', on: '2026-11-13' },
    ],
  },
  {
    id: 'rec-shower',
    kind: 'major-adaptation',
    what: { text: 'Level-access shower in place of the bath', code: { system: 'https://example.org/fictional-council/adaptations', code: 'DFG-LAS', display: 'Level-access shower' } },
    reason: {
      text:
        'Mrs Example cannot get in or out of the bath, even with help. A bath board and a bath lift were tried on 12 November 2026 and neither was safe for her. ' +
        'A level-access shower with a fixed seat and grab rails would let her wash on her own, which is her first goal, and remove the risk of a fall over the 55.5 cm bath rim.',
      needs: [
        { instrumentId: 'summary-home-check', itemId: 'bathTransfer' },
        { instrumentId: 'summary-home-check', itemId: 'bathRimHeight' },
        { instrumentId: 'summary-home-check', itemId: 'bathroomDoorWidth' },
        { instrumentId: 'summary-home-check', itemId: 'bathroomPhotos' },
      ],
      goals: ['shower'],
    },
    priority: 'high',
    route: 'disabled-facilities-grant',
    status: [
      { status: 'recommended', on: '2026-11-12' },
      { status: 'agreed', on: '2026-11-14' },
    ],
  },
  {
    id: 'rec-pendant',
    kind: 'technology-enabled-care',
    what: { text: 'Pendant alarm' },
    reason: { text: 'You live alone and have fallen twice this year.' },
    priority: 'routine',
    route: 'community-equipment-service',
    status: [{ status: 'recommended', on: '2026-11-12' }],
  },
];

interface VisitChanges {
  homeCheck?: Answers;
  conversation?: Answers;
  recommendations?: RecommendationInput[];
}

/** The visit's record, optionally with other answers or recommendations; a fresh copy each call. */
export function homeVisitRecordFixture(changes: VisitChanges = {}): HomeVisitRecord {
  const context = (recordId: string, minutes: [number, number]) => ({
    recordId,
    startedAt: `2026-11-12T10:${String(minutes[0]).padStart(2, '0')}:00.000Z`,
    completedAt: `2026-11-12T10:${String(minutes[1]).padStart(2, '0')}:00.000Z`,
    subjectReference,
    assessor,
  });
  const homeCheck = buildOutcomeRecord(
    summaryHomeCheck,
    { answers: changes.homeCheck ?? homeCheckAnswers, invalidInputs: {}, notAssessed: [], attachments: photos },
    { ...context('5b1e0c2a-0000-4000-8000-000000000101', [5, 40]), administrationMode: 'observed' },
  );
  const conversation = buildOutcomeRecord(
    summaryConversation,
    {
      answers: changes.conversation ?? { whatMatters: whatMattersAnswer, goodAt: 'Baking. Everyone says my scones are the best on the street.', whoHelps: 'My neighbour Pat does my shopping.' },
      invalidInputs: {},
      notAssessed: [],
    },
    { ...context('5b1e0c2a-0000-4000-8000-000000000102', [40, 55]), administrationMode: 'interview' },
  );
  return buildHomeVisitRecord({
    ...context('5b1e0c2a-0000-4000-8000-000000000100', [0, 59]),
    visitedOn: '2026-11-12',
    assessments: [homeCheck, conversation],
    recommendations: changes.recommendations ?? fixtureRecommendations,
    suggestionDecisions: [],
  });
}

/** The interop fixture's episode (goals "I want to have a shower on my own again" and "Walk to the corner shop for my paper") carrying the visit. */
export function episodeWithHomeVisitFixture(changes: VisitChanges = {}): EpisodeRecord {
  return changedEpisodeFixture((record) => {
    record.homeVisit = homeVisitRecordFixture(changes);
  });
}

/** Who the person contacts, as a council would give it. */
export const fixtureContact = { name: 'Reablement team, Exampleshire Council', phone: '0300 123 4567', email: 'reablement@exampleshire.example', hours: 'Monday to Friday, 9am to 5pm' };

export const fixtureEquipmentReturn = 'Phone the community equipment service on 0300 765 4321. They will collect it from your home for free.';
