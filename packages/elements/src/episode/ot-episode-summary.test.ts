import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Answers } from '@otforms/core';
import '../define.js';
import type { OtEpisodeSummary } from './ot-episode-summary.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { changedEpisodeFixture, episodeRecordFixture, episodeWithMissingTotalsFixture, tugRecordFixture } from '../../../interop/src/test-support/episode-record-fixture.js';

/** A TUG result; records written before version 3 gained totalRange have none. */
function tugRecord(recordId: string, answers: Answers, day: string, withRange = true) {
  const record = tugRecordFixture(recordId, answers, day);
  if (!withRange) delete record.totalRange;
  return record;
}

/** Ada's episode still under way: a Barthel at the interim review, no goal plan yet, hours at the end not known. */
const underWay = changedEpisodeFixture((record) => {
  delete record.episode.endedOn;
  delete record.episode.endOutcome;
  delete record.episode.nextService;
  delete record.episode.plannedHoursPerWeek.atEnd;
  record.episode.followUp = [];
  record.assessments[1]!.timepoint = 'interim';
  delete record.goalPlan;
});

const missingTotals = episodeWithMissingTotalsFixture();

async function render(record: unknown) {
  const element = await fixture<OtEpisodeSummary>(html`<ot-episode-summary .record=${record}></ot-episode-summary>`);
  await element.updateComplete;
  return { element, root: element.shadowRoot! };
}

const text = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function tableRows(root: ShadowRoot) {
  return [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
}

/** Each measure's chart labels, start then end. */
function chartLabels(root: ShadowRoot) {
  return [...root.querySelectorAll('svg.chart .measure')].map((row) => [text(row.querySelector('.label.start')), text(row.querySelector('.label.end'))]);
}

/** Where a marker's centre sits along its row's axis, from 0 to 1. */
function along(row: Element, selector: string): number | null {
  const marker = row.querySelector(selector) as SVGGraphicsElement | null;
  if (!marker) return null;
  const axis = row.querySelector('.axis') as SVGLineElement;
  const box = marker.getBBox();
  const x1 = axis.x1.baseVal.value;
  return Math.round(((box.x + box.width / 2 - x1) / (axis.x2.baseVal.value - x1)) * 1000) / 1000;
}

describe('<ot-episode-summary>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows each measure at the start and the end of the fixture’s episode, with signed changes', async () => {
    const { element, root } = await render(episodeRecordFixture());
    expect(text(root.querySelector('figcaption'))).to.equal('Outcomes of the episode, 4 November 2026 to 10 December 2026');
    expect(text(root.querySelector('caption'))).to.equal('Start and end of each measure');
    expect([...root.querySelectorAll('thead th')].map(text)).to.deep.equal(['Measure', 'Start', 'End', 'Change']);
    expect(tableRows(root)).to.deep.equal([
      ['Barthel Index of activities of daily living Totals range from 0 to 20.', '12 Baseline, 4 November 2026', '18 Discharge, 9 December 2026', '+6'],
      [
        'Goal attainment (T-score) T-score: 50 means every goal at its expected outcome. Drawn from 20 to 80.',
        '31.4 Baseline, 5 November 2026',
        '43.8 Review, 10 December 2026',
        '+12.4',
      ],
      ['Planned care hours a week Drawn from 0 to 15 hours a week.', '10.5 hours a week Start of the episode, 4 November 2026', '3 hours a week End of the episode, 10 December 2026', '−7.5 hours a week'],
    ]);
    expect(root.querySelectorAll('tbody th[scope=row]')).to.have.length(3);
    expect(root.querySelectorAll('[part=status]')).to.have.length(0);
    await expectNoAxeViolations(element);
  });

  it('draws a ring at the start and a square at the end, each on its own scale and labelled in words', async () => {
    const { root } = await render(episodeRecordFixture());
    expect(chartLabels(root)).to.deep.equal([
      ['Start 12', 'End 18'],
      ['Start 31.4', 'End 43.8'],
      ['Start 10.5', 'End 3'],
    ]);
    const rows = [...root.querySelectorAll('svg.chart .measure')];
    expect(rows.map((row) => [along(row, 'circle.marker.start'), along(row, 'rect.marker.end')])).to.deep.equal([
      [0.6, 0.9],
      [0.19, 0.397],
      [0.7, 0.2],
    ]);
    expect(rows.map((row) => [...row.querySelectorAll('.scale-end')].map(text))).to.deep.equal([
      ['0', '20'],
      ['20', '80'],
      ['0', '15'],
    ]);
    expect(rows.every((row) => row.querySelector('.join'))).to.equal(true);
  });

  it('is one image with a concise name, holding nothing that takes focus, with its table in the DOM', async () => {
    const { element, root } = await render(episodeRecordFixture());
    const chart = root.querySelector('svg.chart')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal(
      'Start and end of 3 measures, each on its own scale: Barthel Index of activities of daily living; Goal attainment (T-score); Planned care hours a week. The figures are under “Show the figures”.',
    );
    expect(root.querySelectorAll('svg.chart [tabindex], svg.chart a')).to.have.length(0);
    const details = root.querySelector('details')!;
    expect(text(details.querySelector('summary'))).to.equal('Show the figures');
    details.open = true;
    await expectNoAxeViolations(element);
  });

  it('shows the latest values of an episode under way, and says what is not known yet', async () => {
    const { element, root } = await render(underWay);
    expect(text(root.querySelector('figcaption'))).to.equal('Outcomes so far of the episode that started on 4 November 2026');
    expect([...root.querySelectorAll('[part=status]')].map(text)).to.deep.equal([
      'This episode is under way: the end column shows the latest values so far.',
      'This episode has no goal plan, so there is no goal attainment score.',
    ]);
    expect([...root.querySelectorAll('thead th')].map(text)).to.deep.equal(['Measure', 'Start', 'Latest', 'Change']);
    expect(tableRows(root).map((row) => row.slice(1))).to.deep.equal([
      ['12 Baseline, 4 November 2026', '18 Interim, 9 December 2026', '+6'],
      ['10.5 hours a week Start of the episode, 4 November 2026', 'Not known yet', 'Not known'],
    ]);
    expect(chartLabels(root)).to.deep.equal([
      ['Start 12', 'Latest 18'],
      ['Start 10.5', 'Latest: not known yet'],
    ]);
    expect(text(root.querySelector('.legend'))).to.equal('Start Latest so far');
    await expectNoAxeViolations(element);
  });

  it('shows missing totals as missing, with the reason, never as zero', async () => {
    const { element, root } = await render(missingTotals);
    const rows = tableRows(root);
    expect(rows.map((row) => row.slice(1))).to.deep.equal([
      ['No total: incomplete', '18 Discharge, 9 December 2026', 'Not known'],
      ['Not measured at the start', 'No total: Physical help was given, so the test is not valid and gives no time.', 'Not known'],
      ['31.4 Baseline, 5 November 2026', '43.8 Review, 10 December 2026', '+12.4'],
      ['Not recorded', '3 hours a week End of the episode, 10 December 2026', 'Not known'],
    ]);
    expect(rows[1]![0]).to.equal('Timed Up and Go (TUG) Totals range from 0 to 600.');
    const measures = [...root.querySelectorAll('svg.chart .measure')];
    // Each instrument's own range is drawn; only the values that are there are marked.
    expect(measures[0]!.querySelectorAll('.marker')).to.have.length(1);
    expect(measures[0]!.querySelector('.marker.start')).to.equal(null);
    expect(measures[1]!.querySelectorAll('.marker')).to.have.length(0);
    expect(measures[1]!.querySelectorAll('.axis')).to.have.length(1);
    expect(chartLabels(root)[1]).to.deep.equal(['Start: not measured at the start', 'End: no total (the reason is in the figures)']);
    expect(text(root)).to.not.match(/\bStart 0\b|\bEnd 0\b/);
    await expectNoAxeViolations(element);
  });

  it('draws a total on a scale from its values when the record gives no range, and says so', async () => {
    const record = changedEpisodeFixture((episode) => {
      episode.assessments = [
        { timepoint: 'baseline', record: tugRecord('1a2b3c4d-0000-4000-8000-000000000011', { time: 14.2, walkingAid: 'stick', assistance: 'none' }, '2026-11-04', false) },
        { timepoint: 'discharge', record: tugRecord('1a2b3c4d-0000-4000-8000-000000000012', { time: 10.5, walkingAid: 'stick', assistance: 'none' }, '2026-12-09', false) },
      ];
    });
    const { root } = await render(record);
    const [tugRow] = tableRows(root);
    expect(tugRow).to.deep.equal([
      'Timed Up and Go (TUG) The record gives no range for this total: drawn from 10 to 15 to cover the values.',
      '14.2 Baseline, 4 November 2026',
      '10.5 Discharge, 9 December 2026',
      '−3.7',
    ]);
    expect(text(root.querySelector('svg.chart .measure .scale-note'))).to.equal('· scale from the values');
  });

  it('renders titles from the record as text, never as HTML', async () => {
    const record = changedEpisodeFixture((episode) => {
      episode.assessments[0]!.record.instrument.title = 'Barthel <img src=x onerror=alert(1)> & co';
      episode.assessments[1]!.record.instrument.title = 'Barthel <img src=x onerror=alert(1)> & co';
    });
    const { root } = await render(record);
    expect(root.querySelector('img')).to.equal(null);
    expect(text(root.querySelector('tbody th .measure-title'))).to.equal('Barthel <img src=x onerror=alert(1)> & co');
  });

  it('reflows at 320 px: the open table is no wider than the page', async () => {
    await setViewport({ width: 320, height: 640 });
    const { element, root } = await render(missingTotals);
    root.querySelector('details')!.open = true;
    await element.updateComplete;
    const table = root.querySelector('table')!;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(table.getBoundingClientRect().right).to.be.at.most(320);
    expect(table.scrollWidth).to.be.at.most(table.clientWidth);
    await expectNoAxeViolations(element);
  });

  it('reports a record that does not parse, without throwing', async () => {
    const { root } = await render({ kind: 'episode' });
    expect(text(root.querySelector('.error-message'))).to.match(/^This episode cannot be shown: /);
    expect(root.querySelector('svg')).to.equal(null);
  });
});
