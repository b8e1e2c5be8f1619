import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { parseDefinition, type EpisodeRecord, type HomeVisitRecord, type InstrumentDefinition } from '@otforms/core';
import '@otforms/elements/define/ot-home-visit-summary';
import type { SummaryContact } from '../packages/elements/src/home-visit/ot-home-visit-summary.js';
import {
  episodeWithHomeVisitFixture,
  fixtureContact,
  fixtureEquipmentReturn,
  fixtureRecommendations,
  homeCheckAnswers,
  homeVisitRecordFixture,
  summaryConversation,
  summaryDefinitions,
  summaryHomeCheck,
} from '../packages/elements/src/test-support/home-visit-summary-fixture.js';

/**
 * The summaries of a home visit to hand over: for the person, in plain
 * English, and for the housing authority, a Disabled Facilities Grant
 * recommendation. The visit is the elements' fixture: fictional Mrs Ada
 * Example on 12 November 2026, with drawn photos. `tests/print/summaries-pdf.mjs`
 * prints every story here to an A4 PDF and checks its pages.
 */

interface Args {
  audience: 'person' | 'housing';
  /** Set by each story; documented from the manifest, without a control. */
  record: HomeVisitRecord | EpisodeRecord | Record<string, unknown>;
  definitions: readonly InstrumentDefinition[];
  contact?: SummaryContact;
  equipmentReturn?: string;
  nextReview?: string;
}

const meta = {
  title: 'Home visit/ot-home-visit-summary',
  component: 'ot-home-visit-summary',
  tags: ['autodocs'],
  argTypes: { audience: { control: 'inline-radio', options: ['person', 'housing'] } },
  args: {
    audience: 'person',
    record: episodeWithHomeVisitFixture(),
    definitions: summaryDefinitions,
    contact: fixtureContact,
    equipmentReturn: fixtureEquipmentReturn,
  },
  render: (args) =>
    html`<ot-home-visit-summary
      audience=${args.audience}
      .record=${args.record}
      .definitions=${args.definitions}
      .contact=${args.contact}
      .equipmentReturn=${args.equipmentReturn}
      .nextReview=${args.nextReview}
    ></ot-home-visit-summary>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** For the person, from the episode: what matters to her and her goals in her own words, three things agreed, equipment, contact, and the next review from the 84-day follow-up. */
export const Person: Story = {};

/** For the person, from the home-visit record alone: no goal plan, so the goals say so; the next review set by the host. */
export const PersonVisitOnly: Story = { args: { record: homeVisitRecordFixture(), nextReview: '2026-12-03' } };

/** For the person, before anything is agreed: each part with nothing to show says so. */
export const PersonNothingYet: Story = {
  args: {
    record: homeVisitRecordFixture({ conversation: { whatMatters: ' ' }, recommendations: [fixtureRecommendations[3]!] }),
    contact: undefined,
    equipmentReturn: undefined,
  },
};

/** For the housing authority: the level-access shower through a Disabled Facilities Grant, the need it meets, why, five measurements and two photos. */
export const Housing: Story = { args: { audience: 'housing' } };

/** The home check with the back steps' question worded at length, so each of their rows takes more than one line. */
function withLongStepLabel(): InstrumentDefinition {
  const definition = structuredClone(summaryHomeCheck);
  const steps = definition.sections.flatMap((section) => section.items).find((item) => item.id === 'backSteps')!;
  steps.label = 'Steps down from the back door to the garden path, each measured from the top of its tread to the top of the next';
  return parseDefinition(definition);
}

/** For the housing authority with many measurements (forty back steps, each row two lines), so the table runs over pages: its rows are never split and its header repeats. */
export const HousingManyMeasurements: Story = {
  args: {
    audience: 'housing',
    definitions: [withLongStepLabel(), summaryConversation],
    record: homeVisitRecordFixture({
      homeCheck: { ...homeCheckAnswers, backSteps: Array.from({ length: 40 }, (_, index) => ({ backStepHeight: 150 + (index % 5) * 5 })) },
    }),
  },
};

/** For the housing authority without the definitions: questions named by their ids, numbers without units, and a note saying why. */
export const HousingWithoutDefinitions: Story = { args: { audience: 'housing', definitions: [] } };

/** For the housing authority when nothing goes to a grant and nothing was measured or photographed. */
export const HousingNoGrant: Story = {
  args: {
    audience: 'housing',
    record: homeVisitRecordFixture({
      homeCheck: { frontStep: 'no', frontRail: 'no', bathTransfer: 'independent' },
      recommendations: fixtureRecommendations.filter((recommendation) => recommendation.route !== 'disabled-facilities-grant'),
    }),
  },
};

/** A record that cannot be read: the element says why instead of throwing. */
export const UnreadableRecord: Story = { args: { record: { kind: 'home-visit', schemaVersion: 4 } } };

/** For the person, on a Welsh page (`lang="cy"` on an ancestor): every word of the summary in Welsh, dates too; what the record holds stays in the person's own words. */
export const PersonInWelsh: Story = {
  args: { nextReview: '2027-01-14' },
  render: (args) => html`<div lang="cy">${meta.render(args)}</div>`,
};

/** For the housing authority, on a Welsh page: headings, tables, statuses and dates in Welsh. */
export const HousingInWelsh: Story = {
  args: { audience: 'housing' },
  render: (args) => html`<div lang="cy">${meta.render(args)}</div>`,
};
