import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultGoalDomains, englandCldVocabulary, MemoryDraftStorage, type DraftStorage, type InstrumentDefinition } from '@otforms/core';
import { barthelDefinition } from '@otforms/instruments';
import type { EpisodeInput } from '@otforms/machines';
import { episodeDraftAfter, input, type ScriptStep } from '../../../machines/src/episode/episode-script.test-support.js';
import type { OtEpisode } from '../episode/ot-episode.js';
import type { LocaleMessages } from '../i18n/catalogue.js';
import { deepActiveElement, press, tabTo, typeDate } from './keyboard.js';
import { settle } from './settle.js';

export { settle };

/**
 * Drives an `<ot-episode>` with the keyboard alone: Tab and Shift+Tab between
 * controls, arrow keys and Space in radio groups, typing with sendKeys, Enter
 * on links and buttons. Nothing here clicks, focuses a control or sends the
 * machine an event.
 */

export const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The shadow host an element is rendered in, if any. */
const hostOf = (element: Element) => (element.getRootNode() as ShadowRoot).host as HTMLElement | undefined;

/** The text input, textarea or radio inside the question element whose id is `hostId` (an episode field such as `field-startedOn`). */
export const inQuestion = (hostId: string) => (element: Element) => hostOf(element)?.id === hostId && element.matches('input, textarea');
/** A control of the goal plan's question for `field` (`statement`, `baseline`, `levels.expected`, `dueDate`). */
export const inGoalField = (field: string) => (element: Element) => hostOf(element)?.dataset.field === field && element.matches('input, textarea');
export const inRating = (element: Element) => element instanceof HTMLInputElement && element.name.startsWith('rating-');
export const isButton = (text: string) => (element: Element) => element.localName === 'button' && normalise(element.textContent) === text;
export const isLink = (text: string) => (element: Element) => element.localName === 'a' && normalise(element.textContent) === text;

/** Presses Shift+Tab until `matches` holds for the focused element. */
export async function shiftTabTo(matches: (element: Element) => boolean, limit = 60): Promise<Element> {
  for (let count = 0; count < limit; count += 1) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error(`Shift+Tab did not reach the wanted element in ${limit} presses`);
}


export class EpisodeKeyboard {
  constructor(readonly element: OtEpisode) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  async settle(): Promise<void> {
    await settle(this.element);
  }

  /** Tab to a link or button by its text and press Enter on it. */
  async activate(text: string, kind: 'button' | 'link' = 'button'): Promise<void> {
    await tabTo(kind === 'button' ? isButton(text) : isLink(text), 120);
    await press('Enter');
    await this.settle();
  }

  /** Opens the task under way from the task list. */
  async openTask(name: string): Promise<void> {
    await this.activate(name, 'link');
  }

  async type(hostId: string, text: string): Promise<void> {
    await tabTo(inQuestion(hostId), 120);
    await sendKeys({ type: text });
    await this.settle();
  }

  async date(hostId: string, iso: string): Promise<void> {
    await tabTo(inQuestion(hostId), 120);
    await typeDate(iso);
    await this.settle();
  }

  /** Tabs into a radio group with nothing chosen (focus lands on its first option) and chooses option `index`. */
  async choose(hostId: string, index: number): Promise<void> {
    await tabTo(inQuestion(hostId), 120);
    if (index === 0) await press('Space');
    for (let step = 0; step < index; step += 1) await press('ArrowDown');
    await this.settle();
  }

  heading(): string {
    return normalise(this.root.querySelector('[data-page-heading]')?.textContent);
  }

  focusedText(): string {
    return normalise(deepActiveElement()?.textContent);
  }

  errorSummary(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.error-summary');
  }

  errorLinks(): string[] {
    return [...this.root.querySelectorAll('.error-summary a')].map((link) => normalise(link.textContent));
  }

  /** The error message a field shows beside itself ('' when none). */
  fieldError(hostId: string): string {
    const host = this.root.querySelector<HTMLElement & { error?: string }>(`#${CSS.escape(hostId)}`);
    return host?.error ?? '';
  }

  statuses(): Record<string, string> {
    return Object.fromEntries(
      [...this.root.querySelectorAll('.task')].map((task) => [normalise(task.querySelector('.task-name')!.textContent), normalise(task.querySelector('.task-status')!.textContent)]),
    );
  }

  assessment(): HTMLElement {
    return this.root.querySelector<HTMLElement>('ot-assessment')!;
  }

  goalPlan(): HTMLElement {
    return this.root.querySelector<HTMLElement>('ot-goal-plan')!;
  }
}

/** Clicks the button or link whose text is `text`: for tests about what happens, not how it is reached. */
export async function clickText(driver: EpisodeKeyboard, text: string): Promise<void> {
  const target = [...driver.root.querySelectorAll<HTMLElement>('button, a')].find((candidate) => normalise(candidate.textContent) === text);
  if (!target) throw new Error(`No button or link "${text}"`);
  target.click();
  await driver.settle();
}

/** Clicks the option `code` of the radio question whose id is `hostId`. */
export async function chooseIn(driver: EpisodeKeyboard, hostId: string, code: string): Promise<void> {
  const radio = driver.root.querySelector(`#${hostId}`)!.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${code}"]`)!;
  radio.click();
  await driver.settle();
}

/** Puts `text` into the box of the question whose id is `hostId`, as typing would. */
export async function typeIn(driver: EpisodeKeyboard, hostId: string, text: string): Promise<void> {
  const input = driver.root.querySelector(`#${hostId}`)!.shadowRoot!.querySelector<HTMLInputElement>('input, textarea')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await driver.settle();
}

/** The key renderEpisode's element saves its draft under. */
const storageKey = 'episode:test';

/** How renderEpisode's element starts an episode: the scripted episode's start, for the driver's own subject. */
export const driverInput = { ...input, subjectReference: 'Patient/keyboard' };

/** What renderEpisode's element is given besides its defaults. */
export interface EpisodeFixtureOptions {
  storage?: DraftStorage;
  instruments?: readonly unknown[];
  today?: string;
  storageKey?: string;
  /** Set on a `<div>` around the element, as a host page would. */
  lang?: string;
  vocabulary?: unknown;
  domains?: readonly { code: string; label: string }[];
  messages?: LocaleMessages;
}

/** A fresh Barthel episode in its own memory store. */
export async function renderEpisode(options: EpisodeFixtureOptions = {}) {
  const storage = options.storage ?? new MemoryDraftStorage();
  const episode = html`<ot-episode
    .instruments=${options.instruments ?? [barthelDefinition]}
    .storage=${storage}
    .today=${options.today ?? '2026-10-06'}
    .vocabulary=${options.vocabulary ?? englandCldVocabulary}
    .domains=${options.domains ?? defaultGoalDomains}
    .messages=${options.messages}
    storage-key=${options.storageKey ?? storageKey}
    subject-reference=${driverInput.subjectReference}
    assessor-role="Occupational therapist"
  ></ot-episode>`;
  const element =
    options.lang === undefined
      ? await fixture<OtEpisode>(episode)
      : ((await fixture<HTMLDivElement>(html`<div lang=${options.lang}>${episode}</div>`)).querySelector('ot-episode') as OtEpisode);
  const driver = new EpisodeKeyboard(element);
  await driver.settle();
  return { element, driver, storage };
}

/**
 * A store holding, under the key renderEpisode uses, the draft of an episode
 * after `steps` started as renderEpisode's element starts one: handed to the
 * element, it opens straight in that state.
 */
export function storageAfter(steps: readonly ScriptStep[], instruments?: readonly InstrumentDefinition[], start: EpisodeInput = driverInput): MemoryDraftStorage {
  const storage = new MemoryDraftStorage();
  storage.write(storageKey, episodeDraftAfter(steps, instruments, start));
  return storage;
}
