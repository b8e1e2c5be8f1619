import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { parseEpisodeVocabulary, validateOutcomeRecord, type EpisodeRecord } from '@otforms/core';
import { createEpisodeMachine } from './episode-machine.js';
import { readEpisodeDraft } from './episode-snapshot.js';
import { afterClosure, afterReview, barthel, closureSteps, field, input, referralSteps, runEpisode, sendSteps, wholeEpisode, type ScriptStep } from './episode-script.test-support.js';

/** A fictional Scottish council's lists: its own codes, some with labels. */
const scottish = parseEpisodeVocabulary({
  system: 'urn:example:scotland:reablement',
  cld: false,
  routesOfAccess: [{ code: 'hospital', label: 'From hospital' }, { code: 'community', label: 'From the community' }],
  eventOutcomes: [{ code: 'met', label: 'Personal outcomes met' }, { code: 'partly-met' }],
});
const scottishInput = { ...input, vocabulary: scottish };

/** The scripted episode with the Scottish choices where the script chooses CLD's. */
const inScotland = (steps: readonly ScriptStep[]) =>
  steps.map((step) => {
    if (step.to !== 'episode' || step.event.type !== 'SET_FIELD') return step;
    if (step.event.field === 'request.routeOfAccess') return field('request.routeOfAccess', 'hospital');
    if (step.event.field === 'endOutcome') return field('endOutcome', 'met');
    return step;
  });

describe('an episode with a vocabulary that is not CLD', () => {
  it('runs to a valid record whose route and outcome are codings with the system and labels, and no CLD value', () => {
    const actor = runEpisode(inScotland(wholeEpisode), [barthel], scottishInput);
    const record = actor.getSnapshot().output as EpisodeRecord;
    expect(record.episode.request).toMatchObject({ routeOfAccessCoding: { system: scottish.system, code: 'hospital', display: 'From hospital' } });
    expect(record.episode.request.routeOfAccess).toBeUndefined();
    expect(record.episode.endOutcomeCoding).toEqual({ system: scottish.system, code: 'met', display: 'Personal outcomes met' });
    expect(record.episode.endOutcome).toBeUndefined();
    expect(validateOutcomeRecord(record).success).toBe(true);
  });

  it('refuses a choice the vocabulary does not list, a CLD one too, at the field it was chosen in', () => {
    const actor = createActor(createEpisodeMachine([barthel]), { input: scottishInput }).start();
    sendSteps(actor, referralSteps);
    expect(actor.getSnapshot().value).toBe('referral');
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'request.routeOfAccess', code: 'invalid', message: 'Select the route of access' }]);
    actor.send({ type: 'SET_FIELD', field: 'request.routeOfAccess', value: 'community' });
    expect(actor.getSnapshot().context.errors).toEqual([]);
    actor.send({ type: 'CONTINUE', at: '2026-11-04T10:00:00.000Z' });
    expect(actor.getSnapshot().value).not.toBe('referral');
  });

  it('needs an end outcome from the vocabulary to close', () => {
    const actor = runEpisode([...inScotland(afterReview), ...closureSteps], [barthel], scottishInput);
    expect(actor.getSnapshot().value).toBe('closure');
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'endOutcome', code: 'invalid', message: 'Select how the episode ended' }]);
    actor.send({ type: 'SET_FIELD', field: 'endOutcome', value: 'partly-met' });
    actor.send({ type: 'CLOSE', completedAt: '2026-12-10T15:00:00.000Z', recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40' });
    expect(actor.getSnapshot().context.record?.episode.endOutcomeCoding).toEqual({ system: scottish.system, code: 'partly-met' });
  });

  it('takes a new vocabulary with UPDATE_OPTIONS, and keeps its own when one is left out', () => {
    const actor = createActor(createEpisodeMachine([barthel]), { input }).start();
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: input.subjectReference, assessor: input.assessor } });
    expect(actor.getSnapshot().context.options.vocabulary).toBeUndefined();
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: input.subjectReference, vocabulary: scottish } });
    expect(actor.getSnapshot().context.options.vocabulary).toBe(scottish);
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: input.subjectReference } });
    expect(actor.getSnapshot().context.options.vocabulary).toBe(scottish);
  });

  it('keeps its vocabulary in a saved draft, which resumes to the same record', () => {
    const steps = inScotland(afterClosure);
    const reference = runEpisode(steps, [barthel], scottishInput);
    expect(reference.getSnapshot().context.record?.episode.endOutcomeCoding?.code).toBe('met');
    const saved = JSON.parse(JSON.stringify(reference.getPersistedSnapshot()));
    expect(saved.context.options.vocabulary).toEqual(scottish);
    const reading = readEpisodeDraft(saved, [barthel], input.subjectReference);
    if (!reading.resumable) throw new Error(`${reading.reason}: ${reading.detail}`);
    const resumed = createActor(createEpisodeMachine([barthel]), { input, snapshot: reading.snapshot as never }).start();
    expect(resumed.getSnapshot().context.record).toEqual(reference.getSnapshot().context.record);
    const broken = { ...saved, context: { ...saved.context, options: { ...saved.context.options, vocabulary: { ...scottish, eventOutcomes: [] } } } };
    expect(readEpisodeDraft(broken, [barthel], input.subjectReference)).toMatchObject({ resumable: false, reason: 'malformed' });
  });

  it("with England's CLD, given or not, makes the same record as before", () => {
    const without = runEpisode(wholeEpisode).getSnapshot().output;
    const given = runEpisode(wholeEpisode, [barthel], { ...input, vocabulary: parseEpisodeVocabulary({ system: 'urn:otforms:cld', cld: true, routesOfAccess: [{ code: 'Discharge from Hospital' }], eventOutcomes: [{ code: 'NFA: Support ended as planned' }] }) }).getSnapshot().output;
    expect(given).toEqual(without);
    expect(without?.episode).toMatchObject({ request: { routeOfAccess: 'Discharge from Hospital' }, endOutcome: 'NFA: Support ended as planned' });
    expect(without?.episode).not.toHaveProperty('endOutcomeCoding');
  });
});
