import { summariseOutcomes, type OutcomeSummary } from '@otforms/reporting';

/**
 * The timed half of the reporting bench, shared by Node (summarise-node.ts)
 * and the page (reporting-page/main.ts) so that both are measured by the same
 * code. Each run: `JSON.parse` of every part of the cohort (the floor), then
 * `summarise` of all the records that parse gave: `summariseOutcomes`, or in
 * the page also `summariseOffMainThread`, timed until its promise settles.
 * Each part's text is decoded from its bytes just before its parse and
 * outside the timing, so only one part is ever a string (cohort-files.ts
 * says why there are parts).
 */
export interface TimedRuns {
  parseMs: number[];
  summariseMs: number[];
  jsonBytes: number;
}

export type Summarise = (records: unknown[]) => OutcomeSummary | Promise<OutcomeSummary>;

export async function timeParseAndSummarise(
  parts: readonly Uint8Array[],
  count: number,
  runs: number,
  gc: () => void,
  summarise: Summarise = summariseOutcomes,
): Promise<TimedRuns> {
  const decoder = new TextDecoder();
  const parseAll = (): { records: unknown[]; ms: number } => {
    const records: unknown[] = [];
    let ms = 0;
    for (const part of parts) {
      const text = decoder.decode(part);
      const started = performance.now();
      const parsed = JSON.parse(text) as unknown[];
      ms += performance.now() - started;
      for (const record of parsed) records.push(record);
    }
    return { records, ms };
  };
  const [first] = parts;
  if (!first) throw new Error('a cohort has at least one part');
  // Warm-up, untimed: the first part through both, so that both are optimised before the timed runs.
  await summarise(JSON.parse(decoder.decode(first)) as unknown[]);
  const parseMs: number[] = [];
  const summariseMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    gc(); // the last run's garbage is collected here, not inside a timed step
    const { records, ms } = parseAll();
    parseMs.push(ms);
    gc();
    const started = performance.now();
    const summary = await summarise(records);
    summariseMs.push(performance.now() - started);
    checkSummary(summary, count);
  }
  return { parseMs, summariseMs, jsonBytes: parts.reduce((sum, part) => sum + part.byteLength, 0) };
}

/** The summary must have read every record as an episode, or its time means nothing. */
export function checkSummary(summary: OutcomeSummary, count: number): void {
  const { recordsRead, episodes, unreadable } = summary.counts;
  if (recordsRead !== count || episodes !== count || unreadable !== 0) {
    const first = summary.unreadable.slice(0, 3).map((entry) => `${entry.position}: ${entry.reasons.join('; ')}`);
    throw new Error(`the summary read ${recordsRead} of ${count} records (${episodes} episodes, ${unreadable} unreadable${first.length ? `: ${first.join(' | ')}` : ''})`);
  }
}
