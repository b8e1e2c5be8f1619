import { html, nothing, type TemplateResult } from 'lit';
import type { ReportChoices, ReportSelection } from './outcome-report-model.js';
import type { ReportText } from './report-text.js';

/**
 * The period and group filters: native selects with labels, "All" first,
 * then the keys the summary holds. An option's value is its position, not the
 * key, so that any key a host's `groupBy` returns (even "") stays distinct
 * from "All". A filter with nothing to choose is not shown.
 */
export function renderReportFilters(
  choices: ReportChoices,
  selection: ReportSelection,
  { m }: ReportText,
  onChange: (selection: ReportSelection) => void,
): TemplateResult | typeof nothing {
  if (choices.periods.length === 0 && choices.groups.length === 0) return nothing;
  const chosen = (keys: readonly string[], value: string) => (value === '' ? null : (keys[Number(value)] ?? null));
  const select = (id: string, label: string, all: string, keys: readonly string[], current: string | null, name: (key: string) => string, change: (key: string | null) => void) =>
    keys.length === 0
      ? nothing
      : html`<div class="filter">
          <label for=${id}>${label}</label>
          <select id=${id} @change=${(event: Event) => change(chosen(keys, (event.target as HTMLSelectElement).value))}>
            <option value="" ?selected=${current === null}>${all}</option>
            ${keys.map((key, index) => html`<option value=${String(index)} ?selected=${key === current}>${name(key)}</option>`)}
          </select>
        </div>`;
  return html`<fieldset class="filters" part="filters">
    <legend>${m.filtersTitle}</legend>
    ${select('period-filter', m.periodLabel, m.allPeriods, choices.periods, selection.period, m.period, (period) => onChange({ ...selection, period }))}
    ${select('group-filter', m.groupLabel, m.allGroups, choices.groups, selection.group, (key) => key, (group) => onChange({ ...selection, group }))}
  </fieldset>`;
}
