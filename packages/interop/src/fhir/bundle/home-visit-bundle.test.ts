import { describe, expect, it } from 'vitest';
import type { Bundle, CarePlan, DeviceRequest, Extension, Media, QuestionnaireResponseItem, ServiceRequest } from '@medplum/fhirtypes';
import { RECOMMENDATION_STATUSES, type HomeVisitRecord, type OutcomeRecord } from '@otforms/core';
import { InteropError } from '../../interop-error.js';
import { doorwayPhoto, frontStepPhoto, ownWordsAnswers } from '../../test-support/home-visit-record-fixture.js';
import { OTFORMS_EXTENSION } from '../extensions.js';
import { toFhirBundle } from './to-fhir-bundle.js';
import { definitions, episodeRecord, episodeWithHomeVisit, homeVisitRecord, resourcesOf, validate } from './bundle.fixture.js';

const bundleOf = (record: OutcomeRecord) => toFhirBundle(record, { definitions });
const byUrl = (bundle: Bundle, url: string | undefined) => bundle.entry!.find((entry) => entry.fullUrl === url)?.resource;
const urlOf = (bundle: Bundle, resource: unknown) => bundle.entry!.find((entry) => entry.resource === resource)!.fullUrl!;
const answered = (items: QuestionnaireResponseItem[] | undefined): Map<string, QuestionnaireResponseItem> =>
  new Map((items ?? []).flatMap((section) => section.item ?? []).map((item) => [item.linkId, item]));
const requests = (bundle: Bundle) => [...resourcesOf(bundle, 'DeviceRequest'), ...resourcesOf(bundle, 'ServiceRequest')] as (DeviceRequest | ServiceRequest)[];
const recommendationId = (request: DeviceRequest | ServiceRequest) =>
  request.extension?.find((extension) => extension.url === OTFORMS_EXTENSION.recommendation)?.extension?.find((part) => part.url === 'id')?.valueString;
const requestFor = (bundle: Bundle, id: string) => requests(bundle).find((request) => recommendationId(request) === id)!;
const part = (extension: Extension | undefined, url: string) => extension?.extension?.find((candidate) => candidate.url === url);

describe('photos', () => {
  const bundle = bundleOf(homeVisitRecord());
  const media = resourcesOf(bundle, 'Media') as Media[];

  it('each photo is one Media holding its data, size, type and SHA-256', () => {
    expect(media).toHaveLength(2);
    media.forEach((resource, index) => {
      const photo = [frontStepPhoto, doorwayPhoto][index]!;
      expect(resource).toMatchObject({
        status: 'completed',
        subject: { reference: 'Patient/ada-example' },
        identifier: [{ system: 'urn:otforms:attachment', value: photo.id }],
        width: photo.width,
        height: photo.height,
        content: { contentType: 'image/jpeg', data: photo.data, size: photo.size, title: `Photos of the front step, photo ${index + 1} of 2` },
      });
      expect(resource.content.extension).toEqual([{ url: OTFORMS_EXTENSION.sha256, valueString: photo.sha256 }]);
      // R4's hash is SHA-1: writing the SHA-256 there would be wrong, so it is not written.
      expect(resource.content.hash).toBeUndefined();
      expect(byUrl(bundle, resource.partOf?.[0]?.reference)?.resourceType).toBe('QuestionnaireResponse');
    });
  });

  it('the photo answer has one valueAttachment per photo, pointing at its Media', () => {
    const [response] = resourcesOf(bundle, 'QuestionnaireResponse');
    const answers = answered(response?.item).get('frontStep')?.answer ?? [];
    expect(answers.map((answer) => Object.keys(answer))).toEqual([['valueAttachment'], ['valueAttachment']]);
    answers.forEach((answer, index) => {
      const target = byUrl(bundle, answer.valueAttachment?.url) as Media | undefined;
      expect(target?.resourceType).toBe('Media');
      expect(answer.valueAttachment).toEqual({ contentType: 'image/jpeg', size: target?.content.size, title: target?.content.title, url: urlOf(bundle, target) });
      expect(target?.identifier?.[0]?.value).toBe([frontStepPhoto, doorwayPhoto][index]!.id);
    });
  });
});

describe('measurements and own words', () => {
  const [check, conversation] = resourcesOf(bundleOf(homeVisitRecord()), 'QuestionnaireResponse');

  it('a measurement is a UCUM valueQuantity in the item’s unit', () => {
    const items = answered(check?.item);
    expect(items.get('stepHeight')?.answer).toEqual([{ valueQuantity: { value: 180, unit: 'mm', system: 'http://unitsofmeasure.org', code: 'mm' } }]);
    expect(items.get('toiletHeight')?.answer).toEqual([{ valueQuantity: { value: 38.5, unit: 'cm', system: 'http://unitsofmeasure.org', code: 'cm' } }]);
  });

  it('own words are a valueString exactly as given, and words that are all space are no answer', () => {
    const items = answered(conversation?.item);
    expect(items.get('matters')?.answer).toEqual([{ valueString: ownWordsAnswers.matters }]);
    expect(items.get('goodAt')?.answer).toEqual([{ valueString: ownWordsAnswers.goodAt }]);
    expect(items.has('whoHelps')).toBe(false);
  });
});

describe('recommendations', () => {
  const bundle = bundleOf(homeVisitRecord());

  it('equipment and technology-enabled care are DeviceRequests; adaptations, advice and referrals ServiceRequests', () => {
    expect(requests(bundle).map((request) => [recommendationId(request), request.resourceType])).toEqual([
      ['raised-toilet-seat', 'DeviceRequest'],
      ['pendant-alarm', 'DeviceRequest'],
      ['front-step-rail', 'ServiceRequest'],
    ]);
  });

  it('maps status, priority and what, keeps intent "plan", and dates the request by its recommendation', () => {
    const rail = requestFor(bundle, 'front-step-rail') as ServiceRequest;
    const seat = requestFor(bundle, 'raised-toilet-seat') as DeviceRequest;
    const pendant = requestFor(bundle, 'pendant-alarm') as DeviceRequest;
    expect([rail, seat, pendant].map((request) => [request.status, request.intent, request.priority, request.authoredOn])).toEqual([
      ['completed', 'plan', 'asap', '2026-11-06'],
      ['active', 'plan', 'urgent', '2026-11-06'],
      ['draft', 'plan', 'routine', '2026-11-06'],
    ]);
    expect(rail.code).toEqual({ text: 'Grab rail by the front step, left-hand side going out' });
    expect(rail.category).toEqual([{ coding: [{ system: 'urn:otforms:recommendation-kind', code: 'minor-adaptation', display: 'Minor adaptation' }] }]);
    expect(seat.codeCodeableConcept).toEqual({
      coding: [{ system: 'urn:example:council-equipment-catalogue', code: 'RTS-10', display: 'Raised toilet seat 10 cm' }],
      text: 'Raised toilet seat, 10 cm',
    });
    expect(seat.performerType?.coding?.[0]?.code).toBe('community-equipment-service');
    expect(seat.reasonCode).toEqual([{ text: 'The toilet seat is low for her; she cannot stand from it without pulling on the basin.' }]);
    expect(seat.requester).toEqual({ reference: 'Practitioner/ot-1' });
  });

  it('every status maps as documented', () => {
    const expected = { recommended: 'draft', agreed: 'active', ordered: 'active', completed: 'completed', reviewed: 'completed' };
    for (const [index, status] of RECOMMENDATION_STATUSES.entries()) {
      const record = homeVisitRecord();
      record.recommendations[2]!.status = RECOMMENDATION_STATUSES.slice(0, index + 1).map((step) => ({ status: step, on: '2026-11-06' }));
      expect(requestFor(bundleOf(record), 'pendant-alarm').status, status).toBe(expected[status]);
    }
  });

  it('the assessed needs are the visit’s responses, named by question; every dated status is kept', () => {
    const rail = requestFor(bundle, 'front-step-rail');
    const [check] = resourcesOf(bundle, 'QuestionnaireResponse');
    expect(rail.supportingInfo).toEqual([
      { reference: urlOf(bundle, check), display: 'Home check (test fixture): Height of the front step' },
      { reference: urlOf(bundle, check), display: 'Home check (test fixture): Is there a rail by the front step?' },
    ]);
    const recommendation = rail.extension?.find((extension) => extension.url === OTFORMS_EXTENSION.recommendation);
    const steps = recommendation?.extension?.filter((candidate) => candidate.url === 'status').map((step) => [part(step, 'status')?.valueCode, part(step, 'on')?.valueDate]);
    expect(steps).toEqual([['recommended', '2026-11-06'], ['agreed', '2026-11-06'], ['ordered', '2026-11-07'], ['completed', '2026-11-08']]);
    expect(part(recommendation, 'fromSuggestion')?.valueString).toBe('rail-at-front-step');
  });

  it('an accepted suggestion is on its request; dismissed ones, with their reasons, on the visit’s CarePlan', () => {
    const accepted = requestFor(bundle, 'front-step-rail').extension?.find((extension) => extension.url === OTFORMS_EXTENSION.suggestionDecision);
    expect(['ruleId', 'decision', 'reason', 'decidedOn'].map((url) => part(accepted, url))).toEqual([
      { url: 'ruleId', valueString: 'rail-at-front-step' },
      { url: 'decision', valueCode: 'accepted' },
      { url: 'reason', valueString: 'She agrees a rail would help.' },
      { url: 'decidedOn', valueDate: '2026-11-06' },
    ]);
    for (const id of ['raised-toilet-seat', 'pendant-alarm']) {
      expect(requestFor(bundle, id).extension?.some((extension) => extension.url === OTFORMS_EXTENSION.suggestionDecision)).toBe(false);
    }
    const [carePlan] = resourcesOf(bundle, 'CarePlan') as CarePlan[];
    const dismissed = carePlan?.extension?.filter((extension) => extension.url === OTFORMS_EXTENSION.suggestionDecision) ?? [];
    expect(dismissed.map((extension) => [part(extension, 'ruleId')?.valueString, part(extension, 'decision')?.valueCode, part(extension, 'reason')?.valueString])).toEqual([
      ['level-access-shower', 'dismissed', 'She prefers a bath board and strip wash for now; review in three months.'],
      ['fire-safety-check', 'dismissed', 'Her son is fitting a new alarm this weekend.'],
    ]);
  });

  it('the visit alone has one CarePlan: its recommendations as activities, its responses as supporting information', () => {
    const carePlans = resourcesOf(bundle, 'CarePlan') as CarePlan[];
    expect(carePlans).toHaveLength(1);
    expect(carePlans[0]).toMatchObject({ status: 'active', intent: 'plan', title: 'Home visit recommendations', period: { start: '2026-11-06' } });
    expect(carePlans[0]!.activity?.map((activity) => byUrl(bundle, activity.reference?.reference)?.resourceType)).toEqual(['ServiceRequest', 'DeviceRequest', 'DeviceRequest']);
    expect(carePlans[0]!.supportingInfo?.map((reference) => byUrl(bundle, reference.reference)?.resourceType)).toEqual(['QuestionnaireResponse', 'QuestionnaireResponse']);
  });

  it('a visit alone has no goals to refer to, so no request points at one', () => {
    for (const request of requests(bundle)) {
      for (const reference of request.supportingInfo ?? []) expect(byUrl(bundle, reference.reference)?.resourceType).toBe('QuestionnaireResponse');
    }
  });

  it('the validator does reject a broken request', () => {
    const broken = structuredClone(requestFor(bundle, 'front-step-rail')) as unknown as Record<string, unknown>;
    delete broken.intent;
    broken.priority = 'soonish';
    expect(() => validate(broken)).toThrow(/intent|priority/);
  });
});

describe('inside an episode', () => {
  const bundle = bundleOf(episodeWithHomeVisit());

  it('adds the visit’s responses, photos and requests, and keeps one CarePlan: the reablement plan', () => {
    const plain = bundleOf(episodeRecord());
    const added = bundle.entry!.length - plain.entry!.length;
    // 2 responses, 2 photos, 3 requests; no second CarePlan.
    expect(added).toBe(7);
    const carePlans = resourcesOf(bundle, 'CarePlan') as CarePlan[];
    expect(carePlans.map((carePlan) => carePlan.title)).toEqual(['Reablement plan']);
    const activityTypes = carePlans[0]!.activity?.flatMap((activity) => (activity.reference ? [byUrl(bundle, activity.reference.reference)?.resourceType] : []));
    expect(activityTypes).toEqual(['DeviceRequest', 'DeviceRequest', 'ServiceRequest', 'DeviceRequest', 'DeviceRequest']);
    expect(carePlans[0]!.extension?.filter((extension) => extension.url === OTFORMS_EXTENSION.suggestionDecision)).toHaveLength(2);
  });

  it('the requests point at the goals they serve', () => {
    const goalStatement = (id: string) =>
      (requestFor(bundle, id).supportingInfo ?? []).flatMap((reference) => {
        const target = byUrl(bundle, reference.reference);
        return target?.resourceType === 'Goal' ? [target.description.text] : [];
      });
    expect(goalStatement('front-step-rail')).toEqual(['Walk to the corner shop for my paper']);
    expect(goalStatement('raised-toilet-seat')).toEqual(['I want to have a shower on my own again']);
    expect(goalStatement('pendant-alarm')).toEqual([]);
  });

  it('the visit’s entries keep the ids they have when the visit is exported alone', () => {
    const inEpisode = new Set(bundle.entry!.map((entry) => entry.fullUrl));
    const alone = bundleOf(homeVisitRecord()).entry!.filter((entry) => entry.resource?.resourceType !== 'CarePlan');
    for (const entry of alone) expect(inEpisode.has(entry.fullUrl), entry.resource?.resourceType).toBe(true);
  });
});

describe('what it refuses', () => {
  it('a home visit without a subject, or without its definitions', () => {
    const { subject: _subject, ...rest } = homeVisitRecord();
    const withoutSubject = { ...rest, assessments: rest.assessments.map(({ subject: _s, ...assessment }) => assessment) } as HomeVisitRecord;
    expect(() => bundleOf(withoutSubject)).toThrow(InteropError);
    try {
      bundleOf(withoutSubject);
    } catch (error) {
      expect((error as InteropError).issues.map((issue) => issue.path)).toEqual(['subject']);
    }
    try {
      toFhirBundle(homeVisitRecord(), { definitions: [] });
    } catch (error) {
      expect((error as InteropError).issues.map((issue) => issue.path)).toEqual(['assessments[0].instrument', 'assessments[1].instrument']);
      return;
    }
    throw new Error('Expected an InteropError');
  });

  it('names the home visit inside an episode when its definitions are missing', () => {
    const onlyCatalogue = definitions.filter((definition) => !definition.id.endsWith('-fixture'));
    expect(() => toFhirBundle(episodeWithHomeVisit(), { definitions: onlyCatalogue })).toThrow(InteropError);
    try {
      toFhirBundle(episodeWithHomeVisit(), { definitions: onlyCatalogue });
    } catch (error) {
      expect((error as InteropError).issues.map((issue) => issue.path)).toEqual(['homeVisit.assessments[0].instrument', 'homeVisit.assessments[1].instrument']);
    }
  });
});
