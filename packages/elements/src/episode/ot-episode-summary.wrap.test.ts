import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../define.js';
import type { OtEpisodeSummary } from './ot-episode-summary.js';
import { changedEpisodeFixture } from '../../../interop/src/test-support/episode-record-fixture.js';

/**
 * Issue 13, review 13b M1: the summary shows each instrument's title, definition
 * text copied into the record. A 100-character word in it wraps, in the chart's
 * table and in the open table, so a 320 px page does not scroll sideways.
 */
const word = `https://example.org/${'longword'.repeat(10)}`; // 100 characters, no space to break at
const width = 320;

describe('<ot-episode-summary> with a long word in an instrument title, at 320 px', () => {
  before(() => setViewport({ width, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('is not wider than the page, with its table open', async () => {
    const record = changedEpisodeFixture((episode) => {
      for (const assessment of episode.assessments) assessment.record.instrument.title = `Barthel ${word}`;
    });
    const element = await fixture<OtEpisodeSummary>(html`<ot-episode-summary .record=${record}></ot-episode-summary>`);
    await element.updateComplete;
    const root = element.shadowRoot!;
    for (const details of root.querySelectorAll('details')) details.open = true;
    await element.updateComplete;
    expect(root.querySelector('tbody th .measure-title')!.textContent).to.contain(word);
    expect(document.documentElement.scrollWidth).to.be.at.most(width);
    expect(element.getBoundingClientRect().right).to.be.at.most(width);
    expect(root.querySelector('table')!.getBoundingClientRect().right).to.be.at.most(width);
  });
});
