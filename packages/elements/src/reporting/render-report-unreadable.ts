import { html, nothing, type TemplateResult } from 'lit';
import type { UnreadableRecord } from '@otforms/reporting';
import type { ReportText } from './report-text.js';

/**
 * How many unreadable records are listed. Thousands of rows would take
 * seconds to lay out and no one reads them on screen; the count is always
 * shown, and the summary's `unreadable` holds every one for the host.
 */
export const UNREADABLE_LISTED = 100;

/**
 * The records that could not be read: counted, and the first of them listed
 * with where each came in the input and why, so that nobody is left out of
 * the figures without anyone knowing. Ids and reasons come from the records
 * and core's validation, and are rendered as text; the reasons are core's
 * technical English: marked `lang="en-GB"`, so that a screen reader on a
 * Welsh page reads them in English, and `translate="no"`, so that
 * translation tools (and the story text check) leave them as they are.
 */
export function renderReportUnreadable(unreadable: readonly UnreadableRecord[], { m }: ReportText): TemplateResult | typeof nothing {
  if (unreadable.length === 0) return nothing;
  const listed = unreadable.slice(0, UNREADABLE_LISTED);
  return html`<section class="section unreadable" data-section="unreadable" aria-labelledby="unreadable-title">
    <h2 id="unreadable-title">${m.unreadableTitle(unreadable.length)}</h2>
    <p>${m.unreadableBody}</p>
    <table part="table">
      <caption>${m.unreadableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${m.columnPosition}</th>
          <th scope="col">${m.columnRecordId}</th>
          <th scope="col">${m.columnReasons}</th>
        </tr>
      </thead>
      <tbody>
        ${listed.map(
          (entry) => html`<tr data-position=${entry.position}>
            <th scope="row">${m.position(entry.position)}</th>
            <td class="record-id">${entry.recordId ?? m.noRecordId}</td>
            <td>
              <!-- Why a record could not be read is core's validation message, in English. -->
              <ul class="reasons" lang="en-GB" translate="no">
                ${entry.reasons.map((reason) => html`<li>${reason}</li>`)}
              </ul>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${unreadable.length > listed.length ? html`<p class="unreadable-more">${m.unreadableMore(listed.length, unreadable.length)}</p>` : nothing}
  </section>`;
}
