import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, parseDefinition, validateOutcomeRecord, type AssessmentRecord } from '@otforms/core';
import { catalogue, getInstrument } from '@otforms/instruments';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepActiveElement } from '../test-support/keyboard.js';
import { sampleDefinition } from '../../../core/src/test-support/sample-definitions.js';

const barthel = getInstrument('barthel-cw20')!;

async function render(definition: unknown, attributes: { bandSet?: string } = {}) {
  const element = await fixture<OtAssessment>(html`<ot-assessment
    .definition=${definition}
    .storage=${new MemoryDraftStorage()}
    band-set=${attributes.bandSet ?? ''}
  ></ot-assessment>`);
  const driver = new AssessmentDriver(element);
  await driver.settle();
  return { element, driver };
}

describe('<ot-assessment>', () => {
  it('renders the first section of any valid definition, with the licence', async () => {
    const { element, driver } = await render(barthel);
    expect(driver.heading()!.textContent).to.equal('Activities of daily living');
    expect(element.shadowRoot!.querySelectorAll('ot-choice-question')).to.have.length(10);
    expect(driver.question('bowels').shadowRoot!.querySelector('legend')!.textContent).to.equal('Bowels');
    expect(element.shadowRoot!.querySelector('[part=licence]')!.textContent).to.contain('Maryland State Medical Society');
    expect(element.shadowRoot!.querySelector('[part=licence]')!.textContent).to.contain('commercially');
    expect(element.shadowRoot!.querySelector('[part=licence]')!.textContent).to.contain(
      'Commercial use needs permission from Maryland State Medical Society.',
    );
    expect(driver.errorSummary()).to.equal(null);
    await expectNoAxeViolations(element);
  });

  it('shows no error before an attempt, then an error summary that takes focus', async () => {
    const { element, driver } = await render(barthel);
    await driver.choose('bowels', 'continent');
    expect(driver.question('bladder').shadowRoot!.querySelector('.error-message')).to.equal(null);
    await driver.clickButton();
    expect(driver.errorLinks()).to.have.length(9);
    expect(driver.errorLinks()[0]).to.equal('Select an answer for bladder');
    expect(deepActiveElement() === driver.errorSummary(), 'focus is on the error summary').to.equal(true);
    const bladder = driver.question('bladder').shadowRoot!;
    expect(bladder.querySelector('.error-message')!.textContent).to.contain('Error: Select an answer for bladder');
    expect(bladder.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint error');
    await expectNoAxeViolations(element);
  });

  it('moves focus to the question from an error summary link', async () => {
    const { driver } = await render(barthel);
    await driver.clickButton();
    driver.root.querySelectorAll<HTMLAnchorElement>('.error-summary a')[2]!.click();
    await (driver.question('grooming') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const focused = deepActiveElement() as HTMLInputElement;
    expect(focused.type).to.equal('radio');
    expect(focused.getRootNode() === driver.question('grooming').shadowRoot, 'focus is in the grooming question').to.equal(true);
  });

  it('updates errors live once shown', async () => {
    const { driver } = await render(barthel);
    await driver.clickButton();
    await driver.choose('bladder', 'continent');
    await driver.chooseNotAssessed('stairs');
    expect(driver.errorLinks()).to.have.length(8);
    expect(driver.errorLinks()).not.to.include('Select an answer for bladder');
    expect(driver.question('bladder').shadowRoot!.querySelector('.error-message')).to.equal(null);
  });

  it('shows "Check your answers" with change links and the score, and changes an answer from there', async () => {
    const { element, driver } = await render(barthel);
    await driver.answerPage(catalogue[0]!.referenceCases[1]!.answers);
    await driver.clickButton();
    expect(driver.isReview()).to.equal(true);
    expect(deepActiveElement() === driver.heading(), 'focus is on the page heading').to.equal(true);
    expect(driver.scoreRows()).to.deep.equal({
      'Barthel Index (0–20)': '12 out of 20',
      'Barthel Index (0–100)': '60 out of 100',
      'Shah et al. (0–100)': 'Severe dependency',
    });
    await expectNoAxeViolations(element);

    driver.root.querySelector<HTMLButtonElement>('[data-edit="stairs"]')!.click();
    await driver.settle();
    expect(deepActiveElement()?.getRootNode() === driver.question('stairs').shadowRoot, 'focus is in the stairs question').to.equal(true);
    await driver.choose('stairs', 'independent');
    await driver.clickButton();
    expect(driver.isReview()).to.equal(true);
    expect(driver.scoreRows()['Barthel Index (0–20)']).to.equal('14 out of 20');
  });

  it('uses the band set the host chooses', async () => {
    const { driver } = await render(barthel, { bandSet: 'nictiz-20' });
    await driver.answerPage(catalogue[0]!.referenceCases[1]!.answers);
    await driver.clickButton();
    expect(driver.scoreRows()['Nictiz (0–20)']).to.equal('Slight dependence');
  });

  it('shows the assessor the score so far when asked to', async () => {
    const element = await fixture<OtAssessment>(html`<ot-assessment running-score .definition=${barthel} .storage=${new MemoryDraftStorage()}></ot-assessment>`);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    const shown = () => driver.root.querySelector('[part=running-score]')!.textContent!.trim();
    expect(shown()).to.equal('Score so far: 0 out of 20 (10 scored questions still to answer)');
    await driver.choose('transfers', 'independent');
    expect(shown()).to.equal('Score so far: 3 out of 20 (9 scored questions still to answer)');
    await expectNoAxeViolations(element);
  });

  for (const reference of catalogue[0]!.referenceCases) {
    it(`scores Barthel reference case ${reference.id} (${reference.description}) through the element`, async () => {
      const { element, driver } = await render(barthel);
      const missing = barthel.sections[0]!.items.map((item) => item.id).filter((id) => !(id in reference.answers));
      const outcome = oneEvent(element, 'ot-outcome');
      await driver.complete(reference.answers, missing);
      const record = ((await outcome) as CustomEvent<AssessmentRecord>).detail;
      expect(record.total).to.equal(reference.expected.total);
      expect(record.status).to.equal(reference.expected.status);
      expect(record.scales).to.deep.equal(reference.expected.scales);
      expect(Object.fromEntries(record.bands.map((band) => [band.bandSetId, band.label]))).to.deep.equal(reference.expected.bands);
      expect(record.notAssessed).to.deep.equal(missing);
      expect(element.value).to.deep.equal(record);
      expect(validateOutcomeRecord(record).success).to.equal(true);
      await expectNoAxeViolations(element);
    });
  }

  it('runs a multi-section definition with every input type, showing progress', async () => {
    const { element, driver } = await render(sampleDefinition);
    expect(driver.root.querySelector('.caption')!.textContent).to.equal('Section 1 of 2');
    await driver.answerPage({ walk: 'alone', stairs: 'unable' });
    await driver.clickButton();
    expect(driver.root.querySelector('.caption')!.textContent).to.equal('Section 2 of 2');
    await driver.type('visits', 'lots');
    await driver.type('time', '12.34');
    await driver.clickButton();
    expect(driver.errorLinks()).to.deep.equal([
      'Visits a week must be a whole number',
      'Time taken must have 1 decimal place or fewer',
      'Enter date seen',
    ]);
    await expectNoAxeViolations(element);
    await driver.type('visits', '3');
    await driver.type('time', '12.3');
    await driver.type('seenOn', '2026-11-20');
    await driver.type('notes', 'Uses a perching stool.');
    await driver.clickButton();
    expect(driver.isReview()).to.equal(true);
    const answers = [...driver.root.querySelectorAll('.summary-list:not(.score .summary-list) dd:not(.actions)')].map((dd) => dd.textContent!.trim());
    expect(answers).to.deep.equal(['Alone', 'Unable', '3', '12.3 seconds', '20 November 2026', 'Uses a perching stool.']);
    await driver.clickButton();
    expect(element.value!.answers).to.deep.equal({ walk: 'alone', stairs: 'unable', visits: 3, time: 12.3, seenOn: '2026-11-20', notes: 'Uses a perching stool.' });
  });

  it('renders definition text as text, never as HTML', async () => {
    const hostile = structuredClone(sampleDefinition);
    hostile.title = '<img src=x onerror="window.__pwned = true">';
    hostile.sections[0]!.title = '<b>bold</b>';
    hostile.sections[0]!.items[0]!.label = '<script>window.__pwned = true</script>';
    const { driver } = await render(hostile);
    expect(driver.heading()!.textContent).to.equal('<b>bold</b>');
    expect(driver.heading()!.querySelector('b')).to.equal(null);
    expect(driver.question('walk').shadowRoot!.querySelector('legend')!.textContent).to.equal('<script>window.__pwned = true</script>');
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('shows an invalid definition as an error naming each problem, dispatches ot-error and never throws', async () => {
    const bad = structuredClone(sampleDefinition) as typeof sampleDefinition;
    bad.sections[1]!.items[0]!.id = 'walk';
    const element = document.createElement('ot-assessment');
    element.storage = new MemoryDraftStorage();
    const reported = oneEvent(element, 'ot-error');
    element.definition = bad;
    document.body.append(element);
    const { detail } = (await reported) as CustomEvent<{ kind: string; issues: { path: string; message: string }[] }>;
    expect(detail.kind).to.equal('definition');
    expect(detail.issues).to.deep.equal([{ path: 'sections[1].items[0].id', message: 'Item id "walk" is already used at sections[0].items[0].id' }]);
    await element.updateComplete;
    const shown = element.shadowRoot!.querySelector('[role=alert]')!.textContent!;
    expect(shown).to.contain('This assessment cannot be shown');
    expect(shown).to.contain('sections[1].items[0].id');
    await expectNoAxeViolations(element);
    element.remove();
  });

  it('recovers when a valid definition replaces an invalid one', async () => {
    const { element, driver } = await render({ nonsense: true });
    expect(element.shadowRoot!.querySelector('[role=alert]')).not.to.equal(null);
    element.definition = barthel;
    await driver.settle();
    expect(driver.heading()!.textContent).to.equal('Activities of daily living');
  });

  it('accepts the definition as JSON text', async () => {
    const { driver } = await render(JSON.stringify(sampleDefinition));
    expect(driver.heading()!.textContent).to.equal('First section');
    expect(parseDefinition(JSON.stringify(sampleDefinition)).id).to.equal('sample');
  });
});
