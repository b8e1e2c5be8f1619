import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, parseDefinition, type DraftStorage, type InstrumentDefinition } from '@otforms/core';
import type { OtErrorDetail } from '../events/ot-error-event.js';
import type { LocaleMessages } from '../i18n/catalogue.js';
import { cy } from '../i18n/cy.js';
import { clearMessageOverrides, overrideMessages } from '../i18n/registry.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { englishLeftIn } from '../test-support/home-visit-summary-english-left.js';
import { deepActiveElement } from '../test-support/keyboard.js';
import './ot-home-visit.define.js';
import type { OtHomeVisit } from './ot-home-visit.js';
import {
  answerConversation,
  answerHomeCheck,
  conversation,
  decideAndContinue,
  definitions,
  homeCheckInput,
  normalise,
  SUBJECT,
  TODAY,
  VisitDriver,
  visitDraftAfter,
} from './home-visit.test-support.js';

/** The home check with its own (fictional) Welsh: the same ids, codes and rules, other words. */
const homeCheckInWelsh = parseDefinition({
  ...homeCheckInput,
  languages: ['en-GB', 'cy'],
  translations: {
    cy: {
      source: 'Cymraeg ar gyfer profion otforms.',
      title: 'Gwiriad cartref',
      items: { rail: { label: 'A oes canllaw wrth y stepen flaen?' }, alarm: { label: 'A oes larwm mwg sy’n gweithio?' } },
      suggestions: {
        'front-rail': { what: 'Canllaw cydio wrth y stepen flaen', reason: 'Nid oes canllaw wrth y stepen flaen.' },
        'smoke-alarm': { what: 'Archwiliad diogelwch cartref gan y gwasanaeth tân', reason: 'Nid oes larwm mwg sy’n gweithio.' },
      },
    },
  },
});

const KEY = 'home-visit:welsh';

/** A visit inside a Welsh page (`lang="cy"` on an ancestor), resumed from `draft` when given. */
async function mountInWelsh(draft?: unknown, messages?: LocaleMessages, assessWith: readonly InstrumentDefinition[] = definitions) {
  const storage: DraftStorage = new MemoryDraftStorage();
  if (draft !== undefined) await storage.write(KEY, draft);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy">
    <ot-home-visit
      .definitions=${assessWith}
      .storage=${storage}
      .today=${TODAY}
      .messages=${messages}
      storage-key=${KEY}
      subject-reference=${SUBJECT}
      visited-on=${TODAY}
    ></ot-home-visit>
  </div>`);
  const element = wrapper.querySelector<OtHomeVisit>('ot-home-visit')!;
  const driver = new VisitDriver(element);
  await driver.settle();
  return { wrapper, element, driver };
}

/**
 * A date as the Welsh catalogue writes it: "3 Rhagfyr 2026" where the browser has Welsh month names. The test
 * Chromium's ICU has none (.scratch/H3-welsh-dates.md), so the page is checked against the catalogue's format.
 */
const welshDate = (iso: string) => cy.format.date(iso);

const atRecommendations = () => visitDraftAfter([...answerHomeCheck, ...answerConversation]);
const steps = (driver: VisitDriver) => [...driver.root.querySelectorAll('.steps li')].map((step) => normalise(step.textContent));

describe('<ot-home-visit> in Welsh', () => {
  afterEach(() => clearMessageOverrides());

  it('names its steps in Welsh from the first assessment on', async () => {
    const { driver } = await mountInWelsh();
    expect(driver.root.querySelector('.steps')?.getAttribute('aria-label')).to.equal('Camau’r ymweliad cartref');
    // The assessments' titles are the definitions' words; the visit's own steps and states are Welsh.
    expect(steps(driver)).to.deep.equal(['1. Home check (Cam presennol)', '2. What matters (Heb ddechrau eto)', '3. Argymhellion (Heb ddechrau eto)', '4. Gwirio a gorffen (Heb ddechrau eto)']);
    expect(normalise(driver.root.querySelector('.caption')?.textContent)).to.equal('Cam 1 o 4');
  });

  it('shows the recommendations page in Welsh; a refused dismissal puts a Welsh error summary in focus; the page passes axe', async () => {
    const { driver } = await mountInWelsh(atRecommendations());
    expect(driver.heading()).to.equal('Argymhellion');
    expect(driver.currentStep()).to.equal('3. Argymhellion (Cam presennol)');
    expect(normalise(driver.root.querySelector('#suggestions-heading')?.textContent)).to.equal('Awgrymiadau i benderfynu arnynt');
    expect(normalise(driver.root.querySelector('.suggestion .facts')?.textContent)).to.contain('Pam mae’n cael ei awgrymu').and.contain('Blaenoriaeth Uchel');
    // The definition has no Welsh: its suggestion is shown in English, marked so (WCAG 3.1.2).
    expect(driver.root.querySelector('.suggestion-what')?.getAttribute('lang')).to.equal('en-GB');
    await driver.click('Gwrthod yr awgrym: Fire service home safety check');
    const summary = driver.root.querySelector<HTMLElement>('.error-summary')!;
    expect(deepActiveElement(), 'the error summary takes focus').to.equal(summary);
    expect(normalise(summary.querySelector('h2')?.textContent)).to.equal('Mae problem');
    expect(driver.errorLinks()).to.deep.equal(['Rhowch y rheswm pam nad ydych yn argymell: Fire service home safety check']);
    expect(normalise(driver.root.querySelector('#suggestion-home-check-fixture-smoke-alarm-reason-error')?.textContent)).to.equal(
      'Gwall: Rhowch y rheswm pam nad ydych yn argymell: Fire service home safety check',
    );
    await expectNoAxeViolations(driver.element);
    summary.querySelector('a')!.click();
    await driver.settle();
    expect(deepActiveElement()?.id).to.equal('suggestion-home-check-fixture-smoke-alarm-reason');
    await driver.type('suggestion-home-check-fixture-smoke-alarm-reason', 'Mae ei mab wedi gosod larwm newydd.');
    await driver.click('Gwrthod yr awgrym: Fire service home safety check');
    expect(normalise(driver.root.querySelector('.decisions li')?.textContent)).to.equal(
      `Gwrthodwyd: Fire service home safety check. Mae ei mab wedi gosod larwm newydd. (${welshDate(TODAY)}) Penderfynu eto ar yr awgrym: Fire service home safety check`,
    );
    expect(driver.find('Penderfynu eto ar yr awgrym: Fire service home safety check')).to.not.equal(undefined);
  });

  it('says every problem of Continue in Welsh, beside its field too', async () => {
    const { driver } = await mountInWelsh(atRecommendations());
    await driver.click('Ychwanegu argymhelliad');
    await driver.click('Parhau');
    expect(deepActiveElement()).to.equal(driver.root.querySelector('.error-summary'));
    expect(driver.errorLinks()).to.deep.equal([
      'Derbyniwch neu gwrthodwch yr awgrym: Grab rail by the front step',
      'Derbyniwch neu gwrthodwch yr awgrym: Fire service home safety check',
      'Dewiswch y math o argymhelliad ar gyfer argymhelliad 1',
      'Rhowch beth sy’n cael ei argymell yn argymhelliad 1',
      'Rhowch y rheswm pam mae angen argymhelliad 1',
      'Dewiswch flaenoriaeth argymhelliad 1',
      'Dewiswch sut y caiff argymhelliad 1 ei ddarparu',
    ]);
    expect(normalise(driver.root.querySelector('#recommendation-0-what-error')?.textContent)).to.equal('Gwall: Rhowch beth sy’n cael ei argymell yn argymhelliad 1');
    const kinds = [...driver.root.querySelectorAll('#recommendation-0-kind label')].map((label) => normalise(label.textContent));
    expect(kinds).to.include('Mân addasiad').and.include('Atgyfeirio at wasanaeth arall');
    // Nothing of the visit's own English is left on the page (what the definitions say is theirs).
    expect(englishLeftIn(driver.root, 'homeVisit', 'recommendations')).to.deep.equal([]);
    await expectNoAxeViolations(driver.element);
  });

  it('refuses a status dated before the last one, with the earlier date written in Welsh', async () => {
    const { driver } = await mountInWelsh(visitDraftAfter([...answerHomeCheck, ...answerConversation, ...decideAndContinue.slice(0, 2)]));
    expect(normalise(driver.root.querySelector('#recommendation-0-status-history li')?.textContent)).to.equal(`Wedi’i argymell ar ${welshDate(TODAY)}`);
    await driver.type('recommendation-0-status', '2026-12-01');
    await driver.click('Nodi ei fod wedi’i gytuno (argymhelliad 1)');
    expect(driver.errorLinks()).to.deep.equal([
      `Rhaid i’r dyddiad y cafodd argymhelliad 1 ei gytuno fod yr un fath â ${welshDate(TODAY)} neu ar ôl hynny, pan gafodd ei argymell`,
    ]);
    expect(deepActiveElement()).to.equal(driver.root.querySelector('.error-summary'));
  });

  it('checks and finishes the visit in Welsh, with Welsh plurals and dates', async () => {
    const { driver } = await mountInWelsh(visitDraftAfter([...answerHomeCheck, ...answerConversation, ...decideAndContinue]));
    expect(driver.heading()).to.equal('Gwirio’r ymweliad cartref cyn gorffen');
    expect([...driver.root.querySelectorAll('.summary-list')[0]!.querySelectorAll('dd:first-of-type')].map((dd) => normalise(dd.textContent))).to.deep.equal([
      'Wedi’i gwblhau: 2 gwestiwn wedi’u hateb',
      'Wedi’i gwblhau: 1 cwestiwn wedi’i ateb',
    ]);
    expect(normalise(driver.root.querySelector('h4')?.textContent)).to.equal('Argymhelliad 1: Grab rail by the front step');
    expect(driver.find('Newid yr argymhellion')).to.not.equal(undefined);
    expect(englishLeftIn(driver.root, 'homeVisit', 'recommendations')).to.deep.equal([]);
    await expectNoAxeViolations(driver.element);
    await driver.click('Gorffen yr ymweliad');
    expect(driver.heading()).to.equal('Ymweliad cartref wedi’i gwblhau');
    expect(normalise(driver.root.querySelector('.panel + p + p')?.textContent)).to.equal(`Ymwelwyd ar ${welshDate(TODAY)}`);
    await expectNoAxeViolations(driver.element);
  });

  it('speaks the page’s language again when the ancestor’s lang changes', async () => {
    const { wrapper, driver } = await mountInWelsh(atRecommendations());
    expect(driver.find('Parhau')).to.not.equal(undefined);
    wrapper.lang = 'en-GB';
    await driver.settle();
    expect(driver.heading()).to.equal('Recommendations');
    expect(driver.find('Continue')).to.not.equal(undefined);
    expect(englishLeftIn(driver.root, 'homeVisit', 'recommendations'), 'the check for English left finds the English page').to.include('Suggestions to decide on');
  });

  it('takes a host’s own words for any message, for the element and for the page, errors included', async () => {
    const messages: LocaleMessages = {
      cy: {
        homeVisit: { addRecommendation: 'Ychwanegu argymhelliad newydd' },
        recommendations: { errors: { dismissalReasonMissing: (suggestion: string) => `Dywedwch pam rydych yn gwrthod: ${suggestion}` } },
      },
    };
    overrideMessages('cy', { homeVisit: { continue: 'Ymlaen' } });
    const { driver } = await mountInWelsh(atRecommendations(), messages);
    expect(driver.find('Ychwanegu argymhelliad newydd'), 'the element’s own words').to.not.equal(undefined);
    expect(driver.find('Ymlaen'), 'the page’s words').to.not.equal(undefined);
    await driver.click('Gwrthod yr awgrym: Fire service home safety check');
    expect(driver.errorLinks()).to.deep.equal(['Dywedwch pam rydych yn gwrthod: Fire service home safety check']);
  });

  it('shows a definition’s own Welsh where it has it (titles, suggestions, question labels, errors), and marks English definition text as English', async () => {
    const { driver } = await mountInWelsh(atRecommendations(), undefined, [homeCheckInWelsh, conversation]);
    const stepTitles = [...driver.root.querySelectorAll('.steps li span[lang], .steps li span:not([class])')].map((span) => [normalise(span.textContent), span.getAttribute('lang')]);
    expect(stepTitles).to.deep.equal([
      ['Gwiriad cartref', null],
      ['What matters', 'en-GB'],
    ]);
    expect([...driver.root.querySelectorAll('.suggestion-what')].map((what) => normalise(what.textContent))).to.deep.equal([
      'Canllaw cydio wrth y stepen flaen',
      'Archwiliad diogelwch cartref gan y gwasanaeth tân',
    ]);
    expect(normalise(driver.root.querySelector('.suggestion .facts')?.textContent)).to.contain('Nid oes canllaw wrth y stepen flaen.').and.contain('A oes canllaw wrth y stepen flaen?');
    expect(driver.root.querySelector('.suggestion-what')?.hasAttribute('lang'), 'Welsh text on a Welsh page needs no lang').to.equal(false);
    await driver.click('Parhau');
    expect(driver.errorLinks().slice(0, 2)).to.deep.equal([
      'Derbyniwch neu gwrthodwch yr awgrym: Canllaw cydio wrth y stepen flaen',
      'Derbyniwch neu gwrthodwch yr awgrym: Archwiliad diogelwch cartref gan y gwasanaeth tân',
    ]);
    await expectNoAxeViolations(driver.element);
  });

  it('gives an accepted suggestion’s reason as the page shows its rule, not the English the record keeps', async () => {
    const decided = (driver: VisitDriver) => driver.root.querySelector('.decisions li')!;
    const marked = (li: Element) => [...li.querySelectorAll('[lang]')].map((span) => [normalise(span.textContent), span.getAttribute('lang')]);

    const welsh = (await mountInWelsh(atRecommendations(), undefined, [homeCheckInWelsh, conversation])).driver;
    await welsh.click('Derbyn yr awgrym: Canllaw cydio wrth y stepen flaen');
    expect(normalise(decided(welsh).textContent)).to.equal(`Derbyniwyd: Canllaw cydio wrth y stepen flaen. Nid oes canllaw wrth y stepen flaen. (${welshDate(TODAY)})`);
    expect(marked(decided(welsh)), 'Welsh text on a Welsh page needs no lang').to.deep.equal([]);
  });

  it('marks an accepted suggestion’s English reason, and what it was, as English on a Welsh page', async () => {
    const decided = (driver: VisitDriver) => driver.root.querySelector('.decisions li')!;
    const marked = (li: Element) => [...li.querySelectorAll('[lang]')].map((span) => [normalise(span.textContent), span.getAttribute('lang')]);
    const english = (await mountInWelsh(atRecommendations())).driver;
    await english.click('Derbyn yr awgrym: Grab rail by the front step');
    expect(normalise(decided(english).textContent)).to.equal(`Derbyniwyd: Grab rail by the front step. There is no rail by the front step. (${welshDate(TODAY)})`);
    expect(marked(decided(english))).to.deep.equal([
      ['Grab rail by the front step', 'en-GB'],
      ['There is no rail by the front step.', 'en-GB'],
    ]);
    await expectNoAxeViolations(english.element);
  });

  it('tells the host in English with ot-error, while the page says the same in Welsh', async () => {
    const errors: OtErrorDetail[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy" @ot-error=${(event: CustomEvent<OtErrorDetail>) => errors.push(event.detail)}>
      <ot-home-visit .definitions=${[{ id: 'broken', sections: 'none' }]} .storage=${new MemoryDraftStorage()}></ot-home-visit>
    </div>`);
    const element = wrapper.querySelector<OtHomeVisit>('ot-home-visit')!;
    await element.updateComplete;
    expect(errors.map(({ kind, message }) => [kind, message])).to.deep.equal([['definition', 'The home visit cannot start because a definition is not valid.']]);
    expect(normalise(element.shadowRoot!.querySelector('[role="alert"] h2')?.textContent)).to.equal(cy.homeVisit.invalidDefinitions);
  });
});
