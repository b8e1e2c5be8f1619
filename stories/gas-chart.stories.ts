import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { GoalPlanSchema, type GoalPlan, type GoalPlanInput } from '@otforms/core';
import '@otforms/elements/define';

/**
 * Goal attainment scaling for a reablement goal plan: each goal on the
 * five-level scale, and the plan's T-score at baseline and at the review.
 * The plans are the domain brief's worked examples (§2.8).
 */

type Level = -2 | -1 | 0 | 1 | 2;

interface GoalSketch {
  id: string;
  statement: string;
  domain: string;
  baseline: -1 | -2;
  expected: string;
  review?: Level;
  weights?: [importance: number, difficulty: number];
}

const REVIEW_DATE = '2026-12-20';

function goalPlan(goals: GoalSketch[], weighting: GoalPlanInput['weighting'] = 'unweighted'): GoalPlan {
  return GoalPlanSchema.parse({
    weighting,
    agreedOn: '2026-11-22',
    goals: goals.map((goal) => ({
      id: goal.id,
      statement: goal.statement,
      domain: goal.domain,
      baseline: goal.baseline,
      levels: { expected: goal.expected },
      dueDate: REVIEW_DATE,
      reviews: goal.review === undefined ? [] : [{ date: REVIEW_DATE, level: goal.review }],
      lifecycleStatus: goal.review === undefined ? 'active' : 'completed',
      ...(goal.weights ? { importance: goal.weights[0], difficulty: goal.weights[1] } : {}),
    })),
  });
}

const breakfast: GoalSketch = {
  id: 'breakfast',
  statement: 'I want to make my own breakfast again',
  domain: 'domestic-life',
  baseline: -1,
  expected: 'Makes tea and toast, sitting to rest once',
  review: 1,
};
const shop: GoalSketch = {
  id: 'shop',
  statement: 'Walk to the corner shop for my paper',
  domain: 'mobility',
  baseline: -1,
  expected: 'Walks there and back with a stick, with one rest',
  review: 1,
};
const bath: GoalSketch = {
  id: 'bath',
  statement: 'Get in and out of the bath without my daughter',
  domain: 'personal-care',
  baseline: -2,
  expected: 'Uses the bath board on my own, daughter nearby',
  review: 0,
};

/** G1: three unweighted goals from −1, −1, −2, reviewed at +1, +1, 0 (T-score 31.7 → 59.1). */
const g1 = goalPlan([breakfast, shop, bath]);

/** G2: weights by importance × difficulty, 6, 2 and 3, reviewed at 0, −1, +2 (T-score 33.3 → 54.8). */
const g2 = goalPlan(
  [
    { ...breakfast, id: 'dress', statement: 'Dress myself in the morning', domain: 'personal-care', expected: 'Dresses, with help only for socks', review: 0, weights: [3, 2] },
    { ...shop, id: 'drink', statement: 'Make a hot drink', domain: 'domestic-life', expected: 'Makes a hot drink using a kettle tipper', review: -1, weights: [2, 1] },
    { ...bath, id: 'lunch-club', statement: 'Go to the lunch club on Thursdays', domain: 'community-leisure', expected: 'Goes by community transport', review: 2, weights: [1, 3] },
  ],
  'importance-x-difficulty',
);

const notYetReviewed = goalPlan([breakfast, shop, bath].map(({ review: _review, ...goal }) => goal));

const manyGoals = goalPlan([
  {
    id: 'allotment',
    statement: 'I would like to be able to get down to the allotment on my own and do a couple of hours of weeding like I used to before the fall',
    domain: 'community-leisure',
    baseline: -2,
    expected: 'Gets to the allotment by bus and weeds one raised bed',
    review: 1,
  },
  {
    id: 'grandchildren',
    statement: 'Have my grandchildren round for tea on a Sunday and cook for them myself, even if it is just something simple',
    domain: 'relationships',
    baseline: -1,
    expected: 'Cooks a simple meal for three with the perching stool',
    review: 0,
  },
  {
    id: 'stairs',
    statement: 'Get upstairs to bed at night so I do not have to sleep in the chair in the front room any more',
    domain: 'mobility',
    baseline: -2,
    expected: 'Climbs the stairs with the second rail, someone in the house',
    review: -1,
  },
  {
    id: 'shower',
    statement: 'Shower on my own',
    domain: 'personal-care',
    baseline: -1,
    expected: 'Showers on my own with the seat and grab rail',
    review: 2,
  },
  {
    id: 'pills',
    statement: 'Sort out my own tablets each week without getting muddled, using the box the pharmacist gave me',
    domain: 'wellbeing',
    baseline: -1,
    expected: 'Fills the weekly box on my own; pharmacist checks it',
    review: -1,
  },
  {
    id: 'church',
    statement: 'Go back to church on Sunday mornings and stay for the coffee afterwards to see my friends from the choir',
    domain: 'community-leisure',
    baseline: -2,
    expected: 'Goes by taxi and stays for coffee',
    review: -2,
  },
]);

interface Args {
  /** Set by each story; documented from the manifest, without a control. */
  plan: GoalPlan;
  'review-date': string;
}

const meta = {
  title: 'Goals/ot-gas-chart',
  component: 'ot-gas-chart',
  tags: ['autodocs'],
  args: { plan: g1, 'review-date': '' },
  argTypes: { 'review-date': { control: 'text' } },
  render: (args) => html`<ot-gas-chart .plan=${args.plan} review-date=${args['review-date'] || nothing}></ot-gas-chart>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The brief’s example G1: three unweighted goals, each moved up; T-score 31.7 at baseline, 59.1 at review. */
export const Reviewed: Story = { args: { plan: g1 } };

/** The brief’s example G2: goals weighted by importance × difficulty (6, 2, 3); T-score 54.8 at review. */
export const Weighted: Story = { args: { plan: g2 } };

/** Goals agreed, none reviewed yet: baselines and the expected outcome only, and a note saying so. */
export const NotYetReviewed: Story = { args: { plan: notYetReviewed } };

/** Six goals with long statements in the person’s own words: shortened on the chart, whole in the table. */
export const ManyGoals: Story = { args: { plan: manyGoals } };
