// Only the element this page uses: each tag can be registered on its own.
import '@otforms/elements/define/ot-outcome-report';
import type { EpisodeRecord } from '@otforms/core';
import { fictionalEpisodeStream, fictionalTeam } from '../packages/reporting/src/test-support/fictional-episodes.js';

const report = document.querySelector('ot-outcome-report')!;
report.groupBy = fictionalTeam;

document.querySelector('#print')!.addEventListener('click', () => window.print());

/**
 * 2,000 FICTIONAL episodes from the seeded generator, drawn up 100 at a time
 * with the page given back in between, so that it keeps responding while
 * they are made. A real host would read its records from its own store.
 */
async function fictionalRecords(count: number): Promise<EpisodeRecord[]> {
  const records: EpisodeRecord[] = [];
  for (const record of fictionalEpisodeStream({ count, seed: 2025 })) {
    records.push(record);
    if (records.length % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return records;
}

report.records = await fictionalRecords(2000);
