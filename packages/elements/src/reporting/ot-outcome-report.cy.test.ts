import { expect, fixture, html } from '@open-wc/testing';
import type { OutcomeRecordInput } from '@otforms/core';
import { outcomeExtract, outcomeExtractCsv, outcomeSummaryCsv, summariseOutcomes, suppressFigures, type OutcomeSummary } from '@otforms/reporting';
import './ot-outcome-report.define.js';
import type { OtOutcomeReport } from './ot-outcome-report.js';
import type { OtReportExportEvent } from '../events/ot-report-export-event.js';
import type { LocaleMessages } from '../i18n/catalogue.js';
import { cy } from '../i18n/cy.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { extractCsvHeader } from './extract-csv-header.js';
import { reportFormat } from './report-format.js';
import { fictionalEpisodes, fictionalTeam } from '../../../reporting/src/test-support/fictional-episodes.js';

/** Every record here is FICTIONAL, from the seeded generator. */
const cohort = fictionalEpisodes({ count: 300, seed: 11 });
const byTeam = (record: OutcomeRecordInput) => fictionalTeam(record);
const f = reportFormat('cy');
const lessThanFive = { threshold: 5, label: 'llai na 5' };

interface Given {
  records?: Iterable<unknown>;
  summary?: OutcomeSummary;
  period?: 'month' | 'quarter';
  lang?: string;
  messages?: LocaleMessages;
}

/** The report inside a Welsh page (lang on an ancestor, not on the element). */
async function renderInWelsh(given: Given) {
  const page = await fixture<HTMLDivElement>(
    html`<div lang=${given.lang ?? 'cy'}>
      <ot-outcome-report .records=${given.records} .summary=${given.summary} .groupBy=${byTeam} .period=${given.period} .messages=${given.messages}></ot-outcome-report>
    </div>`,
  );
  const element = page.querySelector<OtOutcomeReport>('ot-outcome-report')!;
  await settled(element);
  return { page, element, root: element.shadowRoot! };
}

/** Waits until the report shows figures (or says why not): more than 100 records are summarised off the main thread. */
async function settled(element: OtOutcomeReport) {
  for (let tries = 0; tries < 600 && element.shadowRoot!.querySelector('.progress[data-task=summary]'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await element.updateComplete;
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (nodes: Iterable<Node>) => [...nodes].map(text);
const figure = (root: ShadowRoot, section: string, key: string) => text(root.querySelector(`[data-section=${section}] [data-figure="${key}"] dd`));

/** The CSV files the report hands over, in the order the buttons were pressed. */
async function exportsOf(element: OtOutcomeReport, kinds: readonly ('summary' | 'extract')[]) {
  const exports: OtReportExportEvent[] = [];
  element.addEventListener('ot-report-export', (event) => {
    exports.push(event);
    event.preventDefault();
  });
  for (const kind of kinds) element.shadowRoot!.querySelector<HTMLButtonElement>(`[data-export=${kind}]`)!.click();
  const started = performance.now();
  while (exports.length < kinds.length) {
    if (performance.now() - started > 10_000) throw new Error('Timed out waiting for the exports');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return exports.map((event) => event.detail);
}

describe('<ot-outcome-report> in Welsh', () => {
  it('shows Welsh headings and figures in Welsh number formats under lang="cy" on an ancestor', async () => {
    const { root } = await renderInWelsh({ records: cohort });
    const shown = suppressFigures(summariseOutcomes(cohort), lessThanFive);
    expect(texts(root.querySelectorAll('h2'))).to.deep.equal(['Prif ffigurau', 'Cyn ac ar ôl, fesul offeryn', 'Cyrhaeddiad nodau', 'Oriau gofal a gynlluniwyd', 'ASCOF 2A', 'Dilyn i fyny', 'Addasiadau', 'Lawrlwytho’r ffigurau']);
    expect(text(root.querySelector('[data-section=headline] [data-figure=episodes] dt'))).to.equal('Cyfnodau');
    expect(figure(root, 'headline', 'episodes')).to.equal('300');
    expect(figure(root, 'headline', 'ascof2a')).to.equal(
      `${f.proportion(shown.ascof2a.proportion!)} (${f.count(shown.ascof2a.numerator)} o ${f.count(shown.ascof2a.denominator)})`,
    );
    expect(figure(root, 'headline', 'atOrAboveExpected')).to.equal(`${f.count(shown.goals.atOrAboveExpected)} o ${f.count(shown.goals.n)}`);
    expect(figure(root, 'goals', 'meanChange')).to.equal(f.signed(shown.goals.meanChange as number));
    expect(figure(root, 'care-hours', 'hoursPerWeekAtStart')).to.equal(`${f.number(shown.careHours.hoursPerWeekAtStart as number)} awr`);
    expect(text(root.querySelector('.suppression-note'))).to.match(/^Mae niferoedd bach yn cael eu dangos fel “llai na 5”/);
    expect(text(root.querySelector('.selection-caption'))).to.equal('Ffigurau ar gyfer pob grŵp, pob cyfnod amser.');
    // A sequel is named in Welsh, with CLD's English under it to match the return (kept from translation, read in English), and a note in Welsh says why.
    const labels: Record<string, string> = { ...cy.vocabulary.eventOutcomes, ...cy.vocabulary.serviceTypes };
    const rows = [...root.querySelectorAll<HTMLElement>('[data-section=ascof2a] tbody tr[data-sequel]')].filter((row) => row.dataset['sequel'] !== '');
    expect(rows.length).to.be.greaterThan(1);
    for (const row of rows) {
      const sequel = row.dataset['sequel']!;
      const code = row.querySelector('th .sequel-code');
      expect(text(code), sequel).to.equal(sequel);
      expect(code?.getAttribute('lang')).to.equal('en-GB');
      expect(code?.getAttribute('translate')).to.equal('no');
      expect(text(row.querySelector('th .sequel-label'))).to.equal(labels[sequel] ?? '');
    }
    expect(rows.some((row) => row.querySelector('.sequel-label') !== null)).to.equal(true);
    expect(text(root.querySelector('.sequels-note'))).to.match(/Data Lefel Cleient \(CLD\)/);
  });

  it('names the periods with Welsh months and financial quarters', async () => {
    const { root } = await renderInWelsh({ records: cohort, period: 'quarter' });
    const periods = texts(root.querySelectorAll('#period-filter option'));
    expect(periods[0]).to.equal('Pob cyfnod amser');
    expect(periods).to.include('Ebrill i Fehefin 2025 (chwarter 1 o flwyddyn ariannol 2025 i 2026)');
    expect(text(root.querySelector('label[for=period-filter]'))).to.equal('Pryd daeth y cyfnod i ben');
    expect(text(root.querySelector('label[for=group-filter]'))).to.equal('Grŵp');
    expect(text(root.querySelector('fieldset.filters legend'))).to.equal('Dewiswch beth i’w ddangos');

    const byMonth = await renderInWelsh({ records: cohort, period: 'month' });
    const months = texts(byMonth.root.querySelectorAll('#period-filter option')).slice(1);
    const welshMonths = /^(Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}$/;
    expect(months.filter((month) => welshMonths.test(month)).length, months.join('; ')).to.be.greaterThan(1);
    expect(months).to.include('Gorffennaf 2025');
  });

  it('writes the charts’ names, bars and tables in Welsh', async () => {
    const { root } = await renderInWelsh({ records: cohort });
    const chart = root.querySelector('[data-chart^=change-]')!;
    expect(chart.querySelector('svg')!.getAttribute('aria-label')).to.match(/^Faint o gyfnodau a wellodd, a arhosodd yr un fath neu a waethygodd ar .+\. Mae’r ffigurau o dan “Dangos y ffigurau”\.$/);
    expect(texts(chart.querySelectorAll('svg .bar-label'))).to.deep.equal(['Gwell', 'Dim newid', 'Gwaeth']);
    expect(text(chart.querySelector('details summary'))).to.equal('Dangos y ffigurau');
    expect(texts(chart.querySelectorAll('thead th'))).to.deep.equal(['Newid', 'Cyfnodau']);
    expect(text(chart.querySelector('caption'))).to.match(/^Cyfnodau yn ôl y newid ar /);

    const spread = root.querySelector('[data-chart=t-score-spread]')!;
    const plans = suppressFigures(summariseOutcomes(cohort), lessThanFive).goals.n;
    expect(spread.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      `Sgorau T diweddaraf ${f.count(plans)} cynllun nodau, mewn bandiau o 10 pwynt. Mae’r ffigurau o dan “Dangos y ffigurau”.`,
    );
    expect(texts(spread.querySelectorAll('tbody th'))[0]).to.equal('O dan 30');
    expect(texts(spread.querySelectorAll('tbody th')).at(-1)).to.match(/^\d+ neu fwy$/);

    const care = root.querySelector('[data-chart=care-hours]')!;
    expect(texts(care.querySelectorAll('tbody th'))).to.deep.equal(['Daeth i ben', 'Wedi lleihau', 'Yr un fath', 'Wedi cynyddu']);
    expect(texts(root.querySelectorAll('[data-section=follow-up] thead th'))).to.deep.equal(['Ble roedd y person', '84 diwrnod (12 wythnos)', '91 diwrnod']);
  });

  it('counts and lists the unreadable records in Welsh, with Welsh plurals', async () => {
    const broken = { ...cohort[1]!, kind: 'episode', episode: { startedOn: 'yesterday' } };
    const { root, element } = await renderInWelsh({ records: [cohort[0], broken, 'not a record', cohort[2]] });
    expect(text(root.querySelector('#unreadable-title'))).to.equal('Nid oedd modd darllen 2 gofnod');
    expect(texts(root.querySelectorAll('[data-section=unreadable] thead th'))).to.deep.equal(['Cofnod', 'Rhif adnabod y cofnod', 'Pam nad oedd modd ei ddarllen']);
    const rows = [...root.querySelectorAll('[data-section=unreadable] tbody tr')];
    expect(text(rows[0]!.querySelector('th'))).to.equal('Rhif 2');
    expect(text(rows[1]!.querySelector('.record-id'))).to.equal('Dim');
    // The reasons are core's English: marked so.
    expect(rows[0]!.querySelector('.reasons')!.getAttribute('lang')).to.equal('en-GB');
    expect(figure(root, 'headline', 'recordsRead')).to.equal('llai na 5');

    // Welsh's plural forms: one, few (3) and many (6) mutate differently, other keeps the noun as it is.
    const titles: string[] = [];
    for (const count of [1, 3, 6, 7]) {
      element.records = [cohort[0], ...Array.from({ length: count }, (_, index) => ({ recordId: `broken-${index}` }))];
      await element.updateComplete;
      titles.push(text(root.querySelector('#unreadable-title')));
    }
    expect(titles).to.deep.equal(['Nid oedd modd darllen 1 cofnod', 'Nid oedd modd darllen 3 chofnod', 'Nid oedd modd darllen 6 chofnod', 'Nid oedd modd darllen 7 cofnod']);

    element.records = ['not a record'];
    await element.updateComplete;
    expect(text(root.querySelector('[data-state=none-readable]'))).to.equal('Nid oedd modd darllen yr un o’r cofnodion, felly nid oes ffigurau i’w dangos.');
  });

  it('downloads CSV files with Welsh headers and Welsh names; the figures and codes are the same as in English', async () => {
    const { element, root } = await renderInWelsh({ records: cohort });
    expect(text(root.querySelector('[data-export=summary]'))).to.equal('Lawrlwytho’r crynodeb (CSV)');
    expect(text(root.querySelector('[data-export=extract]'))).to.equal('Lawrlwytho’r detholiad lefel unigolyn (CSV)');
    const [summary, extract] = await exportsOf(element, ['summary', 'extract']);
    expect(summary!.filename).to.equal('crynodeb-canlyniadau.csv');
    const summaryLines = summary!.csv.split('\r\n');
    expect(summaryLines[0]).to.equal('Grŵp,Cyfnod amser,Ffigur,Gwerth');
    const machine = outcomeSummaryCsv(summariseOutcomes(cohort, { groupBy: byTeam }), lessThanFive).split('\r\n');
    expect(summaryLines.slice(1)).to.deep.equal(machine.slice(1));
    expect(summaryLines.some((line) => line.endsWith(',llai na 5'))).to.equal(true);

    expect(extract!.filename).to.equal('detholiad-canlyniadau.csv');
    expect(extract!.csv).to.equal(outcomeExtractCsv(outcomeExtract(cohort), { header: extractCsvHeader(cy.report) }));
    const header = extract!.csv.split('\r\n')[0]!;
    expect(header).to.match(/^Rhif adnabod y cofnod,Cyfeirnod y person,Dyddiad y cais,Llwybr mynediad \(CLD\),/);
    expect(header).to.include(',barthel-cw20: cyfanswm ar y llinell sylfaen,barthel-cw20: cyfanswm wrth ryddhau');
    expect(text(root.querySelector('[part=status]'))).to.equal('Mae detholiad-canlyniadau.csv yn barod.');
  });

  it('takes the host’s words over the Welsh ones, for the page shown and the files', async () => {
    const messages: LocaleMessages = {
      cy: { report: { headlineTitle: 'Y ffigurau pwysicaf', summaryCsvColumns: { group: 'Tîm' }, suppressedLabel: (threshold: number) => `llai na ${threshold} (cudd)` } },
      'en-GB': { report: { headlineTitle: 'Not this one' } },
    };
    const { element, root } = await renderInWelsh({ records: cohort, messages });
    expect(text(root.querySelector('#headline-title'))).to.equal('Y ffigurau pwysicaf');
    expect(text(root.querySelector('#goals-title'))).to.equal('Cyrhaeddiad nodau');
    expect(text(root.querySelector('.suppression-note'))).to.match(/^Mae niferoedd bach yn cael eu dangos fel “llai na 5 \(cudd\)”/);
    const [summary] = await exportsOf(element, ['summary']);
    expect(summary!.csv.split('\r\n')[0]).to.equal('Tîm,Cyfnod amser,Ffigur,Gwerth');
  });

  it('changes language when the page does, sections already shown included', async () => {
    const { page, root } = await renderInWelsh({ records: cohort, lang: 'en-GB' });
    expect(text(root.querySelector('#headline-title'))).to.equal('Headline figures');
    expect(text(root.querySelector('#adaptations-title'))).to.equal('Adaptations');
    page.setAttribute('lang', 'cy');
    const element = page.querySelector<OtOutcomeReport>('ot-outcome-report')!;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(text(root.querySelector('#headline-title'))).to.equal('Prif ffigurau');
    expect(text(root.querySelector('#adaptations-title'))).to.equal('Addasiadau');
    // The model too: the suppression label is the new language's.
    expect(text(root.querySelector('.suppression-note'))).to.match(/“llai na 5”/);
    expect(text(root.querySelector('.selection-caption'))).to.equal('Ffigurau ar gyfer pob grŵp, pob cyfnod amser.');
    expect(text(root.querySelector('[data-chart=care-hours] details summary'))).to.equal('Dangos y ffigurau');
  });

  it('says in Welsh how many unclassified episodes ended with an outcome from another list, only when there are some', async () => {
    const summary = summariseOutcomes(cohort);
    expect(summary.ascof2a.endOutcomeNotCld).to.equal(0);
    const plain = await renderInWelsh({ summary });
    expect(plain.root.querySelector('[data-figure=endOutcomeNotCld]')).to.equal(null);
    const withLocal = structuredClone(summary);
    withLocal.ascof2a.unclassified += 6;
    withLocal.ascof2a.endOutcomeNotCld = 6;
    const { root } = await renderInWelsh({ summary: withLocal });
    expect(text(root.querySelector('[data-figure=endOutcomeNotCld] dt'))).to.equal('O’r rhai heb eu dosbarthu: mae’r canlyniad ar y diwedd o restr arall, nid CLD');
    expect(figure(root, 'ascof2a', 'endOutcomeNotCld')).to.equal('6');
  });

  it('passes axe in Welsh: the figures, and the summary-only state', async () => {
    const { element } = await renderInWelsh({ records: cohort });
    await expectNoAxeViolations(element);
    const summaryOnly = await renderInWelsh({ summary: summariseOutcomes(cohort.slice(0, 40)) });
    expect(text(summaryOnly.root.querySelector('#extract-hint'))).to.match(/^Nid yw ar gael:/);
    await expectNoAxeViolations(summaryOnly.element);
  });

  it('says in Welsh that a summary cannot be shown, with the schema’s English reason marked as English', async () => {
    const { root } = await renderInWelsh({ summary: { summaryVersion: 1 } as unknown as OutcomeSummary });
    const message = root.querySelector('.error-message')!;
    expect(text(message)).to.match(/^Nid oes modd dangos y crynodeb a roddwyd: \S/);
    expect(message.querySelector('[lang=en-GB]')!.textContent).to.not.equal('');
  });
});
