import type { InstrumentDefinitionInput } from '@otforms/core';
import { chosenOptionIndex } from './generate-definition.js';

/**
 * The in-page half of the benchmark, bundled into both pages so that otforms
 * and the vanilla floor are driven by exactly the same code. A page supplies
 * an adapter (how to mount, where its controls are); everything timed is here.
 * scripts/bench.mjs calls `render()` then `answerAll()` on a fresh page.
 */

export type Question =
  | { kind: 'choice'; radios: HTMLInputElement[] }
  | { kind: 'number'; input: HTMLInputElement };

export interface BenchAdapter {
  /** Hands the definition to the form. Timing starts just before this call. */
  mount(definition: InstrumentDefinitionInput): void;
  /** The rendered controls of one item, or null while it is not (yet) fully rendered. */
  question(itemId: string): Question | null;
  continueButton(): HTMLElement | null;
  /** True once the final "Check your answers" page is in the DOM. */
  isReview(): boolean;
  /** The total the page currently shows, or null when none is shown. */
  displayedTotal(): number | null;
}

export interface RenderResult {
  /** Definition set → first section's controls all in the DOM (no frame wait). */
  readyMs: number;
  /** … → and painted: a double requestAnimationFrame after that. */
  paintedMs: number;
}

export interface AnswerResult {
  /** First answer → review page in the DOM and painted. */
  answerAllMs: number;
  answered: number;
  /** Last answer → expected total in the DOM (otforms: includes pressing Continue). */
  scoreDelayMs: number;
  /** Last Continue → review page in the DOM: the like-for-like cost of "Check your answers". */
  reviewMs: number;
  expectedTotal: number;
  shownTotal: number | null;
}

type Section = InstrumentDefinitionInput['sections'][number];
type Item = Section['items'][number];

// A macrotask yield without setTimeout's 4 ms clamp for nested timers: each
// answer becomes its own task, as a real click is, so Lit renders once per
// answer instead of batching 20 answers into one update.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const painted = async () => {
  await nextFrame();
  await nextFrame();
};

// Only a guard against a page that never gets there: a 200-item section of the
// 3,000-item form takes seconds to render on a loaded machine.
const WAIT_LIMIT_MS = 120_000;

async function until<T>(what: string, probe: () => T | null | false): Promise<T> {
  const deadline = performance.now() + WAIT_LIMIT_MS;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await yieldTask();
  }
}

type Given = Map<string, string | number>;

/**
 * Whether an item is shown, given the answers the driver has given so far:
 * the same rule as otforms' enableWhen (a hidden or unanswered trigger meets
 * only `notAnswered`). The driver only answers shown items, so an item it has
 * not answered is simply absent from `given`.
 */
function isShown(item: Item, given: Given): boolean {
  if (!item.enableWhen) return true;
  const met = ({ item: trigger, operator, value }: NonNullable<Item['enableWhen']>[number]) => {
    const answer = given.get(trigger);
    switch (operator) {
      case 'answered':
        return answer !== undefined;
      case 'notAnswered':
        return answer === undefined;
      case 'equals':
        return answer !== undefined && answer === value;
      case 'notEquals':
        return answer !== undefined && answer !== value;
      case 'greaterThan':
        return typeof answer === 'number' && typeof value === 'number' && answer > value;
      case 'lessThan':
        return typeof answer === 'number' && typeof value === 'number' && answer < value;
    }
  };
  return item.enableBehavior === 'any' ? item.enableWhen.some(met) : item.enableWhen.every(met);
}

/** One item's controls once fully rendered (a choice item with all its options), else null. */
function questionOf(adapter: BenchAdapter, item: Item): Question | null {
  const question = adapter.question(item.id);
  if (!question) return null;
  // An item that allows "Not assessed" (the Barthel's) has one more radio, after its options.
  const radios = item.type === 'single-choice' ? item.options.length + (item.allowNotAssessed ? 1 : 0) : 0;
  if (item.type === 'single-choice' && (question.kind !== 'choice' || question.radios.length !== radios)) return null;
  return question;
}

/** The controls of every item of the section shown for `given`, or null until all are rendered. */
function sectionQuestions(adapter: BenchAdapter, section: Section, given: Given): Map<string, Question> | null {
  const found = new Map<string, Question>();
  for (const item of section.items) {
    if (!isShown(item, given)) continue;
    const question = questionOf(adapter, item);
    if (!question) return null;
    found.set(item.id, question);
  }
  return found;
}

/** A page that shows a question before its condition is met would be answering a different form. */
function checkHidden(adapter: BenchAdapter, section: Section, given: Given): void {
  for (const item of section.items) {
    if (!isShown(item, given) && adapter.question(item.id)) throw new Error(`bench: ${item.id} is shown before its condition is met`);
  }
}

function click(target: HTMLElement): void {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}

/** Answers one item as the driver always does (see `chosenOptionIndex`); returns the answer given and its score. */
function answer(question: Question, item: Item, position: number, isLast: boolean): { given: string | number; score: number } {
  if (question.kind === 'choice' && item.type === 'single-choice') {
    const option = item.options[chosenOptionIndex(position, item.options.length, isLast)]!;
    click(question.radios[item.options.indexOf(option)]!);
    return { given: option.code, score: option.score ?? 0 };
  }
  if (question.kind === 'number') {
    const value = (position * 13) % 101;
    question.input.value = String(value);
    question.input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    return { given: value, score: 0 };
  }
  throw new Error(`bench: ${item.id} (${item.type}) has unexpected controls (${question.kind})`);
}

// Set by `bench --profile` before the page loads: profile the score-delay
// window with console.profile, which CDP hands back as its own profile.
const profileTotal = window.otformsBenchProfileTotal === true;

export function createBench(adapter: BenchAdapter, definition: InstrumentDefinitionInput) {
  const sections = definition.sections;
  const scored = new Set(definition.scoring?.items ?? []);

  async function render(): Promise<RenderResult> {
    const start = performance.now();
    adapter.mount(definition);
    await until('the first section', () => sectionQuestions(adapter, sections[0]!, new Map()));
    const readyMs = performance.now() - start;
    await painted();
    return { readyMs, paintedMs: performance.now() - start };
  }

  async function answerAll(): Promise<AnswerResult> {
    let expectedTotal = 0;
    let answered = 0;
    let lastAnswerAt = 0;
    let scoreShownAt = 0;
    let lastContinueAt = 0;
    // Called after every step once the last answer is given, so the first
    // moment the right total is in the DOM is caught whichever page shows it.
    const watchTotal = () => {
      if (!lastAnswerAt || scoreShownAt || adapter.displayedTotal() !== expectedTotal) return;
      scoreShownAt = performance.now();
      performance.mark('bench:total-shown');
      if (profileTotal) console.profileEnd('total-shown');
    };
    const given: Given = new Map();
    let position = 0;
    const start = performance.now();
    for (const [s, section] of sections.entries()) {
      const questions = await until(`section ${s + 1}`, () => sectionQuestions(adapter, section, given));
      checkHidden(adapter, section, given);
      for (const [i, item] of section.items.entries()) {
        const isLast = s === sections.length - 1 && i === section.items.length - 1;
        const itemPosition = position++;
        if (!isShown(item, given)) continue;
        // A conditional question appears once its trigger (earlier in this
        // section) is answered: wait for it as a person would see it appear.
        const question = questions.get(item.id) ?? (await until(`${item.id} to appear`, () => questionOf(adapter, item)));
        if (isLast) {
          // The score delay is timed from just before the last click. The marks
          // let `bench --profile` cut this window out of a trace.
          if (profileTotal) console.profile('total-shown');
          performance.mark('bench:last-answer');
          lastAnswerAt = performance.now();
        }
        const { given: value, score } = answer(question, item, itemPosition, isLast);
        given.set(item.id, value);
        if (scored.has(item.id)) expectedTotal += score;
        answered++;
        watchTotal(); // a page that updates synchronously (vanilla) is caught here
        await yieldTask();
        watchTotal();
      }
      const button = await until('the Continue button', () => adapter.continueButton());
      lastContinueAt = performance.now();
      click(button);
      watchTotal();
    }
    await until('the review page', () => {
      watchTotal();
      return adapter.isReview();
    });
    const reviewMs = performance.now() - lastContinueAt;
    await until('the total on the review page', () => {
      watchTotal();
      return scoreShownAt > 0;
    });
    await painted();
    return {
      answerAllMs: performance.now() - start,
      answered,
      scoreDelayMs: scoreShownAt - lastAnswerAt,
      reviewMs,
      expectedTotal,
      shownTotal: adapter.displayedTotal(),
    };
  }

  return { render, answerAll };
}

declare global {
  interface Window {
    otformsBench?: ReturnType<typeof createBench>;
    otformsBenchProfileTotal?: boolean;
  }
}
