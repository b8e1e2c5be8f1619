import { expect, fixture, html } from '@open-wc/testing';
import { barthelDefinition } from '@otforms/instruments';
// Only this entry, as a host that registers the episode alone would import it.
import './ot-episode.define.js';
import { homeVisitDefinitions } from '../../../machines/src/episode/episode-home-visit.test-support.js';
import type { OtEpisode } from './ot-episode.js';

describe('<ot-episode> registered alone', () => {
  it('loads <ot-home-visit> only when it is given a home visit, so other episodes never download it', async () => {
    const plain = await fixture<OtEpisode>(html`<ot-episode .instruments=${[barthelDefinition]} .today=${'2026-11-05'} storage-key="on-demand:plain"></ot-episode>`);
    await plain.updateComplete;
    expect(customElements.get('ot-home-visit'), 'an episode without a home visit').to.equal(undefined);

    await fixture<OtEpisode>(
      html`<ot-episode .instruments=${[barthelDefinition]} .homeVisitDefinitions=${homeVisitDefinitions} .today=${'2026-11-05'} storage-key="on-demand:visit"></ot-episode>`,
    );
    const defined = await Promise.race([customElements.whenDefined('ot-home-visit').then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 5000))]);
    expect(defined, 'an episode with a home visit registers the element it nests').to.equal(true);
  });
});
