import { html, type TemplateResult } from 'lit';
import { FOLLOW_UP_STATUSES } from '@otforms/core';
import type { SuppressedFigures } from '@otforms/reporting';
import type { ReportText } from './report-text.js';

/** The 84- and 91-day follow-ups side by side, one row per status (core's list, so a new status gets a row). */
const KINDS = ['84-day', '91-day'] as const;

export function renderReportFollowUp(followUp: SuppressedFigures['followUp'], { m, f }: ReportText): TemplateResult {
  return html`<section class="section" data-section="follow-up" aria-labelledby="follow-up-title">
    <h2 id="follow-up-title">${m.followUpTitle}</h2>
    <p class="intro">${m.followUpIntro}</p>
    <table part="table">
      <caption>${m.followUpCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${m.columnStatus}</th>
          ${KINDS.map((kind) => html`<th scope="col" class="number">${m.followUpKinds[kind]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${FOLLOW_UP_STATUSES.map(
          (status) => html`<tr data-status=${status}>
            <th scope="row">${m.followUpStatuses[status]}</th>
            ${KINDS.map((kind) => html`<td class="number" data-kind=${kind}>${f.count(followUp[kind][status])}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
