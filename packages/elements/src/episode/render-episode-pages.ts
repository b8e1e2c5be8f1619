import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionItem } from '@otforms/core';
import { episodeRowFields, type EpisodeDraft, type EpisodeField, type EpisodeList, type EpisodeRows, type VisibleErrors } from '@otforms/machines';
import { renderErrorSummary } from '../forms/render-error-summary.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { errorTargetId, renderField, rowFieldName, type EpisodeFieldItems } from './episode-fields.js';
import { minorAdaptationLimit, type LocalisedEpisodeError } from './episode-error-text.js';

/** What the pages that write the episode need from the element. */
export interface EpisodePageView {
  /** The words, in the element's language. */
  t: Catalogue;
  /** The fields as question items, in those words and with the vocabulary's choices. */
  items: EpisodeFieldItems;
  /** The vocabulary is England's CLD: the closing page then asks for the next service as CLD names it. */
  cld: boolean;
  draft: EpisodeDraft;
  /** Nothing can be changed: set by the element's `disabled`, or a disabled ancestor `<fieldset>`. */
  disabled: boolean;
  /** The episode's visible errors, from `visibleEpisodeErrors`, in the catalogue's words: worked out once per render. */
  errors: VisibleErrors<LocalisedEpisodeError>;
  /** Moves focus to what an error summary link is about. */
  focusTarget(targetId: string): void;
  onAddRow(list: EpisodeList): void;
  onRemoveRow(list: EpisodeList, index: number): void;
}

const field = (view: EpisodePageView, name: EpisodeField, value: string) => renderField(name, view.items.fields[name], value, view.errors, view.disabled, { field: name });

/** The GOV.UK error summary of the page, when it shows errors. */
export function renderEpisodeErrorSummary(view: EpisodePageView): TemplateResult | typeof nothing {
  // The machine's English, where the catalogue has no words, is marked as English (WCAG 3.1.2); the summary renders a message as given.
  const summary = view.errors.summary.map((error) => ({ error, message: error.lang ? html`<span lang=${error.lang}>${error.message}</span>` : error.message }));
  return renderErrorSummary(summary, { title: view.t.episode.errorSummaryTitle, targetId: ({ error }) => errorTargetId(error), focusTarget: view.focusTarget });
}

function page(title: string, view: EpisodePageView, body: TemplateResult, action: PageAction) {
  return html`
    ${renderEpisodeErrorSummary(view)}
    <h2 data-page-heading tabindex="-1">${title}</h2>
    ${body}
    <button type="button" class="button" part="button" ?disabled=${view.disabled} @click=${action.onClick}>${action.label}</button>
  `;
}

/** The main button of a page that writes the episode: continue to the next task, or save a task opened again. */
export interface PageAction {
  label: string;
  onClick(): void;
}

export function renderReferralPage(view: EpisodePageView, action: PageAction) {
  const { request } = view.draft;
  return page(
    view.t.episode.referralTitle,
    view,
    html`
      ${field(view, 'request.date', request.date)} ${field(view, 'request.routeOfAccess', request.routeOfAccess)}
      ${field(view, 'request.referrer', request.referrer)} ${field(view, 'request.reason', request.reason)}
      ${field(view, 'request.hospitalDischargeDate', request.hospitalDischargeDate)}
      ${field(view, 'request.dischargePathway', request.dischargePathway)} ${field(view, 'startedOn', view.draft.startedOn)}
      ${field(view, 'hoursAtStart', view.draft.hoursAtStart)}
    `,
    action,
  );
}

interface RowSection<List extends EpisodeList> {
  list: List;
  heading: string;
  hint?: string;
  legend(number: number): string;
  addLabel: string;
  fields: readonly EpisodeRows[List][];
}

/** A list of rows, each in its own fieldset with a "Remove" button that names it, and an "Add" button. */
function renderRows<List extends EpisodeList>(view: EpisodePageView, section: RowSection<List>) {
  const m = view.t.episode;
  const rows = view.draft[section.list] as unknown as Record<string, string>[];
  const items = view.items.rows[section.list] as unknown as Record<string, QuestionItem>;
  return html`
    <section class="rows" aria-labelledby=${`${section.list}-heading`} id=${`rows-${section.list}`} tabindex="-1">
      <h3 id=${`${section.list}-heading`}>${section.heading}</h3>
      ${section.hint ? html`<p class="hint">${section.hint}</p>` : nothing}
      ${rows.length === 0 ? html`<p class="caption">${m.noneYet}</p>` : nothing}
      ${rows.map(
        (row, index) => html`
          <fieldset class="row" id=${`${section.list}-${index}`}>
            <legend>${section.legend(index + 1)}</legend>
            ${section.fields.map((name) =>
              renderField(rowFieldName(section.list, index, String(name)), items[String(name)]!, row[String(name)] ?? '', view.errors, view.disabled, {
                list: section.list,
                index,
                field: String(name),
              }),
            )}
            <button type="button" class="secondary" ?disabled=${view.disabled} @click=${() => view.onRemoveRow(section.list, index)}>
              ${m.remove}<span class="visually-hidden"> ${m.removeWhich(section.legend(index + 1))}</span>
            </button>
          </fieldset>
        `,
      )}
      <button type="button" class="secondary" id=${`add-${section.list}`} ?disabled=${view.disabled} @click=${() => view.onAddRow(section.list)}>
        ${section.addLabel}
      </button>
    </section>
  `;
}

/** `onInterim`, while the intervention is under way: assess again part way through. */
export function renderInterventionPage(view: EpisodePageView, action: PageAction, onInterim?: () => void) {
  const m = view.t.episode;
  const limit = minorAdaptationLimit(view.t);
  return page(
    m.interventionTitle,
    view,
    html`
      <p class="description">${m.interventionIntro}</p>
      ${renderRows(view, { list: 'equipment', heading: m.equipmentHeading, legend: m.equipmentLegend, addLabel: m.addEquipment, fields: episodeRowFields.equipment })}
      ${renderRows(view, { list: 'minorAdaptations', heading: m.minorHeading, hint: m.minorHint(limit), legend: m.minorLegend, addLabel: m.addMinor, fields: episodeRowFields.minorAdaptations })}
      ${renderRows(view, {
        list: 'majorAdaptations',
        heading: m.majorHeading,
        hint: m.majorHint(limit),
        legend: m.majorLegend,
        addLabel: m.addMajor,
        fields: episodeRowFields.majorAdaptations,
      })}
      ${renderRows(view, { list: 'advice', heading: m.adviceHeading, legend: m.adviceLegend, addLabel: m.addAdvice, fields: episodeRowFields.advice })}
      ${onInterim
        ? html`<section class="rows" aria-labelledby="interim-heading">
            <h3 id="interim-heading">${m.interimHeading}</h3>
            <p class="hint">${m.interimHint}</p>
            <button type="button" class="secondary" ?disabled=${view.disabled} @click=${onInterim}>${m.startInterim}</button>
          </section>`
        : nothing}
    `,
    action,
  );
}

export function renderClosurePage(view: EpisodePageView, onClose: () => void) {
  const { draft } = view;
  const m = view.t.episode;
  return page(
    m.closureTitle,
    view,
    html`
      ${field(view, 'endedOn', draft.endedOn)} ${field(view, 'endOutcome', draft.endOutcome)} ${field(view, 'hoursAtEnd', draft.hoursAtEnd)}
      ${
        // The next service is asked for as CLD names it: with another nation's vocabulary it is not asked.
        view.cld ? html`${field(view, 'nextServiceType', draft.nextServiceType)} ${field(view, 'nextServiceComponent', draft.nextServiceComponent)}` : nothing
      }
    `,
    { label: m.closeEpisode, onClick: onClose },
  );
}

export function renderFollowUpPage(view: EpisodePageView, onFinish: () => void) {
  const m = view.t.episode;
  return page(
    m.followUpTitle,
    view,
    html`
      <p class="description">${m.followUpIntro}</p>
      ${renderRows(view, { list: 'followUp', heading: m.followUpsHeading, legend: m.followUpLegend, addLabel: m.addFollowUp, fields: episodeRowFields.followUp })}
    `,
    { label: m.finish, onClick: onFinish },
  );
}
