import { expect, fixture, html } from '@open-wc/testing';
import { GoalPlanSchema, type GoalPlan, type GoalPlanInput } from '@otforms/core';
import '../define.js';
import type { OtGasChart } from './ot-gas-chart.js';
import { expectNoAxeViolations } from '../test-support/axe.js';

type Level = -2 | -1 | 0 | 1 | 2;

const goal = (id: string, statement: string, baseline: -1 | -2, reviews: [string, Level][], weights?: [number, number]) => ({
  id,
  statement,
  domain: 'personal-care',
  baseline,
  levels: { expected: `Expected outcome for ${id}` },
  dueDate: '2026-12-20',
  reviews: reviews.map(([date, level]) => ({ date, level })),
  lifecycleStatus: 'active' as const,
  ...(weights ? { importance: weights[0], difficulty: weights[1] } : {}),
});

const plan = (input: GoalPlanInput): GoalPlan => GoalPlanSchema.parse(input);

/** The brief's example G1: three unweighted goals from −1, −1, −2, reviewed at +1, +1, 0 (T 59.13). */
const g1 = plan({
  goals: [
    goal('breakfast', 'I want to make my own breakfast again', -1, [['2026-12-20', 1]]),
    goal('shop', 'Walk to the corner shop for my paper', -1, [['2026-12-20', 1]]),
    goal('bath', 'Get in and out of the bath without my daughter', -2, [['2026-12-20', 0]]),
  ],
});

/** The brief's example G2: weights 3×2, 2×1, 1×3 at 0, −1, +2 (T 54.76). */
const g2 = plan({
  weighting: 'importance-x-difficulty',
  goals: [
    goal('a', 'Dress myself in the morning', -1, [['2026-12-20', 0]], [3, 2]),
    goal('b', 'Make a hot drink', -1, [['2026-12-20', -1]], [2, 1]),
    goal('c', 'Go to the lunch club on Thursdays', -2, [['2026-12-20', 2]], [1, 3]),
  ],
});

async function render(goalPlan: unknown, reviewDate = '') {
  const element = await fixture<OtGasChart>(html`<ot-gas-chart .plan=${goalPlan} review-date=${reviewDate}></ot-gas-chart>`);
  await element.updateComplete;
  return { element, root: element.shadowRoot! };
}

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Each goal row of the table: its cells' text, by column. */
function tableRows(root: ShadowRoot) {
  return [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
}

function tScores(root: ShadowRoot) {
  return Object.fromEntries([...root.querySelectorAll('dd[data-t]')].map((dd) => [dd.getAttribute('data-t'), text(dd)]));
}

/** The x of the scale's tick for a level on a goal's row: where that level's markers must be centred. */
function tickX(row: Element, level: number): number {
  return (row.querySelector(`.tick[data-level="${level}"]`) as SVGLineElement).x1.baseVal.value;
}

function centreX(marker: Element | null): number {
  const box = (marker as SVGGraphicsElement).getBBox();
  return box.x + box.width / 2;
}

/** Each row's markers, as the levels their positions stand for. */
function markerLevels(root: ShadowRoot) {
  return [...root.querySelectorAll('svg.scale .goal-row')].map((row) => {
    const levelAt = (selector: string) => {
      const marker = row.querySelector(selector);
      if (!marker) return null;
      const x = centreX(marker);
      const level = [-2, -1, 0, 1, 2].find((candidate) => Math.abs(tickX(row, candidate) - x) < 0.01);
      return level ?? `off the scale at x=${x}`;
    };
    return { baseline: levelAt('.marker.baseline'), expected: levelAt('.marker.expected'), attained: levelAt('.marker.attained') };
  });
}

describe('<ot-gas-chart>', () => {
  it('G1: shows each goal’s levels in the table and the T-scores rounded to 1 decimal place', async () => {
    const { element, root } = await render(g1);
    expect(text(root.querySelector('caption'))).to.equal('Goal attainment');
    expect([...root.querySelectorAll('thead th')].map(text)).to.deep.equal(['Goal', 'Baseline', 'Expected', 'Attained on 20 December 2026']);
    expect(tableRows(root)).to.deep.equal([
      ['1. I want to make my own breakfast again', '−1 Somewhat less than expected', '0 Expected outcome for breakfast', '+1 Somewhat more than expected'],
      ['2. Walk to the corner shop for my paper', '−1 Somewhat less than expected', '0 Expected outcome for shop', '+1 Somewhat more than expected'],
      ['3. Get in and out of the bath without my daughter', '−2 Much less than expected', '0 Expected outcome for bath', '0 Expected outcome'],
    ]);
    // Baseline 50 − 40/√4.8 = 31.74; review 50 + 20/√4.8 = 59.13; change 27.39.
    expect(tScores(root)).to.deep.equal({ baseline: '31.7', review: '59.1', change: '+27.4' });
    expect(text(root.querySelector('figcaption'))).to.equal('Goal attainment at the review on 20 December 2026');
    await expectNoAxeViolations(element);
  });

  it('G1: places the baseline ring, the expected diamond and the attained dot on their levels, with an arrow between', async () => {
    const { root } = await render(g1);
    expect(markerLevels(root)).to.deep.equal([
      { baseline: -1, expected: 0, attained: 1 },
      { baseline: -1, expected: 0, attained: 1 },
      { baseline: -2, expected: 0, attained: 0 },
    ]);
    const rows = [...root.querySelectorAll('svg.scale .goal-row')];
    for (const row of rows) {
      const arrow = row.querySelector('.arrow line') as SVGLineElement;
      expect(arrow.x2.baseVal.value).to.be.greaterThan(arrow.x1.baseVal.value);
    }
    expect(rows[0]!.querySelector('circle.baseline')!.tagName).to.equal('circle');
    expect(rows[0]!.querySelector('.marker.expected')!.tagName).to.equal('polygon');
    const tMarkers = [...root.querySelectorAll('svg.t-score .marker')].map((marker) => [marker.classList[1], Number(marker.getAttribute('data-t')).toFixed(2)]);
    expect(tMarkers).to.deep.equal([
      ['baseline', '31.74'],
      ['attained', '59.13'],
    ]);
    const values = [...root.querySelectorAll('svg.t-score .value')].map(text);
    expect(values).to.deep.equal(['31.7', '59.1']);
  });

  it('is an image with a name, holding nothing that takes focus, with its table in the DOM', async () => {
    const { root } = await render(g1);
    const chart = root.querySelector('svg.scale')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.contain('3 goals');
    expect(chart.getAttribute('aria-label')).to.contain('2 above, 1 at and 0 below the expected outcome');
    expect(root.querySelector('svg.t-score')!.getAttribute('aria-label')).to.equal(
      'T-score 31.7 at baseline and 59.1 at the review on 20 December 2026, on a scale from 20 to 80 where 50 is the expected outcome.',
    );
    expect(root.querySelectorAll('svg [tabindex], svg a, svg [aria-hidden]')).to.have.length(0);
    const details = root.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Show the figures');
    expect(details.querySelector('table')).to.not.equal(null);
  });

  it('passes axe with the figures open', async () => {
    const { element, root } = await render(g2);
    root.querySelector('details')!.open = true;
    await expectNoAxeViolations(element);
  });

  it('G2: shows the weights, the weighted T-scores, and no arrow for a goal that did not move', async () => {
    const { element, root } = await render(g2);
    expect([...root.querySelectorAll('thead th')].map(text)).to.deep.equal(['Goal', 'Weight', 'Baseline', 'Expected', 'Attained on 20 December 2026']);
    expect(tableRows(root).map((row) => [row[1], row[2]!.split(' ')[0], row[4]!.split(' ')[0]])).to.deep.equal([
      ['6 (importance 3 × difficulty 2)', '−1', '0'],
      ['2 (importance 2 × difficulty 1)', '−1', '−1'],
      ['3 (importance 1 × difficulty 3)', '−2', '+2'],
    ]);
    // Baseline 50 − 140/√70.6 = 33.34; review 50 + 40/√70.6 = 54.76; change 21.42.
    expect(tScores(root)).to.deep.equal({ baseline: '33.3', review: '54.8', change: '+21.4' });
    expect(markerLevels(root)).to.deep.equal([
      { baseline: -1, expected: 0, attained: 0 },
      { baseline: -1, expected: 0, attained: -1 },
      { baseline: -2, expected: 0, attained: 2 },
    ]);
    const rows = root.querySelectorAll('svg.scale .goal-row');
    expect(rows[1]!.querySelector('.arrow')).to.equal(null);
    expect(text(root.querySelector('.method'))).to.contain('weighted by importance × difficulty');
    await expectNoAxeViolations(element);
  });

  it('shows the baseline only, and says so, for a plan not reviewed yet', async () => {
    const notReviewed = plan({ goals: g1.goals.map((g) => ({ ...g, reviews: [] })) });
    const { element, root } = await render(notReviewed);
    expect(text(root.querySelector('[part=status]'))).to.equal(
      'Not reviewed yet. The chart shows each goal’s baseline and the expected outcome only.',
    );
    expect(root.querySelectorAll('.marker.attained, .arrow')).to.have.length(0);
    expect(markerLevels(root).map((row) => row.baseline)).to.deep.equal([-1, -1, -2]);
    expect(tableRows(root).map((row) => row[3])).to.deep.equal(['Not reviewed yet', 'Not reviewed yet', 'Not reviewed yet']);
    expect(tScores(root)).to.deep.equal({ baseline: '31.7', review: 'Not reviewed yet' });
    expect(text(root.querySelector('svg.t-score .not-reviewed'))).to.equal('Not reviewed yet');
    expect(root.querySelector('svg.scale')!.getAttribute('aria-label')).to.contain('Baseline only: not reviewed yet.');
    expect(text(root.querySelector('figcaption'))).to.equal('Goal attainment: baseline');
    await expectNoAxeViolations(element);
  });

  it('shows an earlier review when asked, and names goals not reviewed by then', async () => {
    const twoReviews = plan({
      goals: [
        goal('a', 'First goal', -1, [['2026-12-01', 0], ['2026-12-20', 2]]),
        goal('b', 'Second goal', -2, [['2026-12-20', 1]]),
      ],
    });
    const { element, root } = await render(twoReviews, '2026-12-10');
    expect(text(root.querySelector('figcaption'))).to.equal('Goal attainment at the review on 1 December 2026');
    expect(markerLevels(root).map((row) => row.attained)).to.deep.equal([0, null]);
    expect(text(root.querySelector('[part=status]'))).to.equal('Goal 2 has not been reviewed yet, so it counts at its baseline in the T-score.');
    element.reviewDate = '';
    await element.updateComplete;
    expect(markerLevels(root).map((row) => row.attained)).to.deep.equal([2, 1]);
    expect(root.querySelector('[part=status]')).to.equal(null);
  });

  it('shows statements as text, never as HTML, and keeps long ones whole outside the chart', async () => {
    const long = 'I would like to be able to get down to the allotment on my own and do a couple of hours of weeding like I used to';
    const { element, root } = await render(
      plan({ goals: [goal('tags', 'Read <b>x</b> & <script>alert(1)</script>', -1, []), goal('long', long, -2, [])] }),
    );
    expect(root.querySelector('b, script')).to.equal(null);
    expect(tableRows(root)[0]![0]).to.equal('1. Read <b>x</b> & <script>alert(1)</script>');
    const statements = root.querySelectorAll('svg.scale .statement');
    expect(statements[0]!.querySelector('title')!.textContent).to.equal('Read <b>x</b> & <script>alert(1)</script>');
    expect(statements[1]!.querySelector('title')!.textContent).to.equal(long);
    const shown = text(statements[1]!).replace(long, '');
    expect(shown.endsWith('…')).to.equal(true);
    expect(long.startsWith(shown.replace(/^2\. /, '').slice(0, -1))).to.equal(true);
    expect(tableRows(root)[1]![0]).to.equal(`2. ${long}`);
    await expectNoAxeViolations(element);
  });

  it('reports a plan that does not parse, without throwing', async () => {
    const { root } = await render({ goals: [] });
    expect(text(root.querySelector('.error-message'))).to.equal('This goal plan cannot be shown: goals: Add at least one goal');
    expect(root.querySelector('svg')).to.equal(null);
  });
});
