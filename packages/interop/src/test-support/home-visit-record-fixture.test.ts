import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { evaluateSuggestions, validateOutcomeRecord, verifyAttachment } from '@otforms/core';
import { doorwayPhoto, episodeWithHomeVisitFixture, frontStepPhoto, homeCheckAnswers, homeCheckFixtureDefinition, homeVisitRecordFixture } from './home-visit-record-fixture.js';

describe('the home-visit fixture', () => {
  it('its photos are JPEGs whose size and SHA-256 match their bytes', async () => {
    for (const photo of [frontStepPhoto, doorwayPhoto]) {
      const bytes = Buffer.from(photo.data, 'base64');
      expect(bytes.length).toBe(photo.size);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(photo.sha256);
      // Start of image, then end of image: a whole JPEG, not a fragment.
      expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xd8]);
      expect([...bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
      expect(await verifyAttachment(photo)).toEqual([]);
    }
  });

  it('is a valid current-version record, alone and inside the episode', () => {
    for (const record of [homeVisitRecordFixture(), episodeWithHomeVisitFixture()]) {
      const validation = validateOutcomeRecord(record);
      expect(validation.success ? [] : validation.issues).toEqual([]);
    }
    const visit = homeVisitRecordFixture();
    expect(visit.assessments[0]?.attachments.map((attachment) => attachment.id)).toEqual([frontStepPhoto.id, doorwayPhoto.id]);
  });

  it('its decisions are about the suggestions its answers give', () => {
    const suggested = evaluateSuggestions(homeCheckFixtureDefinition, homeCheckAnswers).map((suggestion) => suggestion.ruleId);
    expect(suggested).toEqual(['rail-at-front-step', 'level-access-shower', 'fire-safety-check']);
    expect(homeVisitRecordFixture().suggestionDecisions.map((decision) => decision.ruleId)).toEqual(suggested);
  });
});
