import { html, nothing, type TemplateResult } from 'lit';
import type { UnreadableRecord } from '@otforms/reporting';
import { reportMessages as m } from './outcome-report-messages.js';

/**
 * The records that could not be read: counted, and each listed with where it
 * came in the input and why, so that nobody is left out of the figures
 * without anyone knowing. Ids and reasons come from the records and core's
 * validation, and are rendered as text.
 */
export function renderReportUnreadable(unreadable: readonly UnreadableRecord[]): TemplateResult | typeof nothing {
  if (unreadable.length === 0) return nothing;
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
        ${unreadable.map(
          (entry) => html`<tr data-position=${entry.position}>
            <th scope="row">${m.position(entry.position)}</th>
            <td class="record-id">${entry.recordId ?? m.noRecordId}</td>
            <td>
              <ul class="reasons">
                ${entry.reasons.map((reason) => html`<li>${reason}</li>`)}
              </ul>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
