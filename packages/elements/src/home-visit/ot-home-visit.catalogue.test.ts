import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import { expectNoAxeViolations } from '../test-support/axe.js';
import './ot-home-visit.define.js';
import type { OtHomeVisit } from './ot-home-visit.js';
import { catalogueDefinitions as definitions, catalogueVisitDraft, VisitDriver } from './home-visit.test-support.js';

const KEY = 'home-visit:catalogue';

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
    await storage.write(KEY, catalogueVisitDraft('recommendations', 'Patient/catalogue'));
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
