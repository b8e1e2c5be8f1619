import type { InstrumentDefinitionInput } from '@otforms/core';

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

async function until<T>(what: string, probe: () => T | null | false): Promise<T> {
  const deadline = performance.now() + 10_000;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await yieldTask();
  }
}

function sectionQuestions(adapter: BenchAdapter, section: Section): Question[] | null {
  const found: Question[] = [];
  for (const item of section.items) {
    const question = adapter.question(item.id);
    if (!question) return null;
    if (item.type === 'single-choice' && (question.kind !== 'choice' || question.radios.length !== item.options.length)) return null;
    found.push(question);
  }
  return found;
}

/** Which option each choice item gets: a spread of scores, and the top score for the very last item. */
function optionIndex(item: Item & { type: 'single-choice' }, n: number, isLast: boolean): number {
  return isLast ? item.options.length - 1 : (n * 7 + 3) % item.options.length;
}

function click(target: HTMLElement): void {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}

function answer(question: Question, item: Item, n: number, isLast: boolean): number {
  if (question.kind === 'choice' && item.type === 'single-choice') {
    const index = optionIndex(item, n, isLast);
    click(question.radios[index]!);
    return item.options[index]!.score ?? 0;
  }
  if (question.kind === 'number') {
    question.input.value = String((n * 13) % 101);
    question.input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  return 0;
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
    await until('the first section', () => sectionQuestions(adapter, sections[0]!));
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
    const start = performance.now();
    for (const [s, section] of sections.entries()) {
      const questions = await until(`section ${s + 1}`, () => sectionQuestions(adapter, section));
      for (const [i, item] of section.items.entries()) {
        const isLast = s === sections.length - 1 && i === section.items.length - 1;
        if (isLast) {
          // The score delay is timed from just before the last click. The marks
          // let `bench --profile` cut this window out of a trace.
          if (profileTotal) console.profile('total-shown');
          performance.mark('bench:last-answer');
          lastAnswerAt = performance.now();
        }
        const score = answer(questions[i]!, item, answered, isLast);
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
