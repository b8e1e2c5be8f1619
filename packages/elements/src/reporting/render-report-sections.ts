import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { SuppressedFigures } from '@otforms/reporting';
import type { ReportModel } from './outcome-report-model.js';
import type { ReportText } from './report-text.js';
import { renderReportHeadline } from './render-report-headline.js';
import { renderReportInstruments } from './render-report-instruments.js';
import { renderReportGoals } from './render-report-goals.js';
import { renderReportCareHours } from './render-report-care-hours.js';
import { renderReportAscof } from './render-report-ascof.js';
import { renderReportFollowUp } from './render-report-follow-up.js';
import { renderReportAdaptations } from './render-report-adaptations.js';

/** The sections after the headline and the instruments, in order. */
const LATER_SECTIONS: readonly ((figures: SuppressedFigures, text: ReportText) => TemplateResult)[] = [
  (figures, text) => renderReportGoals(figures.goals, text),
  (figures, text) => renderReportCareHours(figures.careHours, text),
  (figures, text) => renderReportAscof(figures.ascof2a, text),
  (figures, text) => renderReportFollowUp(figures.followUp, text),
  (figures, text) => renderReportAdaptations(figures.adaptations, text),
];

/**
 * The parts the figures are built in when they first appear, one more each
 * frame (see StagedParts): the headline, each instrument (the largest
 * section, with a chart for each), then each later section.
 */
export function figurePartCount(model: ReportModel): number {
  return 1 + Math.max(1, model.instruments.length) + LATER_SECTIONS.length;
}

/**
 * The figures' sections, the first `parts` of them. Each is templated again
 * only when what it shows changes (`guard`), so that an update for anything
 * else (a progress report while the extract is made, the next part) does not
 * re-render the sections already there. Another language or other words
 * (a new `text`) re-render them all.
 */
export function renderReportSections(model: ReportModel, figures: SuppressedFigures, parts: number, text: ReportText): TemplateResult {
  const instrumentParts = Math.max(1, model.instruments.length);
  const instruments = Math.min(parts - 1, instrumentParts);
  const later = LATER_SECTIONS.slice(0, Math.max(0, parts - 1 - instrumentParts));
  return html`${guard([model, text], () => renderReportHeadline(figures, text))}
    ${instruments > 0 ? guard([model, instruments, text], () => renderReportInstruments(model.instruments.slice(0, instruments), text)) : nothing}
    ${later.map((section) => guard([model, text], () => section(figures, text)))}`;
}
