import { expect, fixture, html } from '@open-wc/testing';
import { summariseOutcomes } from '@otforms/reporting';
import '../define.js';
import type { OtOutcomeReport } from './ot-outcome-report.js';
import { reportFormat } from './report-format.js';
import { fictionalEpisodes, fictionalTeam } from '../../../reporting/src/test-support/fictional-episodes.js';

const formatCount = reportFormat('en-GB').count;

/** Every record here is FICTIONAL, from the seeded generator. */
const cohort = fictionalEpisodes({ count: 300, seed: 7 });

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function waitFor(condition: () => boolean, timeout = 20_000) {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Yields each record after `costMs` of work, as a generator that parses each record from a store would. */
function* slowly<T>(records: readonly T[], costMs: number, onClose?: () => void): Generator<T> {
  try {
    for (const record of records) {
      const until = performance.now() + costMs;
      while (performance.now() < until);
      yield record;
    }
  } finally {
    onClose?.();
  }
}

describe('<ot-outcome-report> loading', () => {
  it('builds the figures a few sections a frame when they first appear, and updateComplete waits for them all', async () => {
    const summary = summariseOutcomes(cohort, { groupBy: fictionalTeam });
    const element = await fixture<OtOutcomeReport>(html`<ot-outcome-report></ot-outcome-report>`);
    const root = element.shadowRoot!;
    const sections = () => root.querySelectorAll('[data-section]').length;
    element.summary = summary;
    const complete = element.updateComplete.then(() => sections());
    const seen: number[] = [];
    for (let frames = 0; frames < 60 && !root.querySelector('[data-export]'); frames++) {
      await frame();
      seen.push(sections());
    }
    // The headline first, the downloads last, once every section is there.
    expect(seen[0]).to.be.lessThan(3);
    expect(new Set(seen).size, `sections seen frame by frame: ${seen.join(', ')}`).to.be.greaterThan(4);
    expect(await complete).to.equal(8);
    expect([...root.querySelectorAll('[data-section]')].map((section) => section.getAttribute('data-section'))).to.deep.equal([
      'headline',
      'instruments',
      'goals',
      'care-hours',
      'ascof2a',
      'follow-up',
      'adaptations',
      'export',
    ]);
    expect(root.querySelectorAll('[data-instrument]')).to.have.length(Object.keys(summary.instruments).length);

    // A filter shows the other figures at once: nothing is built again.
    const group = root.querySelector<HTMLSelectElement>('#group-filter')!;
    group.selectedIndex = 1;
    group.dispatchEvent(new Event('change', { bubbles: true }));
    await frame();
    expect(sections()).to.equal(8);
    expect(text(root.querySelector('.selection-caption'))).to.equal(`Figures for ${text(group.options[1])}, all periods.`);
  });

  it('reads an iterable that is slow to read in slices, with progress, then shows the same figures', async () => {
    const records = cohort.slice(0, 200);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    const started = performance.now();
    try {
      const element = await fixture<OtOutcomeReport>(html`<ot-outcome-report .records=${slowly(records, 1)}></ot-outcome-report>`);
      const root = element.shadowRoot!;
      const progress = root.querySelector<HTMLProgressElement>('.progress[data-task=summary] progress')!;
      // How many a generator holds is not known until its end: the bar says only that work is under way.
      expect(progress.hasAttribute('value')).to.equal(false);
      expect(progress.position).to.equal(-1);
      expect(text(root.querySelector('[part=status]'))).to.equal('Reading the records');
      await waitFor(() => root.querySelector('[data-section=headline]') !== null);
      await element.updateComplete;
      const seconds = (performance.now() - started) / 1000;
      // The page's timers ran while the records were read: the thread was given back between slices.
      expect(ticks, `timer runs in ${seconds.toFixed(2)} s`).to.be.greaterThan(5);
      const expected = summariseOutcomes(records);
      expect(text(root.querySelector('[data-section=headline] [data-figure=episodesEnded] dd'))).to.equal(formatCount(expected.counts.episodesEnded));
      expect(text(root.querySelector('[part=status]'))).to.equal('The report is ready: 200 records summarised.');
    } finally {
      clearInterval(ticker);
    }
  });

  it('reads a set at once, as an array', async () => {
    const element = await fixture<OtOutcomeReport>(html`<ot-outcome-report .records=${new Set(cohort.slice(0, 40))}></ot-outcome-report>`);
    expect(element.shadowRoot!.querySelector('.progress')).to.equal(null);
    expect(text(element.shadowRoot!.querySelector('[data-section=headline] [data-figure=episodes] dd'))).to.equal('40');
  });

  it('carries on reading a generator where it stopped when the report is put back on the page, reading no record twice', async () => {
    const records = cohort.slice(0, 150);
    const element = await fixture<OtOutcomeReport>(html`<ot-outcome-report .records=${slowly(records, 1)}></ot-outcome-report>`);
    const root = element.shadowRoot!;
    const parent = element.parentElement!;
    await new Promise((resolve) => setTimeout(resolve, 30));
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 30));
    parent.append(element);
    await waitFor(() => root.querySelector('[data-section=headline]') !== null);
    await element.updateComplete;
    expect(text(root.querySelector('[data-section=headline] [data-figure=episodes] dd'))).to.equal('150');
  });

  it('summarises a generator it has read again when groupBy changes, without reading it twice', async () => {
    const element = await fixture<OtOutcomeReport>(html`<ot-outcome-report .records=${slowly(cohort.slice(0, 60), 0)}></ot-outcome-report>`);
    const root = element.shadowRoot!;
    expect(text(root.querySelector('[data-section=headline] [data-figure=episodes] dd'))).to.equal('60');
    element.groupBy = fictionalTeam;
    await element.updateComplete;
    expect(text(root.querySelector('[data-section=headline] [data-figure=episodes] dd'))).to.equal('60');
    expect(root.querySelector('#group-filter')).to.not.equal(null);
  });

  it('lets a part-read generator go when the report is given other records', async () => {
    let closed = false;
    const element = await fixture<OtOutcomeReport>(html`<ot-outcome-report .records=${slowly(cohort, 1, () => (closed = true))}></ot-outcome-report>`);
    expect(closed).to.equal(false);
    element.records = cohort.slice(0, 10);
    await element.updateComplete;
    expect(closed).to.equal(true);
    expect(text(element.shadowRoot!.querySelector('[data-section=headline] [data-figure=episodes] dd'))).to.equal('10');
  });
});
