import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, parseDefinition, validateAnswers, type Attachment } from '@otforms/core';
import { createAssessmentMachine } from '@otforms/machines';
import { createActor } from 'xstate';
import '../define.js';
import type { OtPhotoQuestion } from '../questions/ot-photo-question.js';
import { choose, drawnPhoto } from '../questions/photo-files.test-support.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { settle } from '../test-support/settle.js';
import type { OtAssessment } from './ot-assessment.js';
import { flatResponses } from '@otforms/machines';

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

    // A reload: the first page is gone (it lets go of the draft's editor lock) before the next opens it.
    element.remove();
    const reloaded = await assessment(storage);
    const shown = photoQuestion(reloaded, 'stepPhoto');
    expect([shown.value, shown.attachments, shown.shadowRoot!.querySelectorAll('canvas').length]).to.deep.equal([photo!.id, [photo], 1]);

    shown.shadowRoot!.querySelector<HTMLButtonElement>('[data-remove]')!.click();
    await settle(reloaded);
    const after = storage.read('front-door') as SavedDraft;
    expect([after.context.responses.attachments, after.context.responses.answers['stepPhoto']]).to.deep.equal([{}, undefined]);
  });

  it('counts against the budget only the photos the record would carry, as validation does: not those of a hidden question', async () => {
    // A porch photo kept in the responses, then hidden by the answer that showed it.
    const porch = parseDefinition({
      id: 'porch',
      version: '1.0.0',
      title: 'Porch',
      citation: 'Written for the otforms tests.',
      licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' },
      attachmentBudgetBytes: 500_000,
      sections: [
        {
          id: 'access',
          title: 'Access and entrance',
          items: [
            { id: 'hasPorch', type: 'yes-no', label: 'Is there a porch?' },
            { id: 'porchPhoto', type: 'photo', label: 'Porch', maxPhotos: 1, required: false, enableWhen: [{ item: 'hasPorch', operator: 'equals', value: 'yes' }] },
            { id: 'pathPhoto', type: 'photo', label: 'Path to the door', maxPhotos: 1, required: false },
          ],
        },
      ],
    });
    // Within 1 kB of the budget: any photo of the path would go over if the hidden one counted.
    const large: Attachment = { id: 'porch-1', itemId: 'porchPhoto', contentType: 'image/jpeg', size: 499_000, sha256: 'a'.repeat(64), data: 'AAAA' };
    const actor = createActor(createAssessmentMachine(porch), { input: { startedAt: '2026-11-22T09:00:00.000Z' } }).start();
    actor.send({ type: 'ANSWER', itemId: 'hasPorch', input: 'yes' });
    actor.send({ type: 'ANSWER', itemId: 'porchPhoto', input: [large] });
    actor.send({ type: 'ANSWER', itemId: 'hasPorch', input: 'no' });
    expect(actor.getSnapshot().context.responses.attachments, 'the hidden question’s photo is still held').to.have.property('porch-1');
    const element = document.createElement('ot-assessment');
    element.storage = new MemoryDraftStorage();
    element.definition = porch;
    element.actor = actor;
    document.body.append(element);
    try {
      await settle(element);
      const path = photoQuestion(element, 'pathPhoto');
      expect(path.otherBytes).to.equal(0);
      await choose(path, [await drawnPhoto(800, 600)]);
      await settle(element);
      const responses = flatResponses(actor.getSnapshot().context.responses);
      expect(responses.answers['pathPhoto'], 'the photo fits the budget, as validation counts it').to.have.length(1);
      expect(validateAnswers(porch, responses)).to.deep.equal([]);
      // Shown again, the porch photo counts again, for the question and for validation alike.
      actor.send({ type: 'ANSWER', itemId: 'hasPorch', input: 'yes' });
      await settle(element);
      expect(photoQuestion(element, 'pathPhoto').otherBytes).to.equal(499_000);
      const own = Object.values(actor.getSnapshot().context.responses.attachments).find((photo) => photo.itemId === 'pathPhoto')!;
      expect(photoQuestion(element, 'porchPhoto').otherBytes).to.equal(own.size);
      expect(validateAnswers(porch, flatResponses(actor.getSnapshot().context.responses)).map((error) => error.itemId)).to.deep.equal(['porchPhoto', 'pathPhoto']);
    } finally {
      element.remove();
      actor.stop();
    }
  });
});
