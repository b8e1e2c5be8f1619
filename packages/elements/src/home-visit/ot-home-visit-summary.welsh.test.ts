import { expect, fixture, html } from '@open-wc/testing';
import './ot-home-visit-summary.define.js';
import type { OtHomeVisitSummary } from './ot-home-visit-summary.js';
import type { LocaleMessages } from '../i18n/catalogue.js';
import { cy } from '../i18n/cy.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { englishLeftIn } from '../test-support/home-visit-summary-english-left.js';
import { parseDefinition, type InstrumentDefinition } from '@otforms/core';
import {
  episodeWithHomeVisitFixture,
  fixtureContact,
  fixtureEquipmentReturn,
  homeVisitRecordFixture,
  summaryConversation,
  summaryDefinitions,
  summaryHomeCheck,
} from '../test-support/home-visit-summary-fixture.js';

async function renderInWelsh(
  record: unknown,
  audience: 'person' | 'housing',
  extras: { nextReview?: string; messages?: LocaleMessages; definitions?: readonly InstrumentDefinition[] } = {},
) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy">
    <ot-home-visit-summary
      audience=${audience}
      .record=${record}
      .definitions=${extras.definitions ?? summaryDefinitions}
      .contact=${fixtureContact}
      .equipmentReturn=${fixtureEquipmentReturn}
      .nextReview=${extras.nextReview}
      .messages=${extras.messages}
    ></ot-home-visit-summary>
  </div>`);
  const element = wrapper.querySelector<OtHomeVisitSummary>('ot-home-visit-summary')!;
  await element.updateComplete;
  return { wrapper, element, root: element.shadowRoot! };
}

/**
 * A date as the Welsh catalogue writes it: "12 Tachwedd 2026" where the browser has Welsh month names. The test
 * Chromium's ICU has none (.scratch/H3-welsh-dates.md), so the page is checked against the catalogue's format.
 */
const welshDate = (iso: string) => cy.format.date(iso);

const text = (node: Node | null | undefined) => ((node instanceof HTMLElement ? node.innerText : node?.textContent) ?? '').replace(/\s+/g, ' ').trim();
const headings = (root: ShadowRoot) => [...root.querySelectorAll('h2, h3')].map(text);

describe('<ot-home-visit-summary> in Welsh', () => {
  it('writes the person’s summary in Welsh, with Welsh dates, and passes axe', async () => {
    const { element, root } = await renderInWelsh(episodeWithHomeVisitFixture(), 'person', { nextReview: '2027-01-14' });
    expect(headings(root)).to.deep.equal(['Eich ymweliad cartref', 'Beth sy’n bwysig i chi', 'Eich nodau', 'Beth y cytunwyd arno', 'Offer', 'Â phwy i gysylltu', 'Eich adolygiad nesaf']);
    expect(text(root.querySelector('h2 + p'))).to.equal(
      `Fe wnaethom ymweld â chi gartref ar ${welshDate('2026-11-12')}. Dyma beth y buom yn siarad amdano a beth y cytunwyd arno.`,
    );
    expect(text(root.querySelector('section[aria-labelledby="person-review"] p'))).to.equal(`Bydd eich adolygiad nesaf ar ${welshDate('2027-01-14')}.`);
    const agreed = text(root.querySelector('section[aria-labelledby="person-agreed"]'));
    expect(agreed).to.contain('Pam:').and.match(/(Fe wnaethom|Cafodd hyn) [^.]* ar /);
    // No English of the interface is left: only the record's and the host's words are.
    expect(text(root)).to.not.match(/Your home visit|What we agreed|We agreed this|Phone:|Why:/);
    expect(englishLeftIn(root, 'homeVisitSummary', 'recommendations')).to.deep.equal([]);
    await expectNoAxeViolations(element);
  });

  it('writes the housing authority’s summary in Welsh: headings, tables, statuses and dates', async () => {
    const { element, root } = await renderInWelsh(episodeWithHomeVisitFixture(), 'housing');
    expect(headings(root)).to.deep.equal([
      'Grant Cyfleusterau i’r Anabl: argymhelliad therapi galwedigaethol',
      'Angen y person',
      'Argymhelliad',
      'Pam mae’n angenrheidiol ac yn briodol',
      'Mesuriadau',
      'Lluniau',
    ]);
    expect(text(root.querySelector('.details > div'))).to.equal(`Dyddiad yr ymweliad cartref ${welshDate('2026-11-12')}`);
    expect([...root.querySelectorAll('table.needs thead th')].map(text)).to.deep.equal(['Cwestiwn', 'Ateb']);
    expect([...root.querySelectorAll('table.measurements thead th')].map(text)).to.deep.equal(['Mesuriad', 'Gwerth', 'Uned']);
    expect(text(root.querySelector('table.measurements caption'))).to.equal('Mesuriadau a gymerwyd yn yr ymweliad cartref');
    expect(text(root.querySelector('.recommendation .facts'))).to.match(/Blaenoriaeth (Brys|Uchel|Arferol)/).and.match(/Statws Wedi’i [a-z]+( gyda’r person)? ar /);
    expect(text(root.querySelector('table.needs tbody'))).to.contain('O: ');
    expect(englishLeftIn(root, 'homeVisitSummary', 'recommendations')).to.deep.equal([]);
    await expectNoAxeViolations(element);
  });

  it('says in Welsh why a record cannot be shown', async () => {
    const episode = episodeWithHomeVisitFixture();
    delete episode.homeVisit;
    const { root } = await renderInWelsh(episode, 'person');
    expect(text(root.querySelector('.error-message'))).to.equal('Ni ellir dangos yr ymweliad cartref hwn: nid oes ymweliad cartref yn y cyfnod hwn');
  });

  it('takes a host’s own words for a summary, in the language it is shown in', async () => {
    const messages: LocaleMessages = { cy: { homeVisitSummary: { person: { title: 'Crynodeb o’ch ymweliad' } } }, 'en-GB': { homeVisitSummary: { person: { title: 'Your visit' } } } };
    const { wrapper, root, element } = await renderInWelsh(homeVisitRecordFixture(), 'person', { messages });
    expect(text(root.querySelector('h2'))).to.equal('Crynodeb o’ch ymweliad');
    wrapper.lang = 'en-GB';
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(text(root.querySelector('h2'))).to.equal('Your visit');
  });

  it('names questions and options in Welsh where the definition has its own Welsh', async () => {
    const inWelsh = parseDefinition({
      ...structuredClone(summaryHomeCheck),
      languages: ['en-GB', 'cy'],
      translations: {
        cy: {
          source: 'Cymraeg ar gyfer profion otforms.',
          items: { bathTransfer: { label: 'Mynd i mewn ac allan o’r bath', options: { unable: 'Methu mynd i mewn nac allan, hyd yn oed gyda help' } } },
        },
      },
    });
    const { root } = await renderInWelsh(homeVisitRecordFixture(), 'housing', { definitions: [inWelsh, summaryConversation] });
    const first = [...root.querySelector('table.needs tbody tr')!.children].map(text);
    expect(first[0]).to.match(/^Mynd i mewn ac allan o’r bath O: /);
    expect(first[1]).to.equal('Methu mynd i mewn nac allan, hyd yn oed gyda help');
  });
});
