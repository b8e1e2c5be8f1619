import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, parseDefinition, type Attachment } from '@otforms/core';
import '../define.js';
import type { OtPhotoQuestion } from '../questions/ot-photo-question.js';
import { choose, drawnPhoto } from '../questions/photo-files.test-support.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { settle } from '../test-support/settle.js';
import type { OtAssessment } from './ot-assessment.js';

/** A fictional home visit page: a measurement, two photo questions sharing one record's budget, the person's own words. */
const definition = parseDefinition({
  id: 'front-door',
  version: '1.0.0',
  title: 'Front door',
  citation: 'Written for the otforms tests.',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' },
  attachmentBudgetBytes: 400_000,
  sections: [
    {
      id: 'access',
      title: 'Access and entrance',
      items: [
        { id: 'stepHeight', type: 'measurement', label: 'Height of the front step', unit: 'mm', min: 0, max: 400 },
        { id: 'stepPhoto', type: 'photo', label: 'Front step', maxPhotos: 2, required: false },
        { id: 'pathPhoto', type: 'photo', label: 'Path to the door', maxPhotos: 1, required: false },
        { id: 'whatMatters', type: 'own-words', label: 'What matters to me about getting in and out', required: false },
      ],
    },
  ],
});

interface SavedDraft {
  context: { responses: { answers: Record<string, unknown>; attachments: Record<string, Attachment> } };
}

async function assessment(storage: MemoryDraftStorage): Promise<OtAssessment> {
  const element = await fixture<OtAssessment>(html`<ot-assessment storage-key="front-door" .definition=${definition} .storage=${storage}></ot-assessment>`);
  await settle(element);
  return element;
}

const photoQuestion = (element: OtAssessment, itemId: string) => element.shadowRoot!.querySelector<OtPhotoQuestion>(`#question-${itemId}`)!;

describe('render-question: the home visit’s question types in <ot-assessment>', () => {
  it('renders a measurement and own words as inputs, and each photo question as <ot-photo-question> with the record’s budget', async () => {
    const element = await assessment(new MemoryDraftStorage());
    const root = element.shadowRoot!;
    expect(['stepHeight', 'stepPhoto', 'pathPhoto', 'whatMatters'].map((id) => root.querySelector(`#question-${id}`)?.localName)).to.deep.equal([
      'ot-input-question',
      'ot-photo-question',
      'ot-photo-question',
      'ot-input-question',
    ]);
    expect([photoQuestion(element, 'stepPhoto').budgetBytes, photoQuestion(element, 'stepPhoto').otherBytes]).to.deep.equal([400_000, 0]);
    await expectNoAxeViolations(element);
  });

  it('keeps a photo with the responses, counts it against the other photo question’s budget, and shows it again after a reload', async () => {
    const storage = new MemoryDraftStorage();
    const element = await assessment(storage);
    await choose(photoQuestion(element, 'stepPhoto'), [await drawnPhoto(1200, 900)]);
    await settle(element);
    const saved = storage.read('front-door') as SavedDraft;
    const [photo] = Object.values(saved.context.responses.attachments);
    expect(photo).to.include({ itemId: 'stepPhoto', contentType: 'image/jpeg', width: 1200, height: 900 });
    expect(saved.context.responses.answers['stepPhoto']).to.deep.equal([photo!.id]);
    expect(photoQuestion(element, 'stepPhoto').attachments).to.deep.equal([photo]);
    expect(photoQuestion(element, 'pathPhoto').otherBytes, 'the other question counts this photo').to.equal(photo!.size);

    const reloaded = await assessment(storage);
    const shown = photoQuestion(reloaded, 'stepPhoto');
    expect([shown.value, shown.attachments, shown.shadowRoot!.querySelectorAll('canvas').length]).to.deep.equal([photo!.id, [photo], 1]);

    shown.shadowRoot!.querySelector<HTMLButtonElement>('[data-remove]')!.click();
    await settle(reloaded);
    const after = storage.read('front-door') as SavedDraft;
    expect([after.context.responses.attachments, after.context.responses.answers['stepPhoto']]).to.deep.equal([{}, undefined]);
  });
});
