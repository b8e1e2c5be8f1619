import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { OtOutcomeReport } from './ot-outcome-report.js';
import type { OtReportExportEvent } from '../events/ot-report-export-event.js';
import { WORKER_THRESHOLD } from './summarise-off-main-thread.js';
import { fictionalEpisodes, fictionalTeam } from '../../../reporting/src/test-support/fictional-episodes.js';

/** Every record here is FICTIONAL, from the seeded generator. */
const COUNT = 6000;
/** The figures' seven sections and the downloads. */
const SECTIONS = 8;

interface LongTask {
  start: number;
  duration: number;
}

/**
 * Long tasks (over 50 ms, as Chromium's Long Tasks API sees them) that end
 * after `run` starts, with when each began, so that a failure can say which
 * step made it. Only tasks from now on (`buffered: false`).
 */
async function longTasksDuring(run: () => Promise<unknown>): Promise<{ tasks: LongTask[]; from: number }> {
  const tasks: LongTask[] = [];
  let from = Infinity;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime + entry.duration > from) tasks.push({ start: entry.startTime, duration: Math.round(entry.duration) });
  });
  observer.observe({ type: 'longtask', buffered: false });
  // A fresh task, so that none of the test's own setup is counted.
  await new Promise((resolve) => setTimeout(resolve, 0));
  from = performance.now();
  await run();
  // Entries are delivered after their task ends.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { tasks, from };
}

/** Resolves after the browser has drawn a frame: the rendering work the last change caused is inside the watched time. */
const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function waitFor(condition: () => boolean, what: string, timeout = 60_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

type Step = 'summary' | 'filter' | 'extract';
const STEPS: readonly Step[] = ['summary', 'filter', 'extract'];

/**
 * What a person does with a large report, watched from the moment the host
 * sets `records`: the figures appear, a filter is changed, and the
 * person-level extract is downloaded. Returns when each step began, and
 * the extract.
 */
async function useTheReport(element: OtOutcomeReport, records: readonly unknown[]): Promise<{ steps: Record<Step, number>; csv: string }> {
  const root = element.shadowRoot!;
  const steps: Record<Step, number> = { summary: performance.now(), filter: Infinity, extract: Infinity };
  element.records = records;
  await waitFor(() => root.querySelector('[data-section=headline]') !== null, 'the figures');
  // The sections come a frame apart; updateComplete waits for them all.
  await element.updateComplete;
  expect(root.querySelectorAll('[data-section]').length).to.equal(SECTIONS);
  await afterFrame();

  steps.filter = performance.now();
  const group = root.querySelector<HTMLSelectElement>('#group-filter')!;
  group.selectedIndex = [...group.options].findIndex((option) => option.textContent?.trim() === 'North');
  group.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
  await waitFor(() => /North/.test(root.querySelector('.selection-caption')?.textContent ?? ''), 'the North figures');
  await afterFrame();

  steps.extract = performance.now();
  let exported: OtReportExportEvent | undefined;
  element.addEventListener(
    'ot-report-export',
    (event) => {
      exported = event;
      event.preventDefault(); // nothing is downloaded
    },
    { once: true },
  );
  root.querySelector<HTMLButtonElement>('[data-export=extract]')!.click();
  await waitFor(() => exported !== undefined, 'the extract');
  expect(exported!.detail.kind).to.equal('extract');
  await element.updateComplete;
  await afterFrame();
  return { steps, csv: exported!.detail.csv };
}

/** The step a long task belongs to: the last one begun before it ended (a step begins inside a task that began before it). */
function stepOf({ start, duration }: LongTask, steps: Record<Step, number>): Step {
  return [...STEPS].reverse().find((step) => steps[step] <= start + duration) ?? 'summary';
}

describe('<ot-outcome-report> with 6,000 records', function () {
  let records: unknown[];

  before(function () {
    this.timeout(120_000);
    // As a host's store hands them over: parsed JSON, no objects shared between records.
    records = JSON.parse(JSON.stringify(fictionalEpisodes({ count: COUNT, seed: 5 }))) as unknown[];
  });

  it('keeps every main-thread task under 50 ms from setting records, through the figures and a filter, to the extract', async function () {
    this.timeout(300_000);
    expect(COUNT).to.be.at.least(WORKER_THRESHOLD);
    // The observer does see a long task here: otherwise an empty list would prove nothing.
    const blocked = await longTasksDuring(async () => {
      const until = performance.now() + 80;
      while (performance.now() < until);
    });
    expect(blocked.tasks.length, 'a deliberate 80 ms task is seen').to.equal(1);

    // On a loaded machine the OS or a garbage collection can stall any task,
    // however short, past 50 ms (a shared 2-core machine under load stalled
    // tasks with 1–15 ms of CPU time to 50–70 ms, seen in traces), and a run
    // takes several seconds. So the whole run is tried again, each time in
    // a new element, until each step has had a run with no long task. Work
    // of ours that makes a long task makes it in every run: with the
    // summary and the extract made in one task each (AT_ONCE_LIMIT set above
    // 6,000) every run had tasks of 570–950 ms in both, and this failed.
    const attempts: string[] = [];
    const clean = new Set<Step>();
    for (let attempt = 1; attempt <= 5 && clean.size < STEPS.length; attempt++) {
      const element = await fixture<OtOutcomeReport>(html`<ot-outcome-report .groupBy=${fictionalTeam} period="quarter"></ot-outcome-report>`);
      let run: Awaited<ReturnType<typeof useTheReport>> | undefined;
      const { tasks, from } = await longTasksDuring(async () => (run = await useTheReport(element, records)));
      element.remove();
      const { steps, csv } = run!;
      // Header, one row per record, and a last line ending.
      expect(csv.split('\r\n').length).to.equal(COUNT + 2);
      const steppedTasks = tasks.map((task) => ({ step: stepOf(task, steps), duration: task.duration }));
      for (const step of STEPS) if (!steppedTasks.some((task) => task.step === step)) clean.add(step);
      attempts.push(`[${steppedTasks.map(({ step, duration }) => `${duration} ms in ${step}`).join(', ')}] in ${Math.round(performance.now() - from)} ms`);
    }
    expect(
      STEPS.filter((step) => !clean.has(step)),
      `steps with a long task in every run; long tasks in each run: ${attempts.join('; ')}`,
    ).to.deep.equal([]);
  });
});
