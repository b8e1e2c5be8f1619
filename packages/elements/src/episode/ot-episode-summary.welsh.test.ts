import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { OtEpisodeSummary } from './ot-episode-summary.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { changedEpisodeFixture, episodeRecordFixture } from '../../../interop/src/test-support/episode-record-fixture.js';

/**
 * The summary on a Welsh page: caption, chart name and labels, key, table
 * and dates in Welsh, numbers as Welsh writes them; the instrument's title
 * stays the record's.
 */

async function renderIn(lang: string, record: unknown) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><ot-episode-summary .record=${record}></ot-episode-summary></div>`);
  const element = wrapper.querySelector<OtEpisodeSummary>('ot-episode-summary')!;
  await element.updateComplete;
  return { wrapper, element, root: element.shadowRoot! };
}

const text = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tableRows = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));

describe('<ot-episode-summary> in Welsh', () => {
  it('shows each measure, its dates and its change in Welsh', async () => {
    const { element, root } = await renderIn('cy', episodeRecordFixture());
    expect(text(root.querySelector('figcaption'))).to.equal('Canlyniadau’r cyfnod, 4 Tachwedd 2026 i 10 Rhagfyr 2026');
    expect(text(root.querySelector('caption'))).to.equal('Dechrau a diwedd pob mesur');
    expect([...root.querySelectorAll('thead th')].map(text)).to.deep.equal(['Mesur', 'Dechrau', 'Diwedd', 'Newid']);
    expect(tableRows(root)).to.deep.equal([
      ['Barthel Index of activities of daily living Mae’r cyfansymiau’n amrywio o 0 i 20.', '12 Llinell sylfaen, 4 Tachwedd 2026', '18 Rhyddhau, 9 Rhagfyr 2026', '+6'],
      [
        'Cyrhaeddiad nodau (sgôr T) Sgôr T: mae 50 yn golygu bod pob nod ar ei ganlyniad disgwyliedig. Wedi’i lunio o 20 i 80.',
        '31.4 Llinell sylfaen, 5 Tachwedd 2026',
        '43.8 Adolygiad, 10 Rhagfyr 2026',
        '+12.4',
      ],
      [
        'Oriau gofal wedi’u cynllunio bob wythnos Wedi’i lunio o 0 i 15 awr yr wythnos.',
        '10.5 awr yr wythnos Dechrau’r cyfnod, 4 Tachwedd 2026',
        '3 awr yr wythnos Diwedd y cyfnod, 10 Rhagfyr 2026',
        '−7.5 awr yr wythnos',
      ],
    ]);
    expect(text(root.querySelector('summary'))).to.equal('Dangos y ffigurau');
    expect(text(root.querySelector('.legend'))).to.equal('Dechrau Diwedd');
    root.querySelector('details')!.open = true;
    await expectNoAxeViolations(element);
  });

  it('names and labels the chart in Welsh', async () => {
    const { root } = await renderIn('cy', episodeRecordFixture());
    expect(root.querySelector('svg.chart')!.getAttribute('aria-label')).to.equal(
      'Dechrau a diwedd 3 mesur, pob un ar ei raddfa ei hun: Barthel Index of activities of daily living; Cyrhaeddiad nodau (sgôr T); Oriau gofal wedi’u cynllunio bob wythnos. Mae’r ffigurau o dan “Dangos y ffigurau”.',
    );
    const labels = [...root.querySelectorAll('svg.chart .measure')].map((row) => [text(row.querySelector('.label.start')), text(row.querySelector('.label.end'))]);
    expect(labels).to.deep.equal([
      ['Dechrau 12', 'Diwedd 18'],
      ['Dechrau 31.4', 'Diwedd 43.8'],
      ['Dechrau 10.5', 'Diwedd 3'],
    ]);
  });

  it('says what is not known yet of an episode under way, in Welsh', async () => {
    const underWay = changedEpisodeFixture((record) => {
      delete record.episode.endedOn;
      delete record.episode.endOutcome;
      delete record.episode.nextService;
      delete record.episode.plannedHoursPerWeek.atEnd;
      record.episode.followUp = [];
      record.assessments[1]!.timepoint = 'interim';
      delete record.goalPlan;
    });
    const { element, root } = await renderIn('cy', underWay);
    expect(text(root.querySelector('figcaption'))).to.equal('Canlyniadau hyd yma’r cyfnod a ddechreuodd ar 4 Tachwedd 2026');
    expect([...root.querySelectorAll('[part=status]')].map(text)).to.deep.equal([
      'Mae’r cyfnod hwn ar waith: mae’r golofn olaf yn dangos y gwerthoedd diweddaraf hyd yma.',
      'Nid oes gan y cyfnod hwn gynllun nodau, felly nid oes sgôr cyrhaeddiad nodau.',
    ]);
    expect(tableRows(root)[1]!.slice(1)).to.deep.equal(['10.5 awr yr wythnos Dechrau’r cyfnod, 4 Tachwedd 2026', 'Anhysbys eto', 'Anhysbys']);
    await expectNoAxeViolations(element);
  });

  it('follows the page back to English', async () => {
    const { wrapper, element, root } = await renderIn('cy', episodeRecordFixture());
    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(text(root.querySelector('figcaption'))).to.equal('Outcomes of the episode, 4 November 2026 to 10 December 2026');
    expect(text(root.querySelector('tr[data-measure="gas"] th'))).to.match(/^Goal attainment \(T-score\)/);
  });

  it('says a record’s problem after its Welsh words in the schema’s English, marked as English and kept from translation tools', async () => {
    const { element, root } = await renderIn('cy', { ...episodeRecordFixture(), recordId: 42 });
    const alert = root.querySelector('[role=alert]')!;
    const problem = alert.querySelector('span')!;
    expect(text(alert).startsWith('Nid oes modd dangos y cyfnod hwn: ')).to.equal(true);
    expect([problem.getAttribute('lang'), problem.getAttribute('translate')]).to.deep.equal(['en-GB', 'no']);
    expect(text(alert)).to.equal(`Nid oes modd dangos y cyfnod hwn: ${text(problem)}`);
    expect(text(problem)).to.match(/^recordId: /);
    await expectNoAxeViolations(element);
  });
});
