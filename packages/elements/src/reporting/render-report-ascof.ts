import { html, type TemplateResult } from 'lit';
import type { SuppressedFigures } from '@otforms/reporting';
import { reportMessages as m } from './outcome-report-messages.js';
import { renderFigureList } from './report-figure-list.js';
import { formatCount, formatProportion } from './report-format.js';

/**
 * ASCOF 2A (2023/24) as the summary worked it out: numerator, denominator,
 * proportion, the episodes not classified and those taken out, and every
 * sequel with its count. Sequels are CLD Release 2 strings from the records,
 * shown as they are so that they match the council's return.
 */
export function renderReportAscof(ascof2a: SuppressedFigures['ascof2a']): TemplateResult {
  const sequels = Object.entries(ascof2a.sequels).sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en-GB')));
  return html`<section class="section" data-section="ascof2a" aria-labelledby="ascof2a-title">
    <h2 id="ascof2a-title">${m.ascofTitle}</h2>
    <p class="intro">${m.ascofIntro}</p>
    ${renderFigureList([
      { key: 'numerator', term: m.numerator, value: formatCount(ascof2a.numerator) },
      { key: 'denominator', term: m.denominator, value: formatCount(ascof2a.denominator) },
      { key: 'proportion', term: m.proportion, value: ascof2a.proportion === null ? m.notWorkedOut : formatProportion(ascof2a.proportion) },
      { key: 'unclassified', term: m.unclassified, value: formatCount(ascof2a.unclassified) },
      { key: 'excluded', term: m.excluded, value: formatCount(ascof2a.excluded) },
    ])}
    ${sequels.length === 0
      ? html`<p class="status">${m.noSequels}</p>`
      : html`<table class="sequels" part="table">
          <caption>${m.sequelsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${m.columnSequel}</th>
              <th scope="col" class="number">${m.columnEpisodes}</th>
            </tr>
          </thead>
          <tbody>
            ${sequels.map(
              ([sequel, count]) => html`<tr data-sequel=${sequel}>
                <th scope="row">${sequel === '' ? m.unclassifiedSequel : sequel}</th>
                <td class="number">${formatCount(count)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`}
  </section>`;
}
