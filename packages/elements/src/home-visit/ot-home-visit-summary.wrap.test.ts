import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { InstrumentDefinition } from '@otforms/core';
import './ot-home-visit-summary.define.js';
import type { OtHomeVisitSummary } from './ot-home-visit-summary.js';
import { episodeWithHomeVisitFixture, homeVisitRecordFixture, summaryDefinitions } from '../test-support/home-visit-summary-fixture.js';

/**
 * Issue 13, review 13b M1: a table cell holding definition text (a question's
 * label, an instrument's title, an option's label) must wrap a 100-character
 * word at any point, or the table's min-content width makes a 320 px page
 * scroll sideways.
 */
const word = `https://example.org/${'longword'.repeat(10)}`; // 100 characters, no space to break at
const width = 320;

/** The summary's definitions with the long word in every title, label and option label. */
function withLongWords<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withLongWords) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, (key === 'label' || key === 'title') && typeof inner === 'string' ? `${inner} ${word}` : withLongWords(inner)]),
  ) as T;
}

const definitions: readonly InstrumentDefinition[] = withLongWords(summaryDefinitions);

async function render(record: unknown, audience: 'person' | 'housing') {
  const element = await fixture<OtHomeVisitSummary>(html`<ot-home-visit-summary audience=${audience} .record=${record} .definitions=${definitions}></ot-home-visit-summary>`);
  await element.updateComplete;
  await Promise.all([...element.shadowRoot!.querySelectorAll('img')].map((img) => img.decode()));
  return element;
}

describe('<ot-home-visit-summary> with long words, at 320 px', () => {
  before(() => setViewport({ width, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const audience of ['person', 'housing'] as const) {
    for (const [name, record] of [
      ['a home-visit record', homeVisitRecordFixture()],
      ['an episode with a home visit', episodeWithHomeVisitFixture()],
    ] as const) {
      it(`audience="${audience}", ${name}: the page is not wider than 320 px`, async () => {
        const element = await render(record, audience);
        if (audience === 'housing') expect(element.shadowRoot!.querySelector('tbody th')?.textContent, 'a table shows definition text').to.contain(word);
        else expect(element.shadowRoot!.textContent).to.contain(word);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        expect(element.getBoundingClientRect().right).to.be.at.most(width);
      });
    }
  }
});
