import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { EpisodeError } from '@otforms/machines';
import { cy } from '../i18n/cy.js';
import { episodeErrorText, localiseEpisodeErrors } from './episode-error-text.js';
import { renderEpisodeErrorSummary, type EpisodePageView } from './render-episode-pages.js';

/** An error from a draft saved before errors had codes, and one whose field the catalogue has words for. */
const uncoded = { field: 'request.date', message: 'Enter the date of the request', code: undefined } as unknown as EpisodeError;
const coded: EpisodeError = { field: 'request.date', code: 'missing', message: 'Enter the date of the request' };

describe('episode error text', () => {
  it('says an error in the catalogue’s words, and marks the machine’s English where the catalogue has none', () => {
    expect(episodeErrorText(cy, coded)).to.deep.equal({ text: cy.episode.errors.fields['request.date']!.missing });
    expect(episodeErrorText(cy, uncoded)).to.deep.equal({ text: 'Enter the date of the request', lang: 'en-GB' });
    expect(episodeErrorText(cy, { ...coded, code: 'no-such-rule' as never })).to.deep.equal({ text: coded.message, lang: 'en-GB' });
  });

  it('marks the machine’s English in a Welsh error summary with lang="en-GB"', () => {
    const errors = localiseEpisodeErrors(cy, { summary: [coded, uncoded], byField: new Map() });
    const view = { t: cy, errors, focusTarget: () => {} } as Partial<EpisodePageView> as EpisodePageView;
    const place = document.createElement('div');
    place.lang = 'cy';
    document.body.append(place);
    try {
      render(renderEpisodeErrorSummary(view), place);
      const links = [...place.querySelectorAll('.error-summary-list a')];
      expect(links.map((link) => [link.textContent, link.querySelector('[lang]')?.getAttribute('lang') ?? null])).to.deep.equal([
        [cy.episode.errors.fields['request.date']!.missing, null],
        ['Enter the date of the request', 'en-GB'],
      ]);
    } finally {
      place.remove();
    }
  });
});
