import { expect } from '@open-wc/testing';
import { outcomeExtract, outcomeExtractCsv, summariseOutcomes, type OutcomeSummary, type SummaryOptions } from '@otforms/reporting';
import { fictionalEpisodes, fictionalTeam } from '../../../reporting/src/test-support/fictional-episodes.js';
import { extractCsvOffMainThread, summariseOffMainThread, WORKER_THRESHOLD } from './summarise-off-main-thread.js';
import { extractCsvHeader } from './extract-csv-header.js';
import { cy } from '../i18n/cy.js';

const COUNT = 6000;
const options: SummaryOptions = { groupBy: fictionalTeam, period: 'month' };

/** Counts the workers started and the replies they sent, by wrapping the page's Worker. */
function watchWorkers(replace?: (Original: typeof Worker) => typeof Worker) {
  const Original = globalThis.Worker;
  const seen = { started: 0, terminated: 0, replies: [] as string[] };
  class Watched extends Original {
    constructor(url: string | URL, workerOptions?: WorkerOptions) {
      super(url, workerOptions);
      seen.started += 1;
      this.addEventListener('message', (event: MessageEvent<{ type: string }>) => seen.replies.push(event.data.type));
    }
    override terminate(): void {
      seen.terminated += 1;
      super.terminate();
    }
  }
  globalThis.Worker = replace ? replace(Watched) : Watched;
  return { seen, restore: () => void (globalThis.Worker = Original) };
}

/** Every progress report, checked to start at 0, never go back, and end at the total. */
function progressLog() {
  const calls: [number, number][] = [];
  return {
    onProgress: (done: number, total: number) => void calls.push([done, total]),
    expectComplete(total: number) {
      expect(calls[0]).to.deep.equal([0, total]);
      expect(calls.at(-1)).to.deep.equal([total, total]);
      for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).to.be.at.least(calls[i - 1]![0]);
      expect(calls.every(([, t]) => t === total)).to.equal(true);
      return calls;
    },
  };
}

/** Long tasks (over 50 ms) that overlap the time `run` takes, as Chromium's Long Tasks API sees them. */
async function longTasksDuring(run: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  let from = Infinity;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime + entry.duration > from) durations.push(Math.round(entry.duration));
  });
  observer.observe({ type: 'longtask' });
  // A fresh task, so that none of the test's own setup is counted.
  await new Promise((resolve) => setTimeout(resolve, 0));
  from = performance.now();
  await run();
  // Entries are delivered after their task ends.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return durations;
}

describe('summariseOffMainThread and extractCsvOffMainThread', function () {
  let records: unknown[];
  let expected: OutcomeSummary;

  before(function () {
    this.timeout(120_000);
    // As a host's store hands them over (parsed JSON, no objects shared between records), with two unreadable ones.
    records = JSON.parse(JSON.stringify(fictionalEpisodes({ count: COUNT - 2, seed: 11 }))) as unknown[];
    records.splice(17, 0, null);
    records.splice(4321, 0, { schemaVersion: 3, kind: 'episode', recordId: 'fictional-broken' });
    expected = summariseOutcomes(records, options);
  });

  it('summarises 6,000 records in a worker, as summariseOutcomes does, with groupBy and period', async function () {
    this.timeout(60_000);
    expect(COUNT).to.be.at.least(WORKER_THRESHOLD);
    expect(expected.counts.unreadable).to.equal(2);
    expect(expected.groups.filter((group) => group.group !== null && group.period === null).length).to.be.at.least(5);
    const watch = watchWorkers();
    const progress = progressLog();
    try {
      const summary = await summariseOffMainThread(records, { ...options, onProgress: progress.onProgress });
      expect(summary).to.deep.equal(expected);
    } finally {
      watch.restore();
    }
    expect(watch.seen).to.deep.include({ started: 1, terminated: 1 });
    expect(watch.seen.replies[0]).to.equal('ready');
    expect(watch.seen.replies.at(-1)).to.equal('summary');
    // Sent in batches, with a report after each.
    expect(progress.expectComplete(COUNT).length).to.be.greaterThan(3);
  });

  it('keeps every main-thread task under 50 ms while a worker summarises 6,000 records', async function () {
    this.timeout(180_000);
    // The observer does see a long task here: otherwise an empty list would prove nothing.
    const blocked = await longTasksDuring(async () => {
      const until = performance.now() + 80;
      while (performance.now() < until);
    });
    expect(blocked.length, 'a deliberate 80 ms task is seen').to.equal(1);

    // On a loaded machine the OS or a garbage collection can stall any task, however short,
    // past 50 ms, so a run may be tried again. Posting every record in one message makes a
    // task of 270–400 ms on every run, so this still fails then (tried once: 399, 331, 301, 329
    // and 269 ms in the five runs).
    const attempts: string[] = [];
    const watch = watchWorkers();
    try {
      for (let attempt = 1; attempt <= 5; attempt++) {
        let summary: OutcomeSummary | undefined;
        const started = performance.now();
        const durations = await longTasksDuring(async () => (summary = await summariseOffMainThread(records, options)));
        expect(summary).to.deep.equal(expected);
        attempts.push(`[${durations.join(', ')}] in ${Math.round(performance.now() - started)} ms`);
        if (durations.length === 0) break;
      }
    } finally {
      watch.restore();
    }
    expect(watch.seen.replies.filter((type) => type === 'summary').length, 'every run was in a worker').to.equal(attempts.length);
    expect(attempts.at(-1), `long tasks (ms) in each run: ${attempts.join('; ')}`).to.match(/^\[\] /);
  });

  it('writes the person-level extract CSV in a worker, as outcomeExtractCsv(outcomeExtract(records)) does', async function () {
    this.timeout(60_000);
    const watch = watchWorkers();
    const progress = progressLog();
    try {
      const csv = await extractCsvOffMainThread(records, { onProgress: progress.onProgress });
      expect(csv).to.equal(outcomeExtractCsv(outcomeExtract(records)));
    } finally {
      watch.restore();
    }
    expect(watch.seen.replies.at(-1)).to.equal('extract-csv');
    progress.expectComplete(COUNT);
  });

  it('writes the extract’s header in the words given, in a worker and on the main thread alike', async function () {
    this.timeout(60_000);
    const some = records.slice(0, 60);
    const header = extractCsvHeader(cy.report);
    const expectedCsv = outcomeExtractCsv(outcomeExtract(some), { header });
    expect(expectedCsv.split('\r\n')[0]).to.match(/^Rhif adnabod y cofnod,/);
    const watch = watchWorkers();
    try {
      expect(await extractCsvOffMainThread(some, { header, worker: true })).to.equal(expectedCsv);
    } finally {
      watch.restore();
    }
    expect(watch.seen.replies.at(-1)).to.equal('extract-csv');
    expect(await extractCsvOffMainThread(some, { header, worker: false })).to.equal(expectedCsv);
  });

  it('stops the worker and rejects with an AbortError when aborted', async function () {
    this.timeout(60_000);
    const watch = watchWorkers();
    const controller = new AbortController();
    let reports = 0;
    try {
      const run = summariseOffMainThread(records, {
        ...options,
        signal: controller.signal,
        onProgress: (done) => {
          reports += 1;
          if (done > 0) controller.abort();
        },
      });
      const error = await run.then(
        () => null,
        (reason: unknown) => reason,
      );
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
    } finally {
      watch.restore();
    }
    expect(watch.seen).to.deep.include({ started: 1, terminated: 1 });
    expect(watch.seen.replies).not.to.include('summary');
    const after = reports;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reports, 'no progress after the abort').to.equal(after);
  });

  it('rejects at once, starting no worker, when the signal is already aborted', async function () {
    const watch = watchWorkers();
    try {
      const reason = new DOMException('The host changed its mind.', 'AbortError');
      const error = await summariseOffMainThread(records, { signal: AbortSignal.abort(reason) }).catch((e: unknown) => e);
      expect(error).to.equal(reason);
      const extractError = await extractCsvOffMainThread(records, { worker: false, signal: AbortSignal.abort() }).catch((e: unknown) => e);
      expect((extractError as DOMException).name).to.equal('AbortError');
    } finally {
      watch.restore();
    }
    expect(watch.seen.started).to.equal(0);
  });

  it('falls back to main-thread slices, with the same summary and progress, when the worker script cannot load', async function () {
    this.timeout(60_000);
    // As when a bundler did not emit the worker file: the URL answers 404.
    const watch = watchWorkers((Watched) => class extends Watched {
      constructor(_url: string | URL, workerOptions?: WorkerOptions) {
        super(new URL('./no-such-worker.js', import.meta.url), workerOptions);
      }
    });
    const progress = progressLog();
    // The page's timers and frames run while the slices run: they give the thread back.
    let ticks = 0;
    let frames = 0;
    let drawing = true;
    const ticker = setInterval(() => (ticks += 1), 10);
    const draw = () => {
      frames += 1;
      if (drawing) requestAnimationFrame(draw);
    };
    requestAnimationFrame(draw);
    const started = performance.now();
    try {
      expect(await summariseOffMainThread(records, { ...options, onProgress: progress.onProgress })).to.deep.equal(expected);
    } finally {
      clearInterval(ticker);
      drawing = false;
      watch.restore();
    }
    const seconds = (performance.now() - started) / 1000;
    expect(watch.seen).to.deep.include({ started: 1, terminated: 1, replies: [] });
    expect(progress.expectComplete(COUNT).length).to.be.greaterThan(3);
    // At least 10 a second each (a 10 ms timer and 60 frames a second at best), on a busy machine.
    expect(ticks, `timer runs in ${seconds.toFixed(1)} s`).to.be.greaterThan(10 * seconds);
    expect(frames, `frames in ${seconds.toFixed(1)} s`).to.be.greaterThan(10 * seconds);
  });

  it('falls back to main-thread slices when a worker cannot even be constructed', async function () {
    this.timeout(60_000);
    // As under a Content-Security-Policy that blocks it, or on a file:// page.
    const watch = watchWorkers(() => class {
      constructor() {
        throw new DOMException('Workers are not allowed here.', 'SecurityError');
      }
    } as unknown as typeof Worker);
    const progress = progressLog();
    try {
      expect(await extractCsvOffMainThread(records, { onProgress: progress.onProgress })).to.equal(outcomeExtractCsv(outcomeExtract(records)));
    } finally {
      watch.restore();
    }
    progress.expectComplete(COUNT);
  });

  it('gives groupBy the record as given in a worker too, so a field a schema defaults gives the same key', async function () {
    this.timeout(60_000);
    // Without `equipment` an episode is still readable (it defaults to []), but groupBy sees it missing on both paths.
    const given = records.slice(0, 400).map((record, index) => {
      if (index % 2 === 0 || !record || (record as { kind?: string }).kind !== 'episode') return record;
      const copy = structuredClone(record) as { episode: { equipment?: unknown } };
      delete copy.episode.equipment;
      return copy;
    });
    const byEquipment: SummaryOptions = { groupBy: (record) => (record.kind === 'episode' ? (record.episode.equipment === undefined ? 'not given' : 'given') : null) };
    const inWorker = await summariseOffMainThread(given, { ...byEquipment, worker: true });
    expect(inWorker).to.deep.equal(summariseOutcomes(given, byEquipment));
    expect(inWorker.groups.map((group) => group.group)).to.deep.equal(['given', 'not given']);
  });

  it('runs on the main thread below the threshold or when told to, with the same results', async function () {
    this.timeout(60_000);
    const watch = watchWorkers();
    try {
      const few = records.slice(0, 300);
      expect(await summariseOffMainThread(few, options)).to.deep.equal(summariseOutcomes(few, options));
      expect(await summariseOffMainThread([], options)).to.deep.equal(summariseOutcomes([], options));
      const progress = progressLog();
      expect(await summariseOffMainThread(records, { ...options, worker: false, onProgress: progress.onProgress })).to.deep.equal(expected);
      progress.expectComplete(COUNT);
      expect(watch.seen.started).to.equal(0);
      // And a worker for a few records when asked.
      expect(await summariseOffMainThread(few, { period: 'quarter', worker: true })).to.deep.equal(summariseOutcomes(few, { period: 'quarter' }));
      expect(watch.seen.started).to.equal(1);
    } finally {
      watch.restore();
    }
  });

  it('refuses what summariseOutcomes refuses, on either path', async function () {
    this.timeout(60_000);
    const few = records.slice(0, 50);
    const badKey = { groupBy: () => 7 as unknown as string };
    for (const worker of [true, false]) {
      const error = await summariseOffMainThread(few, { ...badKey, worker }).catch((e: unknown) => e);
      expect(error, `worker: ${worker}`).to.be.instanceOf(TypeError);
      expect((error as TypeError).message).to.equal('groupBy must return a string or null, not number');
      const period = await summariseOffMainThread(few, { period: 'year' as 'month', worker }).catch((e: unknown) => e);
      expect(period).to.be.instanceOf(TypeError);
    }
    expect(() => summariseOutcomes(few, badKey)).to.throw(TypeError, 'groupBy must return a string or null, not number');
  });
});
