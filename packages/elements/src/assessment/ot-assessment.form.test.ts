import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, type AssessmentRecord } from '@otforms/core';
import { catalogue } from '@otforms/instruments';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';

const barthel = catalogue.find((entry) => entry.id === 'barthel-cw20')!;
const independent = barthel.referenceCases.find((reference) => reference.id === 'B1')!.answers;

async function formWithAssessment(attributes = '') {
  const form = await fixture<HTMLFormElement>(html`<form method="post" action="/__echo" target="echo-frame">
    <input type="hidden" name="caseId" value="case-17" />
    <ot-assessment name="barthel" ?required=${attributes === 'required'}></ot-assessment>
  </form>`);
  const element = form.querySelector<OtAssessment>('ot-assessment')!;
  element.storage = new MemoryDraftStorage();
  element.definition = barthel.definition;
  const driver = new AssessmentDriver(element);
  await driver.settle();
  return { form, element, driver };
}

describe('<ot-assessment> in a native form', () => {
  it('is submitted by a surrounding <form> as the record JSON under its name', async () => {
    const { form, element, driver } = await formWithAssessment();
    expect(new FormData(form).has('barthel'), 'no value before completion').to.equal(false);
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.complete(independent);
    const record = ((await outcome) as CustomEvent<AssessmentRecord>).detail;
    expect(JSON.parse(new FormData(form).get('barthel') as string)).to.deep.equal(record);

    const frame = document.createElement('iframe');
    frame.name = 'echo-frame';
    document.body.append(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    form.submit();
    await loaded;
    const sent = new URLSearchParams(frame.contentDocument!.querySelector('#echo')!.textContent!);
    expect(sent.get('caseId')).to.equal('case-17');
    expect(JSON.parse(sent.get('barthel')!)).to.deep.equal(record);
    frame.remove();
  });

  it('blocks the form while a required assessment is unfinished', async () => {
    const { form, element, driver } = await formWithAssessment('required');
    expect(form.checkValidity()).to.equal(false);
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.complete(independent);
    await outcome;
    expect(form.checkValidity()).to.equal(true);
  });

  it('starts again, with no draft left, when the form is reset', async () => {
    const { form, element, driver } = await formWithAssessment();
    await driver.choose('bowels', 'continent');
    expect(element.storage!.read(element.draftKey)).not.to.equal(null);
    form.reset();
    await driver.settle();
    expect(element.storage!.read(element.draftKey)).to.equal(null);
    expect(driver.question('bowels').shadowRoot!.querySelector('input:checked')).to.equal(null);
    expect(element.value).to.equal(null);
  });

  it('is disabled by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><ot-assessment></ot-assessment></fieldset></form>`);
    const element = form.querySelector<OtAssessment>('ot-assessment')!;
    element.storage = new MemoryDraftStorage();
    element.definition = barthel.definition;
    const driver = new AssessmentDriver(element);
    await driver.settle();
    expect(element.disabled).to.equal(true);
    expect(element.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.disabled).to.equal(true);
    expect(driver.question('bowels').shadowRoot!.querySelector('fieldset')!.disabled).to.equal(true);
  });
});
