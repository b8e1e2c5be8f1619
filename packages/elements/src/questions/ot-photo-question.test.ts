import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Attachment } from '@otforms/core';
import '../define.js';
import './ot-photo-question.define.js';
import type { OtAnswerEvent } from '../events/ot-answer-event.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { HistoryFrame } from '../test-support/history-frame.js';
import { deepActiveElement, press } from '../test-support/keyboard.js';
import type { OtPhotoQuestion } from './ot-photo-question.js';
import { choose, decoded, drawnPhoto, hasApp1, photoItem, prepared, sha256, withExif, withOrientation } from './photo-files.test-support.js';

const NAME = 'frontStep';

async function inForm(options: { maxPhotos?: number; required?: boolean; budgetBytes?: number; otherBytes?: number } = {}) {
  const { budgetBytes, otherBytes, ...itemOptions } = options;
  const form = await fixture<HTMLFormElement>(html`<form><fieldset></fieldset></form>`);
  const element = document.createElement('ot-photo-question');
  element.name = NAME;
  element.item = photoItem(itemOptions);
  if (budgetBytes !== undefined) element.budgetBytes = budgetBytes;
  if (otherBytes !== undefined) element.otherBytes = otherBytes;
  form.querySelector('fieldset')!.append(element);
  await element.updateComplete;
  return { form, element, fieldset: form.querySelector('fieldset')! };
}

const root = (element: OtPhotoQuestion) => element.shadowRoot!;
const answers = (element: OtPhotoQuestion) => {
  const heard: OtAnswerEvent[] = [];
  element.addEventListener('ot-answer', (event) => heard.push(event));
  return heard;
};
const errorText = (element: OtPhotoQuestion) => root(element).querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const thumbnails = (element: OtPhotoQuestion) => [...root(element).querySelectorAll<HTMLCanvasElement>('canvas[role="img"]')];
const buttonNamed = (element: OtPhotoQuestion, name: string) =>
  [...root(element).querySelectorAll('button')].find((button) => button.textContent!.trim() === name) ?? null;

describe('<ot-photo-question>', () => {
  it('offers the camera and the device’s photos as two buttons at least 44 px each way, each opening its own file input', async () => {
    const { element } = await inForm();
    const camera = root(element).querySelector<HTMLInputElement>('#camera')!;
    const library = root(element).querySelector<HTMLInputElement>('#library')!;
    expect([camera.type, camera.accept, camera.getAttribute('capture')]).to.deep.equal(['file', 'image/*', 'environment']);
    expect([library.type, library.accept, library.hasAttribute('capture')]).to.deep.equal(['file', 'image/*', false]);
    for (const [name, input] of [
      ['Take a photo', camera],
      ['Choose a photo', library],
    ] as const) {
      const button = buttonNamed(element, name)!;
      const box = button.getBoundingClientRect();
      expect([box.width >= 44, box.height >= 44], name).to.deep.equal([true, true]);
      const opened = oneEvent(input, 'click');
      button.focus();
      await press('Enter');
      await opened;
    }
    await expectNoAxeViolations(element);
  });

  it('keeps a 4000 × 3000 photo at 1600 × 1200 as a JPEG whose size and SHA-256 are those of its data', async () => {
    const { element } = await inForm();
    const heard = answers(element);
    await choose(element, [await drawnPhoto(4000, 3000)], 'camera');
    expect(heard).to.have.length(1);
    const { detail } = heard[0]!;
    const [photo] = detail.attachments!;
    expect(detail.input).to.equal(photo!.id);
    expect(photo).to.include({ itemId: NAME, contentType: 'image/jpeg', width: 1600, height: 1200 });
    const bytes = decoded(photo!.data);
    expect(photo!.size).to.equal(bytes.length);
    expect(photo!.sha256).to.equal(await sha256(bytes));
    expect([bytes[0], bytes[1]], 'a JPEG (SOI)').to.deep.equal([0xff, 0xd8]);
    const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));
    expect([bitmap.width, bitmap.height]).to.deep.equal([1600, 1200]);
    expect(element.value).to.equal(photo!.id);
    expect(element.attachments).to.deep.equal([photo]);

    const portrait = await inForm();
    await choose(portrait.element, [await drawnPhoto(1200, 2400)]);
    expect(portrait.element.attachments[0]).to.include({ width: 800, height: 1600 });
    const small = await inForm();
    await choose(small.element, [await drawnPhoto(640, 480)]);
    expect(small.element.attachments[0], 'a small photo is not made larger').to.include({ width: 640, height: 480 });
  });

  it('leaves an EXIF segment (with its location) behind: the kept JPEG has no APP1 marker', async () => {
    const original = await withExif(await drawnPhoto(1200, 900));
    const originalBytes = new Uint8Array(await original.arrayBuffer());
    expect(hasApp1(originalBytes), 'the test photo carries EXIF').to.equal(true);
    expect(new TextDecoder('latin1').decode(originalBytes)).to.contain('GPS 51.5072N');
    const { element } = await inForm();
    await choose(element, [original]);
    const kept = decoded(element.attachments[0]!.data);
    expect(hasApp1(kept)).to.equal(false);
    const text = new TextDecoder('latin1').decode(kept);
    expect([text.includes('Exif'), text.includes('GPS'), text.includes('otforms-test-camera')]).to.deep.equal([false, false, false]);
  });

  it('turns a photo upright by its orientation tag before the tag is left behind', async () => {
    const { element } = await inForm();
    await choose(element, [await withOrientation(await drawnPhoto(400, 300))]);
    const [photo] = element.attachments;
    expect([photo!.width, photo!.height, hasApp1(decoded(photo!.data))]).to.deep.equal([300, 400, false]);
  });

  it('shows each photo as a thumbnail named "Photo n of m for <label>", with a "Remove photo n" button of 44 px', async () => {
    const { element } = await inForm();
    await choose(element, [await drawnPhoto(800, 600, 'a.jpg'), await drawnPhoto(600, 800, 'b.jpg')]);
    const shown = thumbnails(element);
    expect(shown.map((canvas) => canvas.getAttribute('aria-label'))).to.deep.equal(['Photo 1 of 2 for Front step', 'Photo 2 of 2 for Front step']);
    await prepared(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(
      shown.map((canvas) => canvas.dataset['drawn']),
      'drawn on canvas from the kept data',
    ).to.deep.equal(['true', 'true']);
    const pixel = shown[0]!.getContext('2d')!.getImageData(2, 2, 1, 1).data;
    expect(pixel[3], 'the thumbnail has pixels').to.equal(255);
    for (const name of ['Remove photo 1', 'Remove photo 2']) {
      const box = buttonNamed(element, name)!.getBoundingClientRect();
      expect([box.width >= 44, box.height >= 44], name).to.deep.equal([true, true]);
    }
    expect(root(element).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Photo 2 added.');
    await expectNoAxeViolations(element);
  });

  it('removes a photo by keyboard: the answer is the photos left, focus stays in the list', async () => {
    const { element, form } = await inForm();
    await choose(element, [await drawnPhoto(400, 300, 'a.jpg'), await drawnPhoto(400, 300, 'b.jpg')]);
    const [first, second] = element.attachments as [Attachment, Attachment];
    const answered = oneEvent(element, 'ot-answer') as Promise<OtAnswerEvent>;
    buttonNamed(element, 'Remove photo 1')!.focus();
    await press('Enter');
    const { detail } = await answered;
    expect([detail.input, detail.attachments]).to.deep.equal([second.id, [second]]);
    await element.updateComplete;
    expect([element.value, thumbnails(element).length]).to.deep.equal([second.id, 1]);
    expect(thumbnails(element)[0]!.getAttribute('aria-label')).to.equal('Photo 1 of 1 for Front step');
    expect(deepActiveElement()?.textContent?.trim(), 'the photo now first').to.equal('Remove photo 1');
    expect(root(element).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Photo 1 removed.');
    expect((new FormData(form).getAll(NAME) as File[]).map((file) => file.name)).to.deep.equal([`${second.id}.jpg`]);
    expect(first.id).to.not.equal(second.id);

    await press('Enter');
    await element.updateComplete;
    expect([element.value, element.attachments.length]).to.deep.equal(['', 0]);
    expect(deepActiveElement()?.textContent?.trim(), 'no photos left: the first way in').to.equal('Take a photo');
  });

  it('takes no more than maxPhotos: the add buttons go, a sentence says why, and extra photos chosen at once are left out', async () => {
    const { element } = await inForm({ maxPhotos: 2 });
    const heard = answers(element);
    await choose(element, [await drawnPhoto(300, 200, 'a.jpg'), await drawnPhoto(300, 200, 'b.jpg'), await drawnPhoto(300, 200, 'c.jpg')]);
    expect(element.attachments).to.have.length(2);
    expect(heard.map((event) => event.detail.attachments!.length), 'one answer with both photos').to.deep.equal([2]);
    expect(errorText(element)).to.equal('Error: Select up to 2 photos. The others were not added');
    expect([buttonNamed(element, 'Take a photo'), buttonNamed(element, 'Choose a photo'), root(element).querySelector('input[type=file]')]).to.deep.equal([null, null, null]);
    expect(root(element).querySelector('.limit')!.textContent!.trim()).to.equal('You have added 2 photos, the most this question takes. Remove one to add another.');
    expect(deepActiveElement()?.textContent?.trim(), 'focus is not lost with the buttons').to.equal('Remove photo 2');
    await expectNoAxeViolations(element);

    buttonNamed(element, 'Remove photo 2')!.click();
    await element.updateComplete;
    expect([buttonNamed(element, 'Take a photo') !== null, root(element).querySelector('.limit'), errorText(element)]).to.deep.equal([true, null, '']);
  });

  it('refuses a photo that would take the record over its budget, with core’s message, before the form hears of it', async () => {
    const { element } = await inForm({ budgetBytes: 2_500_000, otherBytes: 2_499_000 });
    const heard = answers(element);
    await choose(element, [await drawnPhoto(1200, 900)]);
    expect([heard.length, element.attachments.length, element.value]).to.deep.equal([0, 0, '']);
    expect(errorText(element)).to.match(/^Error: The photos are too large to keep with this record \(2\.\d MB of 2\.5 MB\)\. Remove a photo\.$/);
    const fieldset = root(element).querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.include('error');
    await expectNoAxeViolations(element);
  });

  it('says clearly when the file is not a photo, or a photo that cannot be read', async () => {
    const { element } = await inForm();
    const heard = answers(element);
    await choose(element, [new File(['Notes from the visit'], 'notes.txt', { type: 'text/plain' })]);
    expect(errorText(element)).to.equal('Error: The selected file must be a photo, such as a JPG or PNG');
    await choose(element, [new File([new Uint8Array([0xff, 0xd8, 1, 2, 3, 4])], 'broken.jpg', { type: 'image/jpeg' })]);
    expect(errorText(element)).to.equal('Error: The selected photo could not be read. Try again, or choose a different photo');
    expect([heard.length, element.attachments.length]).to.deep.equal([0, 0]);
    await choose(element, [await drawnPhoto(300, 200)]);
    expect([heard.length, errorText(element)], 'a good photo clears the problem').to.deep.equal([1, '']);
  });

  it('announces a photo it refuses: its error is an alert, while an error the form gives is not', async () => {
    const alertText = (element: OtPhotoQuestion) => root(element).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    const { element } = await inForm({ budgetBytes: 2_500_000, otherBytes: 2_499_000 });
    const refused = [
      [new File(['Notes from the visit'], 'notes.txt', { type: 'text/plain' }), /^Error: The selected file must be a photo/],
      [new File([new Uint8Array([0xff, 0xd8, 1, 2, 3, 4])], 'broken.jpg', { type: 'image/jpeg' }), /^Error: The selected photo could not be read/],
      [await drawnPhoto(1200, 900), /^Error: The photos are too large to keep with this record/],
      // The same problem again is a new alert, so it is said again.
      [await drawnPhoto(1200, 900), /^Error: The photos are too large to keep with this record/],
    ] as const;
    for (const [file, message] of refused) {
      await choose(element, [file]);
      expect(alertText(element), file.name).to.match(message);
      expect(root(element).querySelector('[role="alert"]')!.closest('[aria-busy="true"], [aria-hidden="true"]'), 'not inside a part that is not announced').to.equal(null);
    }
    const heard = answers(element);
    element.otherBytes = 0;
    await choose(element, [await drawnPhoto(300, 200)]);
    expect([heard.length, alertText(element)], 'a good photo clears it').to.deep.equal([1, null]);
    element.error = 'Add a photo of the front step';
    await element.updateComplete;
    expect([errorText(element), alertText(element)], 'the form’s error is shown, not alerted').to.deep.equal(['Error: Add a photo of the front step', null]);
    await expectNoAxeViolations(element);
  });

  it('is busy while a photo is prepared: aria-busy and a status message, and no second choice starts', async () => {
    const { element } = await inForm();
    const input = root(element).querySelector<HTMLInputElement>('#library')!;
    const transfer = new DataTransfer();
    transfer.items.add(await drawnPhoto(3000, 2000));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const photos = root(element).querySelector('[part="control"]')!;
    const status = root(element).querySelector('[role="status"]')!;
    expect(photos.getAttribute('aria-busy')).to.equal('true');
    expect(status.textContent!.trim()).to.equal('Preparing the photo. This can take a few seconds.');
    expect(status.closest('[aria-busy="true"]'), 'the status is announced: it is not inside the busy part').to.equal(null);
    expect(buttonNamed(element, 'Choose a photo')!.getAttribute('aria-disabled')).to.equal('true');
    await prepared(element);
    expect([photos.getAttribute('aria-busy'), element.attachments.length]).to.deep.equal(['false', 1]);
  });

  it('in a native form: required until a photo is added (core’s message), submits one JPEG file per photo, resets to none', async () => {
    const { form, element } = await inForm();
    expect([element.validity.valueMissing, element.validationMessage !== '', form.checkValidity()]).to.deep.equal([true, true, false]);
    expect(new FormData(form).getAll(NAME)).to.deep.equal([]);
    await choose(element, [await drawnPhoto(400, 300)]);
    expect([element.validity.valid, form.checkValidity()]).to.deep.equal([true, true]);
    const [file] = new FormData(form).getAll(NAME) as File[];
    expect([file!.name, file!.type, file!.size]).to.deep.equal([`${element.attachments[0]!.id}.jpg`, 'image/jpeg', element.attachments[0]!.size]);
    form.reset();
    await element.updateComplete;
    expect([element.value, element.attachments.length, thumbnails(element).length, element.validity.valueMissing]).to.deep.equal(['', 0, 0, true]);

    const optional = await inForm({ required: false });
    expect(optional.element.validity.valid).to.equal(true);
  });

  it('shows the photos a host gives it, takes the form’s error over its own, and follows a disabled fieldset', async () => {
    const source = await inForm();
    await choose(source.element, [await drawnPhoto(400, 300)]);
    const { form, element, fieldset } = await inForm();
    element.attachments = source.element.attachments;
    await element.updateComplete;
    expect([element.value, thumbnails(element).length]).to.deep.equal([source.element.attachments[0]!.id, 1]);
    element.value = `${element.value},no-such-photo`;
    await element.updateComplete;
    expect([element.value, element.attachments.length], 'an id without its photo is dropped').to.deep.equal([source.element.attachments[0]!.id, 1]);

    element.error = 'Add a photo of the front step';
    await element.updateComplete;
    expect([element.validity.customError, element.validationMessage, errorText(element)]).to.deep.equal([
      true,
      'Add a photo of the front step',
      'Error: Add a photo of the front step',
    ]);
    await expectNoAxeViolations(form);
    element.error = '';

    fieldset.disabled = true;
    await element.updateComplete;
    const controls = [...root(element).querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')];
    expect([element.disabled, controls.every((control) => control.matches(':disabled')), new FormData(form).getAll(NAME).length, element.willValidate]).to.deep.equal([
      true,
      true,
      0,
      false,
    ]);
    fieldset.disabled = false;
    await element.updateComplete;
    expect([element.disabled, new FormData(form).getAll(NAME).length]).to.deep.equal([false, 1]);
  });

  it('after back/forward navigation, like a native file input, holds no photos (and no ids of photos it does not have)', async () => {
    const item = photoItem();
    const page = await HistoryFrame.open(`/packages/elements/src/test-support/pages/question-page.html?tag=ot-photo-question&item=${encodeURIComponent(JSON.stringify(item))}`);
    try {
      const question = () => page.document.querySelector<OtPhotoQuestion>('[name="answer"]')!;
      await question().updateComplete;
      await choose(question(), [await drawnPhoto(400, 300)]);
      expect(question().attachments).to.have.length(1);
      await page.awayAndBack();
      const restored = question();
      await restored.updateComplete;
      expect([restored.value, restored.attachments, restored.validity.valueMissing, new FormData(restored.form!).getAll('answer')]).to.deep.equal(['', [], true, []]);
    } finally {
      page.remove();
    }
  });
});
