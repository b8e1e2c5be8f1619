import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { InstrumentDefinition } from '@otforms/core';
import './ot-home-visit-summary.define.js';
import type { OtHomeVisitSummary, SummaryContact } from './ot-home-visit-summary.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import {
  episodeWithHomeVisitFixture,
  fixtureContact,
  fixtureEquipmentReturn,
  fixtureRecommendations,
  homeVisitRecordFixture,
  summaryDefinitions,
  whatMattersAnswer,
} from '../test-support/home-visit-summary-fixture.js';
import {
  homeVisitFixtureDefinitions,
  homeVisitRecordFixture as interopVisitFixture,
  ownWordsAnswers,
} from '../../../interop/src/test-support/home-visit-record-fixture.js';

interface Options {
  audience?: 'person' | 'housing';
  definitions?: readonly InstrumentDefinition[];
  contact?: SummaryContact;
  equipmentReturn?: string;
  nextReview?: string;
}

async function render(record: unknown, options: Options = {}) {
  const element = await fixture<OtHomeVisitSummary>(html`<ot-home-visit-summary
    audience=${options.audience ?? 'person'}
    .record=${record}
    .definitions=${options.definitions ?? summaryDefinitions}
    .contact=${options.contact}
    .equipmentReturn=${options.equipmentReturn}
    .nextReview=${options.nextReview}
  ></ot-home-visit-summary>`);
  await element.updateComplete;
  return { element, root: element.shadowRoot! };
}

const text = (node: Node | null | undefined) => ((node instanceof HTMLElement ? node.innerText : node?.textContent) ?? '').replace(/\s+/g, ' ').trim();
const part = (root: ShadowRoot, name: string) => root.querySelector(`section[aria-labelledby$="-${name}"]`)!;
const headings = (root: ShadowRoot) => [...root.querySelectorAll('h2, h3')].map(text);

const personOptions: Options = { contact: fixtureContact, equipmentReturn: fixtureEquipmentReturn };

describe('<ot-home-visit-summary audience="person">', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('has every part, in plain words, and passes axe', async () => {
    const { element, root } = await render(episodeWithHomeVisitFixture(), personOptions);
    expect(headings(root)).to.deep.equal(['Your home visit', 'What matters to you', 'Your goals', 'What we agreed', 'Equipment', 'Who to contact', 'Your next review']);
    expect(text(root.querySelector('h2 + p'))).to.equal('We visited you at home on 12 November 2026. This is what we talked about and what we agreed.');
    // No codes, no service jargon.
    expect(text(root)).to.not.match(/DFG-LAS|summary-home-check|rec-|Practitioner\/|minor-adaptation|disabled-facilities-grant/);
    await expectNoAxeViolations(element);
  });

  it('shows the own-words answers exactly as said, spaces and line breaks included', async () => {
    const { root } = await render(homeVisitRecordFixture(), personOptions);
    const answers = [...part(root, 'own-words').querySelectorAll('dd')];
    expect(answers.map((dd) => dd.textContent)).to.deep.equal([whatMattersAnswer, 'Baking. Everyone says my scones are the best on the street.', 'My neighbour Pat does my shopping.']);
    expect([...part(root, 'own-words').querySelectorAll('dt')].map(text)).to.deep.equal(['What matters to you most?', 'What are you good at?', 'Who helps you?']);
    expect(getComputedStyle(answers[0]!).whiteSpace).to.equal('pre-wrap');
  });

  it('shows the goals from the episode’s goal plan exactly', async () => {
    const { root } = await render(episodeWithHomeVisitFixture(), personOptions);
    expect([...part(root, 'goals').querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'I want to have a shower on my own again',
      'Walk to the corner shop for my paper',
    ]);
  });

  it('lists only what was agreed, with why and who provides it', async () => {
    const { root } = await render(homeVisitRecordFixture(), personOptions);
    const items = [...part(root, 'agreed').querySelectorAll('li')].map((li) => [...li.querySelectorAll('p')].map(text));
    expect(items).to.deep.equal([
      [
        'Grab rail by the front step',
        'Why: The front step is 190 mm high and there is no rail, so you hold on to the door frame.',
        'The council’s home adaptations team will fit it.',
        'This was done on 20 November 2026.',
      ],
      ['Raised toilet seat', 'Why: The toilet is low, and getting up from it is hard for you.', 'The community equipment service will bring it to your home.', 'We ordered this on 13 November 2026.'],
      [
        'Level-access shower in place of the bath',
        `Why: ${text(document.createTextNode(fixtureRecommendations[2]!.reason.text))}`,
        'This is a bigger change to your home. The council’s housing team will contact you about a grant to pay for it, called a Disabled Facilities Grant.',
        'We agreed this on 14 November 2026.',
      ],
    ]);
    // The pendant alarm was only recommended, not agreed.
    expect(text(root)).to.not.contain('Pendant alarm');
  });

  it('lists equipment agreed and equipment issued in the episode, with how to return it', async () => {
    const { root } = await render(episodeWithHomeVisitFixture(), personOptions);
    const equipment = part(root, 'equipment');
    expect([...equipment.querySelectorAll('li')].map(text)).to.deep.equal(['Raised toilet seat: Ordered on 13 November 2026', 'Shower seat: You have had it since 5 November 2026']);
    expect(text(equipment)).to.contain(fixtureEquipmentReturn);
    // The perching stool was returned before the episode ended.
    expect(text(equipment)).to.not.contain('Perching stool');
  });

  it('shows who to contact, and the next review only as the host gives it (a record’s dates are of things done)', async () => {
    const { root } = await render(episodeWithHomeVisitFixture(), personOptions);
    expect([...part(root, 'contact').querySelectorAll('dd')].map(text)).to.deep.equal([
      'Reablement team, Exampleshire Council',
      '0300 123 4567',
      'reablement@exampleshire.example',
      'Monday to Friday, 9am to 5pm',
    ]);
    expect(part(root, 'contact').querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:03001234567');
    expect(text(part(root, 'review').querySelector('p')), 'the episode’s follow-up has happened: it is not a next review').to.equal(
      'We have not set a date for your next review yet. We will contact you to arrange it.',
    );
    const given = await render(episodeWithHomeVisitFixture(), { ...personOptions, nextReview: '2026-12-03' });
    expect(text(part(given.root, 'review').querySelector('p'))).to.equal('Your next review is on 3 December 2026.');
  });

  it('says so when a part has nothing to show', async () => {
    const record = homeVisitRecordFixture({ conversation: { whatMatters: '   ' }, recommendations: [fixtureRecommendations[3]!] });
    const { element, root } = await render(record);
    expect(text(part(root, 'own-words'))).to.equal('What matters to you We did not write down what matters to you at this visit.');
    expect(text(part(root, 'goals'))).to.equal('Your goals There are no goals in this summary.');
    expect(text(part(root, 'agreed'))).to.equal('What we agreed Nothing has been agreed yet.');
    expect(text(part(root, 'equipment'))).to.equal('Equipment We did not agree any equipment for you.');
    expect(text(part(root, 'contact'))).to.equal('Who to contact Contact details were not added to this summary. Ask the person who visited you who to contact.');
    expect(text(part(root, 'review'))).to.equal('Your next review We have not set a date for your next review yet. We will contact you to arrange it.');
    await expectNoAxeViolations(element);
  });

  it('says how to return equipment is not given, and that own words it cannot find are not shown', async () => {
    const { root } = await render(homeVisitRecordFixture(), { definitions: [summaryDefinitions[0]!], contact: fixtureContact });
    expect(text(part(root, 'equipment'))).to.contain('Ask us how to return equipment when you no longer need it.');
    expect(text(part(root, 'own-words'))).to.equal('What matters to you Some of what you told us is not shown here. Ask us for a copy.');
  });

  it('renders the record’s and the host’s text as text, never as HTML', async () => {
    const injected = '<img src=x onerror="window.__injected=1"><b>bold</b>';
    const record = homeVisitRecordFixture({
      conversation: { whatMatters: injected },
      recommendations: [{ ...fixtureRecommendations[1]!, what: { text: injected }, reason: { text: injected } }],
    });
    const { root } = await render(record, { contact: { name: injected, phone: injected }, equipmentReturn: injected });
    expect(root.querySelectorAll('img, b')).to.have.length(0);
    expect(part(root, 'own-words').querySelector('dd')!.textContent).to.equal(injected);
    expect(part(root, 'agreed').querySelector('.what')!.textContent).to.equal(injected);
    expect((window as { __injected?: number }).__injected).to.equal(undefined);
  });

  it('reflows at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const { element } = await render(episodeWithHomeVisitFixture(), personOptions);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectNoAxeViolations(element);
  });

  it('reports a record without a home visit, without throwing', async () => {
    const episode = episodeWithHomeVisitFixture();
    delete episode.homeVisit;
    const { root } = await render(episode);
    expect(text(root.querySelector('.error-message'))).to.equal('This home visit cannot be shown: this episode has no home visit');
    const broken = await render({ kind: 'home-visit' });
    expect(text(broken.root.querySelector('.error-message'))).to.match(/^This home visit cannot be shown: /);
  });
});

describe('<ot-home-visit-summary audience="housing">', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('has every part of a grant recommendation, and passes axe', async () => {
    const { element, root } = await render(episodeWithHomeVisitFixture(), { audience: 'housing' });
    expect(headings(root)).to.deep.equal([
      'Disabled Facilities Grant: occupational therapy recommendation',
      'The person’s need',
      'Recommendation',
      'Why it is necessary and appropriate',
      'Measurements',
      'Photos',
    ]);
    expect([...root.querySelectorAll('.details > div')].map(text)).to.deep.equal([
      'Date of the home visit 12 November 2026',
      'Assessor Occupational therapist (Practitioner/ot-example-7)',
      'Person’s reference Patient/ada-example',
    ]);
    await expectNoAxeViolations(element);
  });

  it('gives the need as the answers the grant’s recommendation cites, in words', async () => {
    const { root } = await render(homeVisitRecordFixture(), { audience: 'housing' });
    const rows = [...part(root, 'need').querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
    expect(rows).to.deep.equal([
      ['Getting in and out of the bath From: Home check', 'Cannot get in or out, even with help'],
      ['Height of the bath rim from the floor From: Home check', '55.5 cm'],
      ['Clear width of the bathroom doorway From: Home check', '710 mm'],
      ['Photos of the bathroom From: Home check', '1 photo (see Photos)'],
    ]);
  });

  it('gives the recommendation, its code, the goal it serves and why, exactly', async () => {
    const { root } = await render(episodeWithHomeVisitFixture(), { audience: 'housing' });
    const recommendation = part(root, 'recommendation');
    expect(text(recommendation.querySelector('.what'))).to.equal('Level-access shower in place of the bath');
    expect([...recommendation.querySelectorAll('.facts > div')].map(text)).to.deep.equal([
      'Code Level-access shower (DFG-LAS)',
      'Priority High',
      'Status Agreed with the person on 14 November 2026',
    ]);
    // The code is an identifier, not words: in its own element that translation tools leave alone.
    const code = recommendation.querySelector('.facts dd .code');
    expect(code?.textContent).to.equal('DFG-LAS');
    expect(code?.getAttribute('translate')).to.equal('no');
    expect([...recommendation.querySelectorAll('.goals li')].map((li) => li.textContent)).to.deep.equal(['I want to have a shower on my own again']);
    expect(part(root, 'why').querySelector('p')!.textContent).to.equal(fixtureRecommendations[2]!.reason.text);
    // The rail goes by the minor adaptations service: not part of a grant.
    expect(text(root)).to.not.contain('Grab rail');
  });

  it('writes a number and its unit with the catalogue’s words, so a host or a locale can change them', async () => {
    const element = await fixture<OtHomeVisitSummary>(html`<ot-home-visit-summary
      audience="housing"
      .record=${homeVisitRecordFixture()}
      .definitions=${summaryDefinitions}
      .messages=${{ 'en-GB': { format: { number: (value: number) => `#${value}` }, homeVisitSummary: { answers: { withUnit: (value: string, unit: string) => `${value} in ${unit}` } } } }}
    ></ot-home-visit-summary>`);
    await element.updateComplete;
    const root = element.shadowRoot!;
    const needs = [...part(root, 'need').querySelectorAll('tbody tr td')].map(text);
    expect(needs).to.include('#55.5 in cm');
    expect(needs).to.include('#710 in mm');
    expect([...part(root, 'measurements').querySelectorAll('tbody td.number')].map(text)).to.include('#55.5');
  });

  it('tables every measurement with its unit, entries of a repeating group included', async () => {
    const { root } = await render(homeVisitRecordFixture(), { audience: 'housing' });
    const table = part(root, 'measurements').querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['Measurement', 'Value', 'Unit']);
    expect([...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text))).to.deep.equal([
      ['Height of the front step', '190', 'mm'],
      ['Steps at the back door, step 1: Height', '170', 'mm'],
      ['Steps at the back door, step 2: Height', '165', 'mm'],
      ['Height of the bath rim from the floor', '55.5', 'cm'],
      ['Clear width of the bathroom doorway', '710', 'mm'],
    ]);
  });

  it('shows each photo from its attachment, with alt text from its question', async () => {
    const { root } = await render(homeVisitRecordFixture(), { audience: 'housing' });
    const images = [...part(root, 'photos').querySelectorAll('img')];
    expect(images.map((img) => img.alt)).to.deep.equal(['Photos of the front entrance', 'Photos of the bathroom']);
    expect(images.every((img) => img.src.startsWith('data:image/png;base64,iVBORw0KGgo'))).to.equal(true);
    await Promise.all(images.map((img) => img.decode()));
    expect(images.map((img) => img.naturalWidth)).to.deep.equal([1600, 1200]);
  });

  it('without definitions, names questions by id, gives no unit, and says why', async () => {
    const { element, root } = await render(homeVisitRecordFixture(), { audience: 'housing', definitions: [] });
    expect(text(root.querySelector('.note'))).to.equal(
      'Some questions are named by their identifier and some numbers have no unit, because the definition of their assessment was not given to this summary.',
    );
    const rows = [...part(root, 'measurements').querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
    expect(rows).to.deep.equal([
      ['frontStepHeight', '190', 'Not recorded'],
      ['bathRimHeight', '55.5', 'Not recorded'],
      ['bathroomDoorWidth', '710', 'Not recorded'],
    ]);
    expect([...part(root, 'photos').querySelectorAll('img')].map((img) => img.alt)).to.deep.equal(['entrancePhotos', 'bathroomPhotos']);
    await expectNoAxeViolations(element);
  });

  it('says so when there is no grant recommendation, no measurement and no photo', async () => {
    const record = homeVisitRecordFixture({
      homeCheck: { frontStep: 'no', frontRail: 'no', bathTransfer: 'independent' },
      recommendations: fixtureRecommendations.filter((recommendation) => recommendation.route !== 'disabled-facilities-grant'),
    });
    const { element, root } = await render(record, { audience: 'housing' });
    expect(text(part(root, 'need'))).to.equal('The person’s need No recommendation in this record goes to a Disabled Facilities Grant.');
    expect(text(part(root, 'recommendation'))).to.equal('Recommendation No recommendation in this record goes to a Disabled Facilities Grant.');
    expect(text(part(root, 'why'))).to.equal('Why it is necessary and appropriate No reasons are given, because there is no recommendation for a grant.');
    expect(text(part(root, 'measurements'))).to.equal('Measurements No measurements were taken at this visit.');
    expect(text(part(root, 'photos'))).to.equal('Photos No photos were taken at this visit.');
    await expectNoAxeViolations(element);
  });

  it('renders the record’s text as text, never as HTML', async () => {
    const injected = '<img src=x onerror="window.__injected=2"><b>bold</b>';
    const record = homeVisitRecordFixture({
      recommendations: [{ ...fixtureRecommendations[2]!, what: { text: injected }, reason: { ...fixtureRecommendations[2]!.reason, text: injected } }],
    });
    const { root } = await render(record, { audience: 'housing' });
    expect(root.querySelectorAll('b')).to.have.length(0);
    expect([...root.querySelectorAll('img')].every((img) => img.src.startsWith('data:image/png'))).to.equal(true);
    expect(part(root, 'why').querySelector('p')!.textContent).to.equal(injected);
  });

  it('reflows at 320 px, column headings kept whole', async () => {
    await setViewport({ width: 320, height: 640 });
    const { element, root } = await render(homeVisitRecordFixture(), { audience: 'housing' });
    await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode()));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // One line box each: "Assessment" is not broken into "Assessmen" and "t".
    for (const heading of root.querySelectorAll('thead th')) {
      const range = document.createRange();
      range.selectNodeContents(heading);
      expect(range.getClientRects().length, text(heading)).to.equal(1);
    }
    await expectNoAxeViolations(element);
  });

  it('prints black on white, keeps rows and photos whole, and fits photos to the page', async () => {
    await emulateMedia({ media: 'print' });
    // A4 less 15 mm margins is 180 mm wide: about 680 CSS pixels.
    await setViewport({ width: 680, height: 1000 });
    const { root, element } = await render(homeVisitRecordFixture(), { audience: 'housing' });
    expect(getComputedStyle(element).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(root.querySelector('tbody tr')!).breakInside).to.equal('avoid');
    expect(getComputedStyle(root.querySelector('h3')!).breakAfter).to.equal('avoid');
    const images = [...root.querySelectorAll('img')];
    await Promise.all(images.map((img) => img.decode()));
    for (const img of images) expect(img.getBoundingClientRect().right).to.be.at.most(680);
    expect(document.documentElement.scrollWidth).to.be.at.most(680);
  });
});

describe('<ot-home-visit-summary> on the interop package’s home-visit fixture', () => {
  it('keeps her own words exactly, and leaves out an answer of only spaces', async () => {
    const { root } = await render(interopVisitFixture(), { definitions: homeVisitFixtureDefinitions });
    expect([...part(root, 'own-words').querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal([ownWordsAnswers['matters'], ownWordsAnswers['goodAt']]);
  });

  it('gives every measurement its unit and every photo its question', async () => {
    const { element, root } = await render(interopVisitFixture(), { audience: 'housing', definitions: homeVisitFixtureDefinitions });
    const units = [...part(root, 'measurements').querySelectorAll('tbody tr td:last-child')].map(text);
    expect(units.length).to.be.greaterThan(0);
    expect(units).to.not.include('Not recorded');
    expect([...part(root, 'photos').querySelectorAll('img')].map((img) => img.alt)).to.deep.equal([
      'Photos of the front step, photo 1 of 2',
      'Photos of the front step, photo 2 of 2',
    ]);
    expect(root.querySelector('.note')).to.equal(null);
    await expectNoAxeViolations(element);
  });
});
