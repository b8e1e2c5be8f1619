import { html, type TemplateResult } from 'lit';
import type { SuppressedFigures } from '@otforms/reporting';
import { renderFigureList } from './report-figure-list.js';
import type { ReportText } from './report-text.js';

/**
 * ASCOF 2A (2023/24) as the summary worked it out: numerator, denominator,
 * proportion, the episodes not classified and those taken out, and every
 * sequel with its count. Sequels are CLD Release 2 strings from the records,
 * shown as they are so that they match the council's return: in English,
 * marked `lang="en-GB"` so that a screen reader reads them in English on a
 * Welsh page (WCAG 3.1.2).
 */
export function renderReportAscof(ascof2a: SuppressedFigures['ascof2a'], { m, f, locale }: ReportText): TemplateResult {
  const sequels = Object.entries(ascof2a.sequels).sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, locale)));
  return html`<section class="section" data-section="ascof2a" aria-labelledby="ascof2a-title">
    <h2 id="ascof2a-title">${m.ascofTitle}</h2>
    <p class="intro">${m.ascofIntro}</p>
    ${renderFigureList([
      { key: 'numerator', term: m.numerator, value: f.count(ascof2a.numerator) },
      { key: 'denominator', term: m.denominator, value: f.count(ascof2a.denominator) },
      { key: 'proportion', term: m.proportion, value: ascof2a.proportion === null ? m.notWorkedOut : f.proportion(ascof2a.proportion) },
      { key: 'unclassified', term: m.unclassified, value: f.count(ascof2a.unclassified) },
      // Always 0 for England's CLD: shown only when another vocabulary's outcomes are among the records.
      ...(ascof2a.endOutcomeNotCld === 0 ? [] : [{ key: 'endOutcomeNotCld', term: m.endOutcomeNotCld, value: f.count(ascof2a.endOutcomeNotCld) }]),
      { key: 'excluded', term: m.excluded, value: f.count(ascof2a.excluded) },
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
                ${sequel === '' ? html`<th scope="row">${m.unclassifiedSequel}</th>` : html`<th scope="row" lang="en-GB">${sequel}</th>`}
                <td class="number">${f.count(count)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
          <p class="hint sequels-note">${m.sequelsNote}</p>`}
  </section>`;
}
