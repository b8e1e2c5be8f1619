import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EpisodeRecord } from '@otforms/core';
import { summariseOutcomes, type OutcomeSummary, type ReportingPeriod } from '@otforms/reporting';
import '@otforms/elements/define';
import { fictionalEpisodeStream, fictionalEpisodes, fictionalTeam } from '../packages/reporting/src/test-support/fictional-episodes.js';

/**
 * Outcome evidence across people, from FICTIONAL reablement episodes made by
 * the seeded generator: no record is about a real person. Each story groups
 * the records by the generator's fictional teams.
 */

interface Args {
  period: ReportingPeriod;
  onOtReportExport?: (event: Event) => void;
}

/** What a story's loader hands to its render. */
interface Loaded {
  records?: readonly unknown[];
  summary?: OutcomeSummary;
}

/** Many records, drawn up 200 at a time with the page given back in between, so the story keeps responding while they are made. */
async function fictionalCohort(count: number, seed: number): Promise<EpisodeRecord[]> {
  const records: EpisodeRecord[] = [];
  for (const record of fictionalEpisodeStream({ count, seed })) {
    records.push(record);
    if (records.length % 200 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return records;
}

const meta = {
  title: 'Reporting/ot-outcome-report',
  component: 'ot-outcome-report',
  tags: ['autodocs'],
  args: { period: 'quarter' },
  argTypes: { period: { control: 'select', options: ['month', 'quarter'] } },
  render: (args, { loaded }) => {
    const { records, summary } = loaded as Loaded;
    return html`<ot-outcome-report
      period=${args.period}
      .records=${records}
      .summary=${summary}
      .groupBy=${fictionalTeam}
      @ot-report-export=${args.onOtReportExport}
    ></ot-outcome-report>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A small team's 12 episodes: most counts are 1 to 4, so they show as "fewer than 5", with the means worked out from them. */
export const SmallTeam: Story = {
  loaders: [async (): Promise<Loaded> => ({ records: fictionalEpisodes({ count: 12, seed: 4 }) })],
};

/** 6,000 episodes: summarised in a Web Worker, with a progress bar and its progress announced in steps. */
export const LargeCohort: Story = {
  loaders: [async (): Promise<Loaded> => ({ records: await fictionalCohort(6000, 6) })],
};

/** No records at all: a clear empty state, with nothing to filter or download. */
export const EmptySet: Story = {
  loaders: [async (): Promise<Loaded> => ({ records: [] })],
};

/** Two of 60 records cannot be read: they are counted and listed with where they came and why, and left out of the figures. */
export const UnreadableRecords: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const records: unknown[] = fictionalEpisodes({ count: 58, seed: 9 });
      records.splice(7, 0, { kind: 'episode', recordId: 'fictional-broken-record', episode: { startedOn: 'last Tuesday' } });
      records.splice(31, 0, 'not a record');
      return { records };
    },
  ],
};

/** A summary a back end made (`summariseOutcomes` on 300 episodes): shown as it is; the person-level extract says it needs the records. */
export const FromASummary: Story = {
  loaders: [async (): Promise<Loaded> => ({ summary: summariseOutcomes(fictionalEpisodes({ count: 300, seed: 12 }), { groupBy: fictionalTeam, period: 'quarter' }) })],
};

/**
 * In a Welsh page (`lang="cy"` on an ancestor): every heading, figure, chart,
 * table and download in Welsh, with Welsh months and plurals; one record that
 * cannot be read shows the Welsh unreadable part. CLD's sequels stay in English.
 */
export const InWelsh: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const records: unknown[] = fictionalEpisodes({ count: 60, seed: 9 });
      records.splice(12, 0, 'not a record');
      return { records };
    },
  ],
  render: (args, context) => html`<div lang="cy">${meta.render(args, context)}</div>`,
};
