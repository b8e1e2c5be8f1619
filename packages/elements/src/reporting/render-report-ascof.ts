import { html, nothing, type TemplateResult } from 'lit';
import type { SuppressedFigures } from '@otforms/reporting';
import { renderFigureList } from './report-figure-list.js';
import type { ReportText } from './report-text.js';

/**
 * The catalogue's label of a sequel: sequels are CLD Release 2 strings, an
 * Event Outcome or a Service Type, labelled in the `vocabulary` namespace.
 * Undefined for a sequel the vocabulary does not list (DHSC's own
 * "Short term support: Residential or Nursing care", or a host's value).
 */
export function sequelLabel(vocabulary: ReportText['vocabulary'], sequel: string): string | undefined {
  const labels: readonly Readonly<Record<string, string>>[] = [vocabulary.eventOutcomes, vocabulary.serviceTypes];
  return labels.find((list) => Object.hasOwn(list, sequel))?.[sequel];
}

/**
 * A sequel's row header. With a label, the label; where the label is not
 * the CLD string itself (in Welsh), the CLD string follows it, so that the
 * row can still be matched to the council's return. Without a label, the
 * CLD string alone. The CLD string is a code: `translate="no"` so that
 * translation tools leave it as the return has it, and `lang="en-GB"` so
 * that a screen reader reads it in English on a Welsh page (WCAG 3.1.2).
 */
function renderSequel(sequel: string, { m, vocabulary }: ReportText): TemplateResult {
  if (sequel === '') return html`<th scope="row">${m.unclassifiedSequel}</th>`;
  const code = html`<span class="sequel-code" translate="no" lang="en-GB">${sequel}</span>`;
  const label = sequelLabel(vocabulary, sequel);
  if (label === undefined) return html`<th scope="row">${code}</th>`;
  return html`<th scope="row"><span class="sequel-label">${label}</span>${label === sequel ? nothing : html` ${code}`}</th>`;
}

/**
 * ASCOF 2A (2023/24) as the summary worked it out: numerator, denominator,
 * proportion, the episodes not classified and those taken out, and every
 * sequel with its count, named by the catalogue's CLD labels (see `renderSequel`).
 */
export function renderReportAscof(ascof2a: SuppressedFigures['ascof2a'], text: ReportText): TemplateResult {
  const { m, f, locale } = text;
  // In the order of what is shown, "not known" last.
  const shown = (sequel: string) => sequelLabel(text.vocabulary, sequel) ?? sequel;
  const sequels = Object.entries(ascof2a.sequels).sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : shown(a).localeCompare(shown(b), locale)));
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
                ${renderSequel(sequel, text)}
                <td class="number">${f.count(count)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
          <p class="hint sequels-note">${m.sequelsNote}</p>`}
  </section>`;
}
