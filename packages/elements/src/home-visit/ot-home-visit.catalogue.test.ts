import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, parseDefinition, type InstrumentDefinition, type Item } from '@otforms/core';
import { createHomeVisitMachine } from '@otforms/machines';
import { fallsRiskChecklistDefinition, homeEnvironmentDefinition, whatMattersConversationDefinition } from '@otforms/instruments';
import { createActor, type AnyActorRef } from 'xstate';
import { expectNoAxeViolations } from '../test-support/axe.js';
import './ot-home-visit.define.js';
import type { OtHomeVisit } from './ot-home-visit.js';
import { VisitDriver } from './home-visit.test-support.js';

/** The catalogue's own home visit: the home environment, the falls checklist and the conversation. */
const definitions = [homeEnvironmentDefinition, fallsRiskChecklistDefinition, whatMattersConversationDefinition].map((definition) => parseDefinition(definition));
const KEY = 'home-visit:catalogue';

/** An answer that needs help or shows a risk where there is a choice ("No", the last option), so the rules suggest things. */
function answerFor(item: Item): unknown {
  switch (item.type) {
    case 'yes-no':
      return 'no';
    case 'single-choice':
      return item.options.at(-1)!.code;
    case 'multiple-choice':
      return [item.options[0]!.code];
    case 'measurement':
      return item.min ?? 100;
    case 'integer':
    case 'decimal':
    case 'duration':
      return item.min ?? 1;
    case 'date':
      return '2026-12-03';
    case 'text':
    case 'own-words':
      return 'Getting to the shops on my own';
    default:
      return undefined;
  }
}

/** Every assessment answered headlessly, page by page, as the element would send it: the visit at its recommendations. */
function draftAtRecommendations(): unknown {
  const actor = createActor(createHomeVisitMachine(definitions), { input: { startedAt: '2026-12-03T09:00:00.000Z', visitedOn: '2026-12-03', subjectReference: 'Patient/catalogue' } }).start();
  definitions.forEach((definition: InstrumentDefinition, index) => {
    const child = () => actor.getSnapshot().children.assessment as AnyActorRef;
    for (const section of definition.sections) {
      for (const item of section.items) {
        const input = answerFor(item);
        if (input !== undefined) child().send({ type: 'ANSWER', itemId: item.id, input });
      }
      child().send({ type: 'CONTINUE' });
    }
    child().send({ type: 'SUBMIT', completedAt: `2026-12-03T1${index}:00:00.000Z`, recordId: `a0000000-0000-4000-8000-00000000010${index}` });
  });
  expect(actor.getSnapshot().value, 'every assessment completed').to.equal('recommendations');
  const draft = actor.getPersistedSnapshot();
  actor.stop();
  return draft;
}

describe('<ot-home-visit> with the catalogue’s home visit', () => {
  it('starts at the home environment assessment and passes axe', async () => {
    const element = await fixture<OtHomeVisit>(html`<ot-home-visit .definitions=${definitions} .storage=${new MemoryDraftStorage()} storage-key=${KEY}></ot-home-visit>`);
    const driver = new VisitDriver(element);
    await driver.settle();
    expect(driver.heading()).to.equal('Home environment and function assessment');
    expect([...driver.root.querySelectorAll('.steps li')].map((step) => step.textContent!.replace(/\s+/g, ' ').trim().replace(/ \(.*\)$/, ''))).to.deep.equal([
      '1. Home environment and function assessment',
      '2. Falls risk checklist',
      `3. ${definitions[2]!.title}`,
      '4. Recommendations',
      '5. Check and finish',
    ]);
    await expectNoAxeViolations(element);
  });

  it('shows the suggestions its rules make, each to accept or dismiss, passes axe, and reflows at 320 px', async () => {
    const storage = new MemoryDraftStorage();
    await storage.write(KEY, draftAtRecommendations());
    const element = await fixture<OtHomeVisit>(html`<ot-home-visit .definitions=${definitions} .storage=${storage} storage-key=${KEY} subject-reference="Patient/catalogue"></ot-home-visit>`);
    const driver = new VisitDriver(element);
    await driver.settle();
    expect(driver.heading()).to.equal('Recommendations');
    const suggestions = driver.root.querySelectorAll('.suggestion');
    expect(suggestions.length, 'suggestions from the answers').to.be.greaterThan(3);
    await expectNoAxeViolations(element);
    element.style.width = '320px';
    await driver.settle();
    expect(element.scrollWidth).to.be.at.most(320);
  });
});
