import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allItems, enabledItemIds, evaluateSuggestions, parseDefinition, scoreInstrument } from '@otforms/core';
import { getInstrument } from '../catalogue.js';
import { homeEnvironmentDefinition } from './home-environment-definition.js';
import { managingWell } from './home-environment-reference-cases.js';
import { LOW_TOILET_SEAT_MM } from './home-environment-suggestions.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { license: string };

describe('Home environment and function assessment', () => {
  const assessment = getInstrument('home-environment')!;

  it('walks the home in the sections the issue names, in order', () => {
    expect(assessment.sections.map((section) => section.title)).toEqual([
      'Access and entrance',
      'Steps and rails',
      'Stairs',
      'Bathing and showering',
      'Toileting',
      'Bed and chair transfers',
      'The kitchen',
      'Moving about indoors',
      'Lighting and trip hazards',
      'Alarms and telecare',
      'Carers and the support network',
    ]);
  });

  it('measures in millimetres where OTs measure, and never makes a measurement compulsory', () => {
    const measurements = allItems(assessment).filter((item) => item.type === 'measurement');
    expect(measurements.map((item) => item.id)).toEqual([
      'entranceDoorWidth',
      'entranceThresholdHeight',
      'outsideStepRiser',
      'outsideRailHeight',
      'stairRailHeight',
      'stairWidth',
      'bathRimHeight',
      'showerStepHeight',
      'bathroomDoorWidth',
      'toiletSeatHeight',
      'bedHeight',
      'chairSeatHeight',
      'kneeHeight',
      'narrowestDoorWidth',
      'narrowestHallWidth',
    ]);
    for (const item of measurements) {
      expect(item, item.id).toMatchObject({ unit: 'mm', required: false, decimalPlaces: 0 });
      if (item.type === 'measurement') expect(item.min!, item.id).toBeLessThan(item.max!);
    }
  });

  it('takes photos of the entrance, the stairs and the bathroom, optionally', () => {
    const photos = allItems(assessment).filter((item) => item.type === 'photo');
    expect(photos.map((item) => [item.id, item.required])).toEqual([
      ['accessPhotos', false],
      ['stairPhotos', false],
      ['bathroomPhotos', false],
    ]);
  });

  it('keeps the person’s own words about their home', () => {
    expect(allItems(assessment).find((item) => item.id === 'hardestAtHome')).toMatchObject({ type: 'own-words', required: false });
  });

  it('asks about the bath only for a bath, and about the shower only for a shower', () => {
    const shown = (washFacility: string) => {
      const enabled = enabledItemIds(assessment, { ...managingWell, washFacility });
      return ['bathManage', 'bathRimHeight', 'showerManage', 'showerStepHeight'].filter((id) => enabled.has(id));
    };
    expect(shown('bath')).toEqual(['bathManage', 'bathRimHeight']);
    expect(shown('bath-shower')).toEqual(['bathManage', 'bathRimHeight']);
    expect(shown('cubicle')).toEqual(['showerManage', 'showerStepHeight']);
    expect(shown('level-access')).toEqual(['showerManage']);
    expect(shown('none')).toEqual([]);
  });

  it('has no score, and says its wording is original', () => {
    expect(assessment.scoring).toBeUndefined();
    expect(scoreInstrument(assessment, managingWell)).toMatchObject({ total: null, itemScores: {}, flags: {} });
    expect(assessment.notes[0]).toMatch(/written for otforms.*does not reproduce/i);
    expect(assessment.citation).toMatch(/^Written for otforms \(original wording/);
  });

  it('is licensed on the package’s own terms, to otforms contributors', () => {
    expect(packageJson.license).toBe('MIT');
    expect(assessment.licence).toMatchObject({ holder: 'otforms contributors', commercialUseNeedsPermission: false });
    expect(assessment.licence.terms).toMatch(/^MIT licence/);
  });

  it('names no published home assessment in anything shown', () => {
    const shown = [assessment.title, assessment.description, ...allItems(assessment).flatMap((item) => [item.label, item.hint])].join(' ');
    expect(shown).not.toMatch(/HOME FAST|Westmead|SAFER|HSSAT|Housing Enabler|Barthel/i);
  });

  it('suggests each recommendation as the kind, route and priority agreed for it', () => {
    const rules = Object.fromEntries(
      assessment.suggestions.map((rule) => [rule.id, [rule.recommend.kind, rule.recommend.route ?? null, rule.recommend.priority]]),
    );
    expect(rules).toEqual({
      'steps-rail': ['minor-adaptation', 'minor-adaptations-service', 'high'],
      'high-step-rail': ['minor-adaptation', 'minor-adaptations-service', 'routine'],
      'entrance-ramp': ['major-adaptation', 'disabled-facilities-grant', 'high'],
      'stair-rail': ['minor-adaptation', 'minor-adaptations-service', 'high'],
      'stair-second-rail': ['minor-adaptation', 'minor-adaptations-service', 'routine'],
      stairlift: ['major-adaptation', 'disabled-facilities-grant', 'high'],
      'level-access-shower': ['major-adaptation', 'disabled-facilities-grant', 'high'],
      'bath-board': ['equipment', 'community-equipment-service', 'routine'],
      'shower-rail': ['minor-adaptation', 'minor-adaptations-service', 'routine'],
      'raised-toilet-seat': ['equipment', 'community-equipment-service', 'routine'],
      'toilet-frame': ['equipment', 'community-equipment-service', 'routine'],
      commode: ['equipment', 'community-equipment-service', 'high'],
      'bed-equipment': ['equipment', 'community-equipment-service', 'routine'],
      'chair-raisers': ['equipment', 'community-equipment-service', 'routine'],
      'moving-handling': ['equipment', 'community-equipment-service', 'urgent'],
      'carer-lifting': ['equipment', 'community-equipment-service', 'urgent'],
      'perching-stool': ['equipment', 'community-equipment-service', 'routine'],
      'kitchen-trolley': ['equipment', 'community-equipment-service', 'routine'],
      'kitchen-reach': ['advice-signposting', 'self-purchase-signposting', 'routine'],
      'cooker-safety': ['technology-enabled-care', null, 'high'],
      'door-widening': ['major-adaptation', 'disabled-facilities-grant', 'routine'],
      lighting: ['advice-signposting', 'self-purchase-signposting', 'routine'],
      'trip-hazards': ['advice-signposting', null, 'routine'],
      'fire-safety-check': ['referral-on', null, 'high'],
      'telecare-after-fall': ['technology-enabled-care', null, 'high'],
      'telecare-cannot-call': ['technology-enabled-care', null, 'high'],
      'carer-assessment': ['referral-on', null, 'high'],
    });
  });

  it('gives a suggestion with its reason and the needs it would meet', () => {
    const answers = { ...managingWell, bathManage: 'cannot' };
    expect(evaluateSuggestions(assessment, answers)[0]).toEqual({
      ruleId: 'level-access-shower',
      instrumentId: 'home-environment',
      kind: 'major-adaptation',
      what: 'Level-access shower in place of the bath',
      route: 'disabled-facilities-grant',
      priority: 'high',
      reason: expect.stringMatching(/cannot get in and out of the bath.*necessary and appropriate, and reasonable and practicable/),
      needs: ['bathManage'],
    });
  });

  it('lets a council set its own threshold in its own copy', () => {
    const local = parseDefinition({
      ...homeEnvironmentDefinition,
      id: 'home-environment-local',
      suggestions: homeEnvironmentDefinition.suggestions.map((rule) =>
        rule.id === 'raised-toilet-seat'
          ? { ...rule, when: rule.when.map((condition) => (condition.item === 'toiletSeatHeight' ? { ...condition, value: 460 } : condition)) }
          : rule,
      ),
    });
    const answers = { ...managingWell, toiletSeatHeight: LOW_TOILET_SEAT_MM + 10, toiletManage: 'with-difficulty', toiletRail: 'yes' };
    expect(evaluateSuggestions(assessment, answers).map((suggestion) => suggestion.ruleId)).toEqual([]);
    expect(evaluateSuggestions(local, answers).map((suggestion) => suggestion.ruleId)).toEqual(['raised-toilet-seat']);
  });
});
