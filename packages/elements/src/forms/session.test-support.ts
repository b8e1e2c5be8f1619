import { fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage, type KeptAsideSummary } from '@otforms/core';
import { catalogue, getInstrument } from '@otforms/instruments';
import { createAssessmentMachine } from '@otforms/machines';
import { createActor } from 'xstate';
import '../assessment/ot-assessment.define.js';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import type { OtErrorDetail } from '../events/ot-error-event.js';
import type { OtOutcomeEvent } from '../events/ot-outcome-event.js';
import type { DraftEncryptionKey } from '../storage/encrypted-draft-storage.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { deepQueryAll } from '../test-support/form-element-adapter.js';

export const barthel = getInstrument('barthel-cw20')!;
export const lawton = getInstrument('lawton-iadl-8')!;

/** The answers of the Barthel's published reference case B1: a whole assessment to complete. */
export const b1Answers = catalogue.find((entry) => entry.id === 'barthel-cw20')!.referenceCases.find((reference) => reference.id === 'B1')!.answers;

/** A non-extractable AES-GCM key, as a host makes one. */
export const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** A store in memory that remembers every key written, so a test can read all of it raw: each key with its value. */
export function rawStore(): DraftStorage & { memory: MemoryDraftStorage; everything(): string } {
  const memory = new MemoryDraftStorage();
  const keys = new Set<string>();
  return {
    memory,
    read: (key) => memory.read(key),
    write: (key, value) => {
      keys.add(key);
      memory.write(key, value);
    },
    remove: (key) => memory.remove(key),
    everything: () => JSON.stringify([...keys].map((key) => [key, memory.read(key)])),
  };
}

/** An `<ot-assessment>` of the Barthel in the page, with what it told its host. */
export interface MountedAssessment {
  element: OtAssessment;
  driver: AssessmentDriver;
  errors: OtErrorDetail[];
  kept: KeptAsideSummary[];
  outcomes: OtOutcomeEvent[];
}

export interface AssessmentOptions {
  storageKey: string;
  /** The host's store; the browser default when absent. */
  storage?: DraftStorage;
  encryptionKey?: DraftEncryptionKey;
}

export async function mountAssessment(options: AssessmentOptions): Promise<MountedAssessment> {
  const errors: OtErrorDetail[] = [];
  const kept: KeptAsideSummary[] = [];
  const outcomes: OtOutcomeEvent[] = [];
  const element = await fixture<OtAssessment>(html`<ot-assessment
    storage-key=${options.storageKey}
    .storage=${options.storage}
    .encryptionKey=${options.encryptionKey}
    .definition=${barthel}
    @ot-error=${(event: CustomEvent<OtErrorDetail>) => errors.push(event.detail)}
    @ot-draft-kept-aside=${(event: CustomEvent<KeptAsideSummary>) => kept.push(event.detail)}
    @ot-outcome=${(event: OtOutcomeEvent) => outcomes.push(event)}
  ></ot-assessment>`);
  const driver = new AssessmentDriver(element);
  await driver.settle();
  return { element, driver, errors, kept, outcomes };
}

/** The answers the page shows, by item id. */
export function checkedCodes(element: OtAssessment): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const question of element.shadowRoot!.querySelectorAll('ot-choice-question')) {
    const radio = question.shadowRoot!.querySelector<HTMLInputElement>('input:checked');
    if (radio) checked[question.id.replace('question-', '')] = radio.value;
  }
  return checked;
}

/** A Barthel draft with `answers` given, as the machine persists it. */
export function barthelDraft(answers: Record<string, string>): Record<string, unknown> {
  const actor = createActor(createAssessmentMachine(barthel), { input: { startedAt: '2026-11-22T09:00:00.000Z' } }).start();
  for (const [itemId, input] of Object.entries(answers)) actor.send({ type: 'ANSWER', itemId, input });
  return JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Record<string, unknown>;
}

export const notices = (element: HTMLElement, name: string) => deepQueryAll(element, `[data-notice="${name}"]`);
export const storageWarnings = (element: HTMLElement) => deepQueryAll(element, '.warning-text[role="alert"]');
