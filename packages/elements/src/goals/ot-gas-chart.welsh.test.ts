import { expect, fixture, html } from '@open-wc/testing';
import { GoalPlanSchema, type GoalPlan, type GoalPlanInput } from '@otforms/core';
import './ot-gas-chart.define.js';
import { cy } from '../i18n/cy.js';
import type { OtGasChart } from './ot-gas-chart.js';
import { expectNoAxeViolations } from '../test-support/axe.js';

/** `<ot-gas-chart>` in a Welsh page: its caption, both drawings' names, its key, its table and its notes are Welsh, with Welsh dates. */

type Level = -2 | -1 | 0 | 1 | 2;

const goal = (id: string, statement: string, baseline: -1 | -2, reviews: [string, Level][], weights?: [number, number]) => ({
  id,
  statement,
  baseline,
  levels: { expected: `Y canlyniad i ${id}` },
  dueDate: '2026-12-20',
  reviews: reviews.map(([date, level]) => ({ date, level })),
  lifecycleStatus: 'active' as const,
  ...(weights ? { importance: weights[0], difficulty: weights[1] } : {}),
});

const plan = (input: GoalPlanInput): GoalPlan => GoalPlanSchema.parse(input);

/** The brief’s example G2 in Welsh words: weights 3×2, 2×1, 1×3 at 0, −1, +2 (T 54.76). */
const g2 = plan({
  weighting: 'importance-x-difficulty',
  goals: [
    goal('a', 'Gwisgo yn y bore', -1, [['2026-12-20', 0]], [3, 2]),
    goal('b', 'Gwneud diod boeth', -1, [['2026-12-20', -1]], [2, 1]),
    goal('c', 'Mynd i’r clwb cinio ar ddydd Iau', -2, [['2026-12-20', 2]], [1, 3]),
  ],
});

/** As the catalogue writes dates: "20 Rhagfyr 2026" where the browser has Welsh date names (see .scratch/H3-welsh-dates.md). */
const welshDate = (iso: string) => cy.format.date(iso);

async function render(goalPlan: unknown, reviewDate = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><ot-gas-chart .plan=${goalPlan} review-date=${reviewDate}></ot-gas-chart></div>`);
  const element = wrapper.querySelector<OtGasChart>('ot-gas-chart')!;
  await element.updateComplete;
  return { element, root: element.shadowRoot! };
}

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tableRows = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));

describe('<ot-gas-chart> in Welsh', () => {
  it('names the chart, its levels, its key and its T-score in Welsh', async () => {
    const { element, root } = await render(g2);
    expect(text(root.querySelector('figcaption'))).to.equal(`Cyrhaeddiad nodau yn yr adolygiad ar ${welshDate('2026-12-20')}`);
    expect(root.querySelector('svg.scale')!.getAttribute('aria-label')).to.equal(
      "Graddfa cyrhaeddiad nodau o −2, llawer llai na’r disgwyl, i +2, llawer mwy na’r disgwyl, ar gyfer 3 nod. " +
        `Yn yr adolygiad ar ${welshDate('2026-12-20')}: 1 uwchlaw’r canlyniad disgwyliedig, 1 ar y canlyniad disgwyliedig, 1 islaw’r canlyniad disgwyliedig. ` +
        "Mae’r ffigurau o dan “Dangos y ffigurau”.",
    );
    expect([...root.querySelectorAll('svg.scale .level-heading')].map(text)).to.deep.equal([
      "−2 Llawer llai na’r disgwyl",
      "−1 Ychydig yn llai na’r disgwyl",
      '0 Y canlyniad disgwyliedig',
      "+1 Ychydig yn fwy na’r disgwyl",
      "+2 Llawer mwy na’r disgwyl",
    ]);
    expect([...root.querySelectorAll('.legend li')].map(text)).to.deep.equal([
      'Llinell sylfaen',
      'Y canlyniad disgwyliedig (0)',
      'Y lefel a gyrhaeddwyd yn yr adolygiad',
      'Newid ers y llinell sylfaen',
    ]);
    expect(root.querySelector('svg.t-score')!.getAttribute('aria-label')).to.equal(
      `Sgôr T ar y llinell sylfaen: 33.3; yn yr adolygiad ar ${welshDate('2026-12-20')}: 54.8. Mae’r raddfa o 20 i 80, a 50 yw’r canlyniad disgwyliedig.`,
    );
    expect([...root.querySelectorAll('svg.t-score .row-label, svg.t-score .panel-title, svg.t-score .expected-label')].map(text)).to.have.members([
      'Sgôr T',
      '50 disgwyliedig',
      'Sylfaen',
      'Adolygiad',
    ]);
    await expectNoAxeViolations(element);
  });

  it('gives the figures in a Welsh table, with the weights, T-scores and method', async () => {
    const { element, root } = await render(g2);
    root.querySelector('details')!.open = true;
    expect(text(root.querySelector('summary'))).to.equal('Dangos y ffigurau');
    expect(text(root.querySelector('caption'))).to.equal('Cyrhaeddiad nodau');
    expect([...root.querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Nod',
      'Pwysau',
      'Llinell sylfaen',
      'Disgwyliedig',
      `Lefel a gyrhaeddwyd ar ${welshDate('2026-12-20')}`,
    ]);
    expect(tableRows(root)).to.deep.equal([
      ['1. Gwisgo yn y bore', '6 (pwysigrwydd 3 × anhawster 2)', "−1 Ychydig yn llai na’r disgwyl", '0 Y canlyniad i a', '0 Y canlyniad disgwyliedig'],
      ['2. Gwneud diod boeth', '2 (pwysigrwydd 2 × anhawster 1)', "−1 Ychydig yn llai na’r disgwyl", '0 Y canlyniad i b', "−1 Ychydig yn llai na’r disgwyl"],
      ['3. Mynd i’r clwb cinio ar ddydd Iau', '3 (pwysigrwydd 1 × anhawster 3)', "−2 Llawer llai na’r disgwyl", '0 Y canlyniad i c', "+2 Llawer mwy na’r disgwyl"],
    ]);
    expect([...root.querySelectorAll('.t-scores div')].map(text)).to.deep.equal([
      'Sgôr T ar y llinell sylfaen 33.3',
      `Sgôr T yn yr adolygiad ar ${welshDate('2026-12-20')} 54.8`,
      'Newid ers y llinell sylfaen +21.4',
    ]);
    expect(text(root.querySelector('.method'))).to.equal(
      "Sgôr T Kiresuk–Sherman, ρ = 0.3, wedi’i bwysoli yn ôl pwysigrwydd × anhawster. Mae 50 yn golygu bod pob nod ar ei ganlyniad disgwyliedig. Wedi’i dalgrynnu i 1 lle degol.",
    );
    await expectNoAxeViolations(element);
  });

  it('says in Welsh which goals have not been reviewed, one goal or several', async () => {
    const reviews = plan({
      goals: [goal('a', 'Un', -1, [['2026-12-01', 0]]), goal('b', 'Dau', -2, []), goal('c', 'Tri', -2, [])],
    });
    const { root } = await render(reviews);
    expect(text(root.querySelector('[part=status]'))).to.match(/^Nid yw nodau 2 (a|a\(c\)|and) 3 wedi’u hadolygu eto, felly maen nhw’n cyfrif ar eu llinell sylfaen yn y sgôr T\.$/);
    const one = await render(plan({ goals: [goal('a', 'Un', -1, [['2026-12-01', 0]]), goal('b', 'Dau', -2, [])] }));
    expect(text(one.root.querySelector('[part=status]'))).to.equal("Nid yw nod 2 wedi’i adolygu eto, felly mae’n cyfrif ar ei linell sylfaen yn y sgôr T.");
    const none = await render(plan({ goals: [goal('a', 'Un', -1, [])] }));
    expect(text(none.root.querySelector('[part=status]'))).to.equal(
      "Heb ei adolygu eto. Mae’r siart yn dangos llinell sylfaen pob nod a’r canlyniad disgwyliedig yn unig.",
    );
    expect(text(none.root.querySelector('figcaption'))).to.equal('Cyrhaeddiad nodau: llinell sylfaen');
    expect(text(none.root.querySelector('svg.t-score .not-reviewed'))).to.equal('Heb ei adolygu eto');
  });

  it('reports a plan that breaks a goal-plan rule in Welsh, by the rule it names', async () => {
    const twice = { goals: [goal('a', 'Un', -1, []), goal('a', 'Dau', -1, [])] };
    const { root } = await render(twice);
    expect(text(root.querySelector('.error-message'))).to.equal('Ni ellir dangos y cynllun nodau hwn: goals[1].id: Mae dynodydd y nod "a" yn cael ei ddefnyddio fwy nag unwaith');
    const unweighted = await render({ weighting: 'importance-x-difficulty', goals: [goal('a', 'Un', -1, [])] });
    expect(text(unweighted.root.querySelector('.error-message'))).to.equal(
      "Ni ellir dangos y cynllun nodau hwn: goals[0]: Mae angen pwysigrwydd ac anhawster ar gyfer pob nod mewn cynllun wedi’i bwysoli",
    );
    const empty = await render({ goals: [] });
    expect(text(empty.root.querySelector('.error-message'))).to.equal('Ni ellir dangos y cynllun nodau hwn: goals: Nid yw hwn yn ddilys');
  });
});
