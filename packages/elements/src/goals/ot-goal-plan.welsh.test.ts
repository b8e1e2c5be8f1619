import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import './ot-goal-plan.define.js';
import { AGREED, GoalPlanDriver, REVIEWED } from '../test-support/goal-plan-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepActiveElement } from '../test-support/keyboard.js';
import type { LocaleMessages } from '../i18n/catalogue.js';
import { cy } from '../i18n/cy.js';
import { gasChartEn } from './gas-chart.en.js';
import { goalsEn } from './goal-plan.en.js';
import type { OtGasChart } from './ot-gas-chart.js';
import type { OtGoalPlan } from './ot-goal-plan.js';

/**
 * `<ot-goal-plan>` inside a Welsh page speaks Welsh on every page, in its
 * errors and in the chart it nests, with Welsh dates; a host’s words given
 * on the plan reach the chart too.
 */

/**
 * A date as the Welsh catalogue writes it: "22 Tachwedd 2026" where the
 * browser has Welsh date names (the test Chromium’s ICU has none yet, see
 * .scratch/H3-welsh-dates.md), so the page is checked against the catalogue.
 */
const welshDate = (iso: string) => cy.format.date(iso);

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function renderInWelsh(extra: { messages?: LocaleMessages; domains?: readonly { code: string; label?: string }[] } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy">
    <ot-goal-plan
      .storage=${new MemoryDraftStorage()}
      .today=${AGREED}
      .messages=${extra.messages}
      .domains=${extra.domains ?? undefined}
      subject-reference="Person/12"
      assessor-role="Therapydd galwedigaethol"
    ></ot-goal-plan>
  </div>`);
  const element = wrapper.querySelector<OtGoalPlan>('ot-goal-plan')!;
  if (!extra.domains) element.domains = (await import('@otforms/core')).defaultGoalDomains;
  const driver = new GoalPlanDriver(element);
  await driver.settle();
  return { element, driver };
}

/** The text of a shadow root without the shadow roots of the elements inside it (their words are theirs). */
function ownText(root: ShadowRoot | Element): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  const told = [...root.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? '');
  return normalise([...texts, ...told].join(' '));
}

/** Every en-GB phrase of a namespace long enough to mean something on its own. */
function englishPhrases(namespace: object): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (/[a-z]{4,}/.test(value)) found.push(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(namespace);
  return found;
}

const english = [...englishPhrases(goalsEn), ...englishPhrases(gasChartEn)].filter((phrase) => !['Goals'].includes(phrase));

function expectNoEnglish(root: ShadowRoot, where: string) {
  const shown = ownText(root);
  expect(english.filter((phrase) => shown.includes(phrase)), where).to.deep.equal([]);
}

function fieldLabel(driver: GoalPlanDriver, goalId: string, field: Parameters<GoalPlanDriver['field']>[1]): string {
  return normalise(driver.field(goalId, field).shadowRoot!.querySelector('label, legend')?.textContent);
}

function chartOf(driver: GoalPlanDriver): OtGasChart {
  return driver.root.querySelector<OtGasChart>('ot-gas-chart')!;
}

async function writeGoal(driver: GoalPlanDriver, statement: string): Promise<string> {
  await driver.click('Ychwanegu nod');
  const goalId = driver.goalIds().at(-1)!;
  await driver.type(goalId, 'statement', statement);
  await driver.choose(goalId, 'domain', 'mobility');
  await driver.choose(goalId, 'baseline', '-1');
  await driver.type(goalId, 'levels.expected', `${statement}, gydag ychydig o help`);
  await driver.type(goalId, 'dueDate', REVIEWED);
  return goalId;
}

describe('<ot-goal-plan> in Welsh', () => {
  it('drafts in Welsh: headings, fields, the default domains and every button', async () => {
    const { driver } = await renderInWelsh();
    expect(normalise(driver.heading()!.textContent)).to.equal("Cytuno ar nodau gyda’r person");
    await driver.click('Ychwanegu nod');
    const [goalId] = driver.goalIds();
    expect(normalise(driver.root.querySelector('.goal-legend')!.textContent)).to.equal('Nod 1');
    expect(fieldLabel(driver, goalId!, 'statement')).to.contain("Y nod yng ngeiriau’r person ei hun");
    expect(fieldLabel(driver, goalId!, 'baseline')).to.contain("Ble mae’r person yn dechrau");
    expect(fieldLabel(driver, goalId!, 'levels.muchLess')).to.contain("\u22122: llawer llai na’r disgwyl (dewisol)");
    const domains = [...driver.field(goalId!, 'domain').shadowRoot!.querySelectorAll('label')].map((label) => normalise(label.textContent));
    expect(domains).to.include.members(['Gofal personol', 'Symudedd', 'Llesiant']);
    expect(driver.buttons()).to.deep.equal(['Dileu nod 1', 'Ychwanegu nod', 'Cytuno ar y cynllun']);
    expectNoEnglish(driver.root, 'drafting');
    await expectNoAxeViolations(driver.element);
  });

  it('lists the problems in Welsh in the error summary, which takes focus, and beside each field', async () => {
    const { driver } = await renderInWelsh();
    await driver.click('Cytuno ar y cynllun');
    expect(driver.errorLinks()).to.deep.equal(['Ychwanegwch o leiaf 1 nod']);
    expect(normalise(driver.errorSummary()!.querySelector('h2')!.textContent)).to.equal('Mae problem');
    expect(deepActiveElement() === driver.errorSummary(), 'focus is on the error summary').to.equal(true);
    expect(normalise(driver.root.querySelector('#goals-error')!.textContent)).to.equal('Gwall: Ychwanegwch o leiaf 1 nod');
    await driver.click('Ychwanegu nod');
    const [goalId] = driver.goalIds();
    expect(driver.errorLinks()).to.deep.equal([
      "Rhowch nod 1 yng ngeiriau’r person ei hun",
      "Dewiswch ble mae’r person yn dechrau ar gyfer nod 1",
      'Disgrifiwch y canlyniad disgwyliedig ar gyfer nod 1',
      'Rhowch ddyddiad targed ar gyfer nod 1',
    ]);
    expect((driver.field(goalId!, 'statement') as HTMLElement & { error: string }).error).to.equal("Rhowch nod 1 yng ngeiriau’r person ei hun");
    expectNoEnglish(driver.root, 'drafting with errors');
    await expectNoAxeViolations(driver.element);
  });

  it('shows the agreed plan, its chart and table, a review with its errors, and the closed plan in Welsh with Welsh dates', async () => {
    const { element, driver } = await renderInWelsh();
    const goalId = await writeGoal(driver, 'Cerdded i’r siop');
    await driver.click('Cytuno ar y cynllun');

    expect(normalise(driver.heading()!.textContent)).to.equal('Nodau y cytunwyd arnynt');
    expect(normalise(driver.root.querySelector('.description')!.textContent)).to.equal(`Cytunwyd arnynt gyda’r person ar ${welshDate(AGREED)}.`);
    expect(driver.scoreRows()).to.deep.equal({ 'Sgôr T ar y llinell sylfaen': '40.0' });
    const terms = Object.fromEntries(
      [...driver.root.querySelectorAll('.goal-summary .summary-row')].map((row) => [normalise(row.querySelector('dt')!.textContent), normalise(row.querySelector('dd')!.textContent)]),
    );
    expect(terms).to.deep.equal({
      'Maes canlyniad': 'Symudedd',
      'Man cychwyn': '\u22121: rhywfaint o allu tuag at y nod',
      'Y canlyniad disgwyliedig (0)': 'Cerdded i’r siop, gydag ychydig o help',
      'Dyddiad targed': `${welshDate(REVIEWED)}`,
    });
    const chart = chartOf(driver);
    const chartRoot = chart.shadowRoot!;
    expect(normalise(chartRoot.querySelector('figcaption')!.textContent)).to.equal('Cyrhaeddiad nodau: llinell sylfaen');
    expect(chartRoot.querySelector('svg.scale')!.getAttribute('aria-label')).to.match(/^Graddfa cyrhaeddiad nodau o −2, llawer llai na’r disgwyl, i \+2/);
    expect(normalise(chartRoot.querySelector('summary')!.textContent)).to.equal('Dangos y ffigurau');
    expect(driver.buttons()).to.deep.equal(['Cofnodi adolygiad', "Cau’r cynllun"]);
    expectNoEnglish(driver.root, 'active');
    expectNoEnglish(chartRoot, 'chart before a review');
    await expectNoAxeViolations(element);

    element.today = REVIEWED;
    await driver.click('Cofnodi adolygiad');
    expect(normalise(driver.root.querySelector('.caption')!.textContent)).to.equal(`Adolygiad ar ${welshDate(REVIEWED)}`);
    expect(normalise(driver.heading()!.textContent)).to.equal('Cofnodi adolygiad');
    expect(normalise(driver.root.querySelector('.scale legend')!.textContent)).to.equal("I ba raddau mae nod 1 wedi’i gyflawni?");
    const levels = [...driver.root.querySelectorAll('.scale label')].map((label) => normalise(label.textContent));
    expect(levels).to.deep.equal([
      "\u22122 Llawer llai na’r disgwyl",
      "\u22121 Ychydig yn llai na’r disgwyl",
      '0 Y canlyniad disgwyliedig',
      "+1 Ychydig yn fwy na’r disgwyl",
      "+2 Llawer mwy na’r disgwyl",
    ]);
    await driver.click("Cadw’r adolygiad");
    expect(driver.errorLinks()).to.deep.equal(["Dewiswch i ba raddau mae nod 1 wedi’i gyflawni"]);
    expect(deepActiveElement() === driver.errorSummary(), 'focus is on the error summary').to.equal(true);
    expectNoEnglish(driver.root, 'review with errors');
    await expectNoAxeViolations(element);

    await driver.rate(goalId, 1);
    await driver.click("Cadw’r adolygiad");
    expect(driver.scoreRows()).to.deep.equal({
      'Sgôr T ar y llinell sylfaen': '40.0',
      [`Sgôr T yn yr adolygiad ar ${welshDate(REVIEWED)}`]: '60.0',
      'Newid ers y llinell sylfaen': '+20.0',
    });
    // The review page had no chart: the agreed page draws a new one.
    const reviewed = chartOf(driver).shadowRoot!;
    expect(normalise(reviewed.querySelector('figcaption')!.textContent)).to.equal(`Cyrhaeddiad nodau yn yr adolygiad ar ${welshDate(REVIEWED)}`);
    expect([...reviewed.querySelectorAll('thead th')].map((th) => normalise(th.textContent))).to.deep.equal([
      'Nod',
      'Llinell sylfaen',
      'Disgwyliedig',
      `Lefel a gyrhaeddwyd ar ${welshDate(REVIEWED)}`,
    ]);
    expect([...reviewed.querySelectorAll('tbody td')].map((td) => normalise(td.textContent))).to.deep.equal([
      "\u22121 Ychydig yn llai na’r disgwyl",
      '0 Cerdded i’r siop, gydag ychydig o help',
      "+1 Ychydig yn fwy na’r disgwyl",
    ]);
    expectNoEnglish(driver.root, 'active after a review');
    expectNoEnglish(reviewed, 'chart after a review');

    const outcome = oneEvent(element, 'ot-outcome');
    await driver.click("Cau’r cynllun");
    await outcome;
    await driver.settle();
    expect(normalise(driver.heading()!.textContent)).to.equal("Cynllun nodau wedi’i gau");
    expect(normalise(driver.root.querySelector('.panel p')!.textContent)).to.match(/^Cyfeirnod y cofnod: [0-9a-f-]{36}$/);
    expect(normalise(driver.root.querySelector('.score h3')!.textContent)).to.equal('Sgôr T terfynol cyrhaeddiad nodau');
    expectNoEnglish(driver.root, 'closed');
    await expectNoAxeViolations(element);
  });

  it('names core’s default domains in Welsh when the host gives a copy of them, but keeps a label the host changed', async () => {
    const { defaultGoalDomains } = await import('@otforms/core');
    const copy = structuredClone(defaultGoalDomains).map((domain) => (domain.code === 'safety' ? { ...domain, label: 'Diogelwch yn y cartref' } : domain));
    const { driver } = await renderInWelsh({ domains: copy });
    await driver.click('Ychwanegu nod');
    const [goalId] = driver.goalIds();
    const labels = [...driver.field(goalId!, 'domain').shadowRoot!.querySelectorAll('label')].map((label) => normalise(label.textContent));
    expect(labels).to.have.length(defaultGoalDomains.length);
    expect(labels).to.include.members([cy.goals.domains['mobility'], cy.goals.domains['wellbeing'], 'Diogelwch yn y cartref']);
    expect(labels.filter((label) => defaultGoalDomains.some((domain) => domain.label === label))).to.deep.equal([]);
  });

  it('takes the host’s words: `messages` on the plan reaches the chart inside it, and the host’s domain labels win', async () => {
    const messages: LocaleMessages = { cy: { goals: { agree: 'Cytuno ar y nodau' }, gasChart: { showFigures: 'Gweld y rhifau', tScoreTitle: 'Sgôr-T' } } };
    const domains = [{ code: 'mobility', label: 'Symud o gwmpas' }, { code: 'wellbeing' }];
    const { driver } = await renderInWelsh({ messages, domains });
    await driver.click('Ychwanegu nod');
    const [goalId] = driver.goalIds();
    const labels = [...driver.field(goalId!, 'domain').shadowRoot!.querySelectorAll('label')].map((label) => normalise(label.textContent));
    expect(labels).to.deep.equal(['Symud o gwmpas', 'Llesiant']);
    await driver.click('Dileu nod 1');
    await writeGoal(driver, 'Mynd i’r caffi');
    await driver.click('Cytuno ar y nodau');
    const chartRoot = chartOf(driver).shadowRoot!;
    expect(normalise(chartRoot.querySelector('summary')!.textContent)).to.equal('Gweld y rhifau');
    expect(normalise(chartRoot.querySelector('.panel-title')!.textContent)).to.equal('Sgôr-T');
    expect(normalise(chartRoot.querySelector('figcaption')!.textContent)).to.equal('Cyrhaeddiad nodau: llinell sylfaen');
  });
});
