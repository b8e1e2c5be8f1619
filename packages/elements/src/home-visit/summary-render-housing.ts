import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue } from '../i18n/catalogue.js';
import type { GrantRecommendation, HousingSummaryModel, PhotoSet } from './summary-housing-model.js';

type HousingWords = Catalogue['homeVisitSummary']['housing'];

/**
 * The housing authority's summary: a Disabled Facilities Grant
 * recommendation with the need, the recommendation, why it is necessary and
 * appropriate, the measurements and the photos. Text from the record and
 * the definitions is bound as text, never as HTML; a photo's `src` is a
 * `data:` URL built from the attachment's image type and base64 data.
 */
export function renderHousingSummary(model: HousingSummaryModel, t: Catalogue): TemplateResult {
  const words = t.homeVisitSummary.housing;
  return html`
    <article part="summary" class="summary housing">
      <h2 part="title">${words.title}</h2>
      ${renderDetails(model, t)} ${model.unlabelled ? html`<p class="note">${words.unlabelled}</p>` : nothing}
      ${section('need', words.needHeading, renderNeeds(model, words))}
      ${section('recommendation', words.recommendationHeading, renderRecommendations(model.recommendations, t))}
      ${section('why', words.whyHeading, renderWhy(model.recommendations, words))} ${section('measurements', words.measurementsHeading, renderMeasurements(model, words))}
      ${section('photos', words.photosHeading, renderPhotos(model.photos, words))}
    </article>
  `;
}

function section(name: string, heading: string, body: TemplateResult): TemplateResult {
  const id = `housing-${name}`;
  return html`<section class="part" aria-labelledby=${id}><h3 id=${id}>${heading}</h3>${body}</section>`;
}

function renderDetails(model: HousingSummaryModel, t: Catalogue): TemplateResult {
  const words = t.homeVisitSummary.housing;
  const assessor = model.assessor ? words.assessorText(model.assessor.role, model.assessor.reference) : '';
  return html`<dl class="details keep">
    <div><dt>${words.visitedOn}</dt><dd>${t.format.date(model.visitedOn)}</dd></div>
    <div><dt>${words.assessor}</dt><dd>${assessor || words.notRecorded}</dd></div>
    ${model.subject ? html`<div><dt>${words.subject}</dt><dd>${model.subject}</dd></div>` : nothing}
  </dl>`;
}

function renderNeeds(model: HousingSummaryModel, words: HousingWords): TemplateResult {
  if (model.needs.length === 0) return html`<p class="missing">${model.recommendations.length ? words.noNeeds : words.noRecommendation}</p>`;
  const columns = words.needColumns;
  return html`<p>${words.needIntro}</p>
    <table class="needs">
      <caption class="visually-hidden">${words.needCaption}</caption>
      <thead>
        <tr><th scope="col">${columns.question}</th><th scope="col">${columns.answer}</th></tr>
      </thead>
      <tbody>
        ${model.needs.map(
          (need) => html`<tr>
            <th scope="row">${need.question}<span class="from">${words.from(need.instrument)}</span></th>
            <td class="words">${need.photos !== null ? words.photosAnswer(need.photos) : (need.answer ?? words.noAnswer)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

function renderRecommendations(recommendations: readonly GrantRecommendation[], t: Catalogue): TemplateResult {
  const words = t.homeVisitSummary.housing;
  if (recommendations.length === 0) return html`<p class="missing">${words.noRecommendation}</p>`;
  return html`${recommendations.map(
    (recommendation) => html`<div class="recommendation keep">
      <p class="what">${recommendation.what}</p>
      <dl class="facts">
        ${recommendation.code ? html`<div><dt>${words.code}</dt><dd>${renderCode(recommendation.code)}</dd></div>` : nothing}
        <div><dt>${words.priority}</dt><dd>${words.priorityText(recommendation.priority)}</dd></div>
        <div><dt>${words.status}</dt><dd>${words.statusText(recommendation.status, t.format.date(recommendation.on))}</dd></div>
      </dl>
      ${recommendation.goals.length
        ? html`<p class="lead">${words.goals}</p>
            <ul class="goals">
              ${recommendation.goals.map((goal) => html`<li class="words">${goal}</li>`)}
            </ul>`
        : nothing}
    </div>`,
  )}`;
}

/**
 * A recommendation's code, after its display when the record gives one:
 * "Level-access shower (DFG-LAS)". The display is the record's words; the
 * code is the council's or a national identifier, so it sits in its own
 * `translate="no"` element that translation tools leave as it is.
 */
function renderCode({ code, display }: NonNullable<GrantRecommendation['code']>): TemplateResult {
  const identifier = html`<span class="code" translate="no">${code}</span>`;
  return display ? html`${display} (${identifier})` : identifier;
}

function renderWhy(recommendations: readonly GrantRecommendation[], words: HousingWords): TemplateResult {
  if (recommendations.length === 0) return html`<p class="missing">${words.noWhy}</p>`;
  if (recommendations.length === 1) return html`<p class="words">${recommendations[0]!.why}</p>`;
  return html`${recommendations.map((recommendation) => html`<p class="keep"><span class="lead">${words.whyFor(recommendation.what)}</span> <span class="words">${recommendation.why}</span></p>`)}`;
}

function renderMeasurements(model: HousingSummaryModel, words: HousingWords): TemplateResult {
  if (model.measurements.length === 0) return html`<p class="missing">${words.noMeasurements}</p>`;
  const columns = words.measurementColumns;
  return html`<table class="measurements" part="measurements">
    <caption>${words.measurementsCaption}</caption>
    <thead>
      <tr><th scope="col">${columns.question}</th><th scope="col" class="number">${columns.value}</th><th scope="col">${columns.unit}</th></tr>
    </thead>
    <tbody>
      ${model.measurements.map(
        (row) => html`<tr>
          <th scope="row">${row.question}</th>
          <td class="number">${row.value}</td>
          <td>${row.unit ?? words.noUnit}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderPhotos(sets: readonly PhotoSet[], words: HousingWords): TemplateResult {
  if (sets.length === 0) return html`<p class="missing">${words.noPhotos}</p>`;
  return html`<div class="photo-sets">${sets.map(
    (set) => html`<div class="photo-set">
      <h4>${set.question}</h4>
      <div class="photos">
        ${set.photos.map(
          (photo, index) => html`<figure class="photo keep" part="photo">
            <img src=${photo.src} alt=${words.photoAlt(set.question, index + 1, set.photos.length)} width=${photo.width ?? nothing} height=${photo.height ?? nothing} />
          </figure>`,
        )}
      </div>
    </div>`,
  )}</div>`;
}
