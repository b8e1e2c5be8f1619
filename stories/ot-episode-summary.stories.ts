import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EpisodeRecord } from '@otforms/core';
import '@otforms/elements/define';
import { changedEpisodeFixture, episodeRecordFixture, episodeWithMissingTotalsFixture, tugRecordFixture } from '../packages/interop/src/test-support/episode-record-fixture.js';

/**
 * The outcome summary of a reablement episode: each measure at the start and
 * at the end, on its own scale, with the figures in a table. The episode is
 * the interop fixture's: Mrs Ada Example, Barthel 12 → 18, two goals
 * reviewed, care hours 10.5 → 3 a week. Nothing in it is a real person's.
 */

const underWay = changedEpisodeFixture((record) => {
  delete record.episode.endedOn;
  delete record.episode.endOutcome;
  delete record.episode.nextService;
  delete record.episode.plannedHoursPerWeek.atEnd;
  record.episode.followUp = [];
  record.assessments[1]!.timepoint = 'interim';
  record.assessments.push({
    timepoint: 'baseline',
    record: tugRecordFixture('1a2b3c4d-0000-4000-8000-000000000011', { time: 18.4, walkingAid: 'frame', assistance: 'none' }, '2026-11-04'),
  });
  delete record.goalPlan;
});

const missingTotals = episodeWithMissingTotalsFixture();

interface Args {
  /** Set by each story; documented from the manifest, without a control. */
  record: EpisodeRecord;
}

const meta = {
  title: 'Episode/ot-episode-summary',
  component: 'ot-episode-summary',
  tags: ['autodocs'],
  args: { record: episodeRecordFixture() },
  render: (args) => html`<ot-episode-summary .record=${args.record}></ot-episode-summary>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A finished episode: Barthel 12 → 18 (+6), T-score 31.4 → 43.8, care hours 10.5 → 3 a week (−7.5). */
export const Finished: Story = {};

/** An episode under way: the latest values so far (an interim Barthel), a TUG at the start only, no goal plan yet. */
export const UnderWay: Story = { args: { record: underWay } };

/** Missing data shown as missing: an incomplete Barthel at the start, a TUG with no time because help was given, hours at the start not recorded. */
export const MissingTotals: Story = { args: { record: missingTotals } };
