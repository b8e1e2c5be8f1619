import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { OutcomeRecordInput } from '@otforms/core';
import { outcomeExtract, outcomeExtractCsv, outcomeSummaryCsv, summariseOutcomes, suppressFigures, type OutcomeSummary, type SummaryOptions } from '@otforms/reporting';
import '../define.js';
import type { OtOutcomeReport } from './ot-outcome-report.js';
import type { OtReportExportEvent } from '../events/ot-report-export-event.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepActiveElement, press } from '../test-support/keyboard.js';
import { downloadTiming } from './report-download.js';
import { reportFormat } from './report-format.js';
import { extractCsvHeader } from './extract-csv-header.js';
import { enGB } from '../i18n/en-gb.js';
import { fictionalEpisodes, fictionalTeam } from '../../../reporting/src/test-support/fictional-episodes.js';

const { count: formatCount, decimal: formatDecimal, proportion: formatProportion, signed: formatSigned } = reportFormat('en-GB');
/** The report's downloads are for people: their headers are the catalogue's words. */
const extractForPeople = (records: readonly unknown[]) => outcomeExtractCsv(outcomeExtract(records), { header: extractCsvHeader(enGB.report) });

/** Every record here is FICTIONAL, from the seeded generator. */
const cohort = fictionalEpisodes({ count: 300, seed: 11 });
const byTeam = (record: OutcomeRecordInput) => fictionalTeam(record);

interface Given {
  records?: Iterable<unknown>;
  summary?: OutcomeSummary;
  groupBy?: SummaryOptions['groupBy'];
  period?: 'month' | 'quarter';
  suppression?: { threshold?: number; label?: string };
}

async function render(given: Given) {
  const element = await fixture<OtOutcomeReport>(
    html`<ot-outcome-report
      .records=${given.records}
      .summary=${given.summary}
      .groupBy=${given.groupBy}
      .period=${given.period}
      .suppression=${given.suppression}
    ></ot-outcome-report>`,
  );
  await settled(element);
  return { element, root: element.shadowRoot! };
}

/** Waits until the report shows figures (or says why not): large sets are summarised off the main thread. */
async function settled(element: OtOutcomeReport) {
  for (let tries = 0; tries < 600 && element.shadowRoot!.querySelector('.progress[data-task=summary]'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await element.updateComplete;
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const figure = (root: ShadowRoot, section: string, key: string) => text(root.querySelector(`[data-section=${section}] [data-figure="${key}"] dd`));
const bar = (root: ShadowRoot, chart: string, key: string) => text(root.querySelector(`[data-chart="${chart}"] tbody tr[data-bar="${key}"] td`));
const fiveOrMore = { threshold: 5, label: 'fewer than 5' };

describe('<ot-outcome-report>', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows the figures summariseOutcomes gives for the same records, suppressed', async () => {
    const { element, root } = await render({ records: cohort });
    const shown = suppressFigures(summariseOutcomes(cohort), fiveOrMore);
    expect(figure(root, 'headline', 'episodes')).to.equal(formatCount(shown.counts.episodes));
    expect(figure(root, 'headline', 'episodes')).to.equal('300');
    expect(figure(root, 'headline', 'episodesEnded')).to.equal(formatCount(shown.counts.episodesEnded));
    expect(figure(root, 'headline', 'ascof2a')).to.equal(
      `${formatProportion(shown.ascof2a.proportion!)} (${formatCount(shown.ascof2a.numerator)} of ${formatCount(shown.ascof2a.denominator)})`,
    );
    expect(figure(root, 'headline', 'atOrAboveExpected')).to.equal(`${formatCount(shown.goals.atOrAboveExpected)} of ${formatCount(shown.goals.n)}`);
    expect(figure(root, 'headline', 'careRemoved')).to.equal(formatCount(shown.careHours.removed));
    expect(figure(root, 'headline', 'careReduced')).to.equal(formatCount(shown.careHours.reduced));

    const instruments = Object.values(shown.instruments);
    expect(instruments.length).to.be.greaterThan(0);
    for (const instrument of instruments) {
      const block = root.querySelector(`[data-instrument="${instrument.instrumentId}"]`)!;
      expect(text(block.querySelector('h3'))).to.equal(instrument.title);
      expect(text(block.querySelector('[data-figure=n] dd'))).to.equal(formatCount(instrument.n));
      expect(text(block.querySelector('[data-figure=baselineMean] dd'))).to.equal(formatDecimal(instrument.baselineMean!));
      expect(text(block.querySelector('[data-figure=dischargeMean] dd'))).to.equal(formatDecimal(instrument.dischargeMean!));
      expect(text(block.querySelector('[data-figure=meanChange] dd'))).to.equal(formatSigned(instrument.meanChange!));
      if (instrument.improved !== null) {
        expect(text(block.querySelector('tr[data-bar=improved] td'))).to.equal(formatCount(instrument.improved));
        expect(text(block.querySelector('tr[data-bar=worse] td'))).to.equal(formatCount(instrument.worse!));
      }
    }
    // The Barthel Index is better when higher, and the report says so.
    expect(text(root.querySelector('[data-instrument=barthel-cw20] .direction'))).to.equal('A higher total is better.');

    expect([...root.querySelectorAll('[data-chart=t-score-spread] tbody td')].map(text)).to.deep.equal(shown.goals.latestTScoreSpread.map((bin) => formatCount(bin.count)));
    expect(bar(root, 'care-hours', 'maintained')).to.equal(formatCount(shown.careHours.maintained));
    expect(figure(root, 'ascof2a', 'numerator')).to.equal(formatCount(shown.ascof2a.numerator));
    expect(figure(root, 'ascof2a', 'excluded')).to.equal(formatCount(shown.ascof2a.excluded));
    expect(root.querySelectorAll('[data-section=ascof2a] tbody tr')).to.have.length(Object.keys(shown.ascof2a.sequels).length);
    // In English a sequel's label is CLD's string itself, shown once; one with no label (DHSC's own) is the code, left untranslated.
    for (const row of root.querySelectorAll<HTMLElement>('[data-section=ascof2a] tbody tr[data-sequel]')) {
      const sequel = row.dataset['sequel']!;
      const header = row.querySelector('th')!;
      if (sequel === '') expect(text(header)).to.equal('Not known');
      else {
        expect(text(header)).to.equal(sequel);
        const labelled = sequel in enGB.vocabulary.eventOutcomes || sequel in enGB.vocabulary.serviceTypes;
        expect(header.querySelector('[translate=no][lang=en-GB]') !== null, sequel).to.equal(!labelled);
      }
    }
    expect(text(root.querySelector('[data-section=follow-up] tr[data-status=at-home] td[data-kind="91-day"]'))).to.equal(formatCount(shown.followUp['91-day']['at-home']));
    expect(figure(root, 'adaptations', 'minor')).to.equal(formatCount(shown.adaptations.minor));
    await expectNoAxeViolations(element);
  });

  it('draws each chart as one named image whose text alternative is a captioned table', async () => {
    const { element, root } = await render({ records: cohort });
    const blocks = [...root.querySelectorAll('.chart-block')];
    expect(blocks.length).to.be.greaterThan(2);
    for (const block of blocks) {
      const chart = block.querySelector('svg')!;
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.match(/The figures are under “Show the figures”\.$/);
      expect(chart.querySelectorAll('[tabindex], a')).to.have.length(0);
      expect(text(block.querySelector('details summary'))).to.equal('Show the figures');
      expect(text(block.querySelector('table caption'))).to.not.equal('');
      // Each bar is labelled in words, so colour carries no meaning.
      expect([...chart.querySelectorAll('.bar-row')].map((row) => text(row.querySelector('.bar-label')))).to.deep.equal(
        [...block.querySelectorAll('tbody th')].map(text),
      );
    }
    for (const details of root.querySelectorAll('details')) details.open = true;
    await expectNoAxeViolations(element);
  });

  it('shows "fewer than 5" for small counts, and whatever label and threshold the host gives', async () => {
    const tiny = cohort.slice(0, 3);
    const { element, root } = await render({ records: tiny });
    expect(figure(root, 'headline', 'episodes')).to.equal('fewer than 5');
    // A small set is summarised at once: no progress, and nothing to announce.
    expect(text(root.querySelector('[part=status]'))).to.equal('');
    expect(text(root.querySelector('.suppression-note'))).to.contain('“fewer than 5”');
    // A mean of fewer than 5 people is one of them: hidden with its count.
    const barthel = root.querySelector('[data-instrument=barthel-cw20]')!;
    expect(text(barthel.querySelector('[data-figure=n] dd'))).to.equal('fewer than 5');
    expect(text(barthel.querySelector('[data-figure=baselineMean] dd'))).to.equal('fewer than 5');
    // A suppressed bar is not drawn, so its length cannot be read off the chart.
    const spread = root.querySelector('[data-chart=t-score-spread] svg')!;
    const hidden = [...spread.querySelectorAll('.bar-row')].filter((row) => text(row.querySelector('.bar-value')) === 'fewer than 5');
    expect(hidden.length).to.be.greaterThan(0);
    for (const row of hidden) expect(row.querySelector('rect')).to.equal(null);
    await expectNoAxeViolations(element);

    element.suppression = { threshold: 10, label: 'llai na 10' };
    await element.updateComplete;
    expect(figure(root, 'headline', 'episodes')).to.equal('llai na 10');
  });

  it('switches figures with the period and group filters, without summarising again', async () => {
    let calls = 0;
    const counting = (record: OutcomeRecordInput) => {
      calls += 1;
      return byTeam(record);
    };
    const { element, root } = await render({ records: cohort, groupBy: counting, period: 'quarter' });
    const summary = summariseOutcomes(cohort, { groupBy: byTeam, period: 'quarter' });
    const callsAfterSummary = calls;

    const periodSelect = root.querySelector<HTMLSelectElement>('#period-filter')!;
    const groupSelect = root.querySelector<HTMLSelectElement>('#group-filter')!;
    expect(text(root.querySelector('label[for=period-filter]'))).to.equal('Period the episode ended in');
    expect(text(root.querySelector('label[for=group-filter]'))).to.equal('Group');
    expect(text(groupSelect.options[0])).to.equal('All groups');
    const groups = [...new Set(summary.groups.flatMap((entry) => (entry.group === null ? [] : [entry.group])))];
    expect([...groupSelect.options].slice(1).map(text)).to.deep.equal(groups);
    expect(text(periodSelect.options[0])).to.equal('All periods');
    expect([...periodSelect.options].map(text)).to.include('April to June 2025 (quarter 1 of 2025 to 2026)');

    const choose = async (select: HTMLSelectElement, label: string) => {
      select.selectedIndex = [...select.options].findIndex((option) => text(option) === label);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await element.updateComplete;
    };
    await choose(groupSelect, 'North');
    const north = summary.groups.find((entry) => entry.group === 'North' && entry.period === null)!;
    expect(figure(root, 'headline', 'episodes')).to.equal(formatCount(suppressFigures(north, fiveOrMore).counts.episodes));
    expect(text(root.querySelector('[part=status]'))).to.equal(`Showing North, all periods: ${formatCount(north.counts.episodes)} episodes.`);

    await choose(periodSelect, 'April to June 2025 (quarter 1 of 2025 to 2026)');
    const northQ1 = summary.groups.find((entry) => entry.group === 'North' && entry.period === '2025-26 Q1')!;
    expect(figure(root, 'headline', 'episodes')).to.equal(formatCount(suppressFigures(northQ1, fiveOrMore).counts.episodes));

    await choose(groupSelect, 'All groups');
    const q1 = summary.groups.find((entry) => entry.group === null && entry.period === '2025-26 Q1')!;
    expect(figure(root, 'headline', 'episodes')).to.equal(formatCount(q1.counts.episodes));
    expect(calls).to.equal(callsAfterSummary);
    await expectNoAxeViolations(element);
  });

  it('hands each CSV file to the host in a cancelable event: the suppressed summary and the person-level extract', async () => {
    const { element, root } = await render({ records: cohort, groupBy: byTeam });
    const exports: OtReportExportEvent[] = [];
    element.addEventListener('ot-report-export', (event) => {
      exports.push(event);
      event.preventDefault();
    });
    root.querySelector<HTMLButtonElement>('[data-export=summary]')!.click();
    root.querySelector<HTMLButtonElement>('[data-export=extract]')!.click();
    await waitFor(() => exports.length === 2);
    const [summaryExport, extractExport] = exports;
    expect(text(root.querySelector('[data-export=summary]'))).to.equal('Download the summary (CSV)');
    expect(text(root.querySelector('[data-export=extract]'))).to.equal('Download the person-level extract (CSV)');
    expect(summaryExport!.detail.kind).to.equal('summary');
    expect(summaryExport!.detail.filename).to.equal('outcome-summary.csv');
    expect(summaryExport!.detail.csv).to.equal(outcomeSummaryCsv(summariseOutcomes(cohort, { groupBy: byTeam }), { ...fiveOrMore, headers: enGB.report.summaryCsvColumns }));
    expect(summaryExport!.detail.csv.split('\r\n')[0]).to.equal('Group,Period,Figure,Value');
    expect(summaryExport!.bubbles && summaryExport!.composed && summaryExport!.cancelable).to.equal(true);
    expect(extractExport!.detail).to.deep.equal({ kind: 'extract', filename: 'outcome-extract.csv', csv: extractForPeople(cohort) });
    const extractHeader = extractExport!.detail.csv.split('\r\n')[0]!;
    expect(extractHeader).to.match(/^Record ID,Person’s reference,Date of the request,/);
    expect(extractHeader).to.include(',barthel-cw20: total at baseline,barthel-cw20: total at discharge');
  });

  it('downloads the file through a Blob URL on a temporary link, and lets the URL go', async () => {
    const { element, root } = await render({ records: cohort.slice(0, 20) });
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    const revoked: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    const revoke = URL.revokeObjectURL;
    const delay = downloadTiming.revokeAfterMs;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected });
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke.call(URL, url);
    };
    // Long enough for the test to read the file first: the link is clicked once the Blob is made, after the click on the button.
    downloadTiming.revokeAfterMs = 300;
    try {
      let heard: string | null = null;
      element.addEventListener('ot-report-export', (event) => (heard = event.detail.csv));
      root.querySelector<HTMLButtonElement>('[data-export=summary]')!.click();
      await waitFor(() => clicked.length === 1);
      expect(clicked[0]!.download).to.equal('outcome-summary.csv');
      expect(clicked[0]!.href).to.match(/^blob:/);
      expect(clicked[0]!.inDocument).to.equal(true);
      const bytes = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
      // A UTF-8 byte order mark, so that Excel reads the file as UTF-8; then the CSV the event carried.
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).to.equal(heard);
      expect(root.querySelector('a[download]')).to.equal(null);
      await waitFor(() => revoked.length === 1);
      expect(revoked).to.deep.equal([clicked[0]!.href]);
      expect(text(root.querySelector('[part=status]'))).to.equal('outcome-summary.csv is ready.');
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
      downloadTiming.revokeAfterMs = delay;
    }
  });

  it('shows a summary made elsewhere; without records the extract says why it cannot be made', async () => {
    const summary = summariseOutcomes(cohort, { groupBy: byTeam });
    const { element, root } = await render({ summary });
    expect(figure(root, 'headline', 'episodes')).to.equal('300');
    expect(root.querySelector('#group-filter')).to.not.equal(null);
    const extract = root.querySelector<HTMLButtonElement>('[data-export=extract]')!;
    expect(extract.getAttribute('aria-disabled')).to.equal('true');
    expect(extract.disabled).to.equal(false);
    expect(text(root.getElementById(extract.getAttribute('aria-describedby')!))).to.match(/^Not available: the report was given a summary, not the records/);
    let fired = 0;
    element.addEventListener('ot-report-export', () => (fired += 1));
    extract.click();
    await element.updateComplete;
    expect(fired).to.equal(0);
    await expectNoAxeViolations(element);
  });

  it('lets the summary win when both are given, and makes the extract from the records', async () => {
    const summary = summariseOutcomes(cohort.slice(0, 40));
    const { element, root } = await render({ summary, records: cohort.slice(0, 10) });
    expect(figure(root, 'headline', 'episodes')).to.equal('40');
    let csv = '';
    element.addEventListener('ot-report-export', (event) => {
      csv = event.detail.csv;
      event.preventDefault();
    });
    root.querySelector<HTMLButtonElement>('[data-export=extract]')!.click();
    await waitFor(() => csv !== '');
    expect(csv).to.equal(extractForPeople(cohort.slice(0, 10)));
  });

  it('says why a summary that does not match the schema cannot be shown', async () => {
    const { root } = await render({ summary: { summaryVersion: 1 } as unknown as OutcomeSummary });
    expect(text(root.querySelector('.error-message'))).to.match(/^The summary given cannot be shown: /);
    expect(root.querySelector('[data-section]')).to.equal(null);
  });

  it('shows a clear empty state for an empty set', async () => {
    const { element, root } = await render({ records: [] });
    expect(text(root.querySelector('[data-state=empty]'))).to.equal('There are no records to report on.');
    expect(root.querySelector('[data-section]')).to.equal(null);
    expect(root.querySelector('button, select')).to.equal(null);
    await expectNoAxeViolations(element);
  });

  it('counts the records it cannot read and lists where each came and why', async () => {
    const broken = { ...cohort[1]!, kind: 'episode', episode: { startedOn: 'yesterday' } };
    const records = [cohort[0], broken, 'not a record', cohort[2]];
    const { element, root } = await render({ records });
    expect(text(root.querySelector('#unreadable-title'))).to.equal('2 records could not be read');
    const rows = [...root.querySelectorAll('[data-section=unreadable] tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-position'))).to.deep.equal(['1', '2']);
    expect(text(rows[0]!.querySelector('th'))).to.equal('Number 2');
    expect(text(rows[0]!.querySelector('.record-id'))).to.equal(cohort[1]!.recordId);
    expect(text(rows[1]!.querySelector('.record-id'))).to.equal('None');
    expect(rows.every((row) => row.querySelectorAll('.reasons li').length > 0)).to.equal(true);
    // Why is core's technical English: kept from translation tools, and read in English.
    expect(rows.every((row) => row.querySelector('.reasons')!.matches('[translate=no][lang=en-GB]'))).to.equal(true);
    // They are not in the figures, which still show the two that could be read.
    expect(figure(root, 'headline', 'recordsRead')).to.equal('fewer than 5');
    await expectNoAxeViolations(element);

    element.records = ['not a record'];
    await element.updateComplete;
    expect(text(root.querySelector('[data-state=none-readable]'))).to.equal('None of the records could be read, so there are no figures to show.');
    expect(root.querySelectorAll('[data-section=unreadable] tbody tr')).to.have.length(1);
    expect(root.querySelector('.unreadable-more')).to.equal(null);
  });

  it('lists the first 100 records it cannot read, and says how many more there are', async () => {
    const { root } = await render({ records: [cohort[0], ...Array.from({ length: 250 }, (_, index) => ({ recordId: `broken-${index}` }))] });
    expect(text(root.querySelector('#unreadable-title'))).to.equal('250 records could not be read');
    expect(root.querySelectorAll('[data-section=unreadable] tbody tr')).to.have.length(100);
    expect(text(root.querySelector('.unreadable-more'))).to.match(/^The first 100 of 250 are listed here\./);
  });

  it('renders group keys and instrument titles from the records as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__hit = 1">';
    const records = structuredClone(cohort.slice(0, 30));
    for (const record of records) for (const { record: assessment } of record.assessments) assessment.instrument.title = `${hostile} & co`;
    const { root } = await render({ records, groupBy: () => hostile });
    expect(root.querySelector('img')).to.equal(null);
    expect(text(root.querySelector('#group-filter')!.querySelectorAll('option')[1])).to.equal(hostile);
    expect(text(root.querySelector('[data-instrument] h3'))).to.equal(`${hostile} & co`);
  });

  it('reaches the filters and both downloads by Tab, in that order, with a visible focus', async () => {
    const { element, root } = await render({ records: cohort, groupBy: byTeam, period: 'month' });
    const wanted = ['#period-filter', '#group-filter', '[data-export=summary]', '[data-export=extract]'].map((selector) => root.querySelector(selector)!);
    const reached: number[] = [];
    element.focus();
    for (let presses = 0; presses < 40 && reached.length < wanted.length; presses++) {
      await press('Tab');
      const index = wanted.indexOf(deepActiveElement()!);
      if (index >= 0) {
        reached.push(index);
        // GOV.UK focus: a yellow outline (selects) or a yellow fill (buttons).
        const style = getComputedStyle(wanted[index]!);
        expect(style.outlineStyle === 'solid' || style.backgroundColor === 'rgb(255, 221, 0)', `focus shown on ${wanted[index]!.localName}`).to.equal(true);
        expect(wanted[index]!.getBoundingClientRect().height).to.be.at.least(44);
      }
    }
    expect(reached).to.deep.equal([0, 1, 2, 3]);
  });

  it('shows progress while a large set is summarised off the main thread, then the same figures', async () => {
    const large = fictionalEpisodes({ count: 1200, seed: 3 });
    const element = await fixture<OtOutcomeReport>(html`<ot-outcome-report .records=${large} .groupBy=${byTeam}></ot-outcome-report>`);
    const root = element.shadowRoot!;
    const progress = root.querySelector('.progress[data-task=summary]');
    expect(progress).to.not.equal(null);
    expect(text(progress!.querySelector('label'))).to.equal('Summarising the records');
    expect(progress!.querySelector('progress')!.max).to.equal(1200);
    expect(text(root.querySelector('[part=status]'))).to.match(/^(Summarising 1,200 records|Summarised [\d,]+ of 1,200 records)$/);
    await expectNoAxeViolations(element);
    await settled(element);
    expect(root.querySelector('.progress')).to.equal(null);
    expect(text(root.querySelector('[part=status]'))).to.equal('The report is ready: 1,200 records summarised.');
    const shown = suppressFigures(summariseOutcomes(large, { groupBy: byTeam }), fiveOrMore);
    expect(figure(root, 'headline', 'episodesEnded')).to.equal(formatCount(shown.counts.episodesEnded));
    expect(figure(root, 'ascof2a', 'denominator')).to.equal(formatCount(shown.ascof2a.denominator));
  });

  it('prints the figures without the controls, each chart’s table open', async () => {
    const { root } = await render({ records: cohort, groupBy: byTeam });
    const table = root.querySelector<HTMLTableElement>('[data-chart=care-hours] table')!;
    expect(table.checkVisibility()).to.equal(false);
    expect(root.querySelector('.selection-caption')!.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(root.querySelector('.filters')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('[data-section=export]')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.figures summary')!).display).to.equal('none');
    expect(table.checkVisibility()).to.equal(true);
    expect(getComputedStyle(root.querySelector('tbody tr')!).breakInside).to.equal('avoid');
    // Paper has no filters, so it says which figures these are.
    const caption = root.querySelector('.selection-caption')!;
    expect(caption.checkVisibility()).to.equal(true);
    expect(text(caption)).to.equal('Figures for all groups, all periods.');
    expect(root.querySelector('[part=status]')!.checkVisibility()).to.equal(false);
  });
});

async function waitFor(condition: () => boolean, timeout = 10_000) {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
