import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, parseDefinition, validateOutcomeRecord, type Attachment, type HomeVisitRecord } from '@otforms/core';
import { stepPhoto } from '../test-support/home-visit-summary-photos.js';
import './ot-home-visit.define.js';
import type { OtHomeVisit } from './ot-home-visit.js';
import { conversation, homeCheckInput, SUBJECT, TODAY, VisitDriver, visitDraftAfter, visitInput } from './home-visit.test-support.js';

/** The home check with a photo of the front step, as an OT would take it on the visit. */
const access = homeCheckInput.sections[0]!;
const homeCheckWithPhoto = parseDefinition({
  ...homeCheckInput,
  id: 'home-check-photo-fixture',
  sections: [{ ...access, items: [...access.items, { id: 'step-photo', type: 'photo', label: 'Photo of the front step', required: false, maxPhotos: 2 }] }],
});
const assessedWith = [homeCheckWithPhoto, conversation];
const photo: Attachment = { ...stepPhoto, id: 'photo-1', itemId: 'step-photo' };
const KEY = 'home-visit:photos';

async function mount(storage: MemoryDraftStorage) {
  const element = await fixture<OtHomeVisit>(html`<ot-home-visit
    .definitions=${assessedWith}
    .storage=${storage}
    .today=${TODAY}
    storage-key=${KEY}
    subject-reference=${SUBJECT}
    visited-on=${TODAY}
  ></ot-home-visit>`);
  const driver = new VisitDriver(element);
  await driver.settle();
  return { element, driver };
}

describe('<ot-home-visit> photos', () => {
  it('keeps a photo taken mid-visit through a reload, and the finished record carries it with its hash', async () => {
    const storage = new MemoryDraftStorage();
    await storage.write(KEY, visitDraftAfter([{ to: 'assessment', event: { type: 'ANSWER', itemId: 'step-photo', input: [photo] } }], visitInput, assessedWith));
    const { element, driver } = await mount(storage);
    // Registered alone, the visit loads the photo question with its first photo question.
    await customElements.whenDefined('ot-photo-question');
    await driver.settle();
    const question = driver.assessment()!.shadowRoot!.querySelector('#question-step-photo')!;
    expect(question.shadowRoot!.querySelectorAll('.thumbnails li'), 'the photo is shown again after the reload').to.have.length(1);

    await driver.choose('rail', 'no');
    const saved = (await storage.read(KEY)) as { children: { assessment: { snapshot: { context: { responses: { attachments: Record<string, Attachment> } } } } } };
    expect(Object.keys(saved.children.assessment.snapshot.context.responses.attachments), 'each change saves the photo with the draft').to.deep.equal(['photo-1']);

    await driver.choose('alarm', 'yes');
    await driver.click('Continue');
    await driver.click('Complete assessment');
    await driver.typeAnswer('matters', 'My garden');
    await driver.click('Continue');
    await driver.click('Complete assessment');
    await driver.type('suggestion-home-check-photo-fixture-front-rail-reason', 'The step is steep.');
    await driver.click('Accept suggestion: Grab rail by the front step');
    await driver.click('Continue');
    await driver.click('Finish visit');
    const record = element.value as HomeVisitRecord;
    expect(validateOutcomeRecord(record).success).to.equal(true);
    expect(record.assessments[0]!.answers['step-photo']).to.deep.equal(['photo-1']);
    expect(record.assessments[0]!.attachments.map(({ id, sha256, size, contentType }) => ({ id, sha256, size, contentType }))).to.deep.equal([
      { id: 'photo-1', sha256: stepPhoto.sha256, size: stepPhoto.size, contentType: 'image/png' },
    ]);
    expect(await storage.read(KEY), 'no draft once finished').to.equal(null);
  });
});
