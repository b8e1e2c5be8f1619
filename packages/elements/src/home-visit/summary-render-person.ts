import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue } from '../i18n/catalogue.js';
import type { PersonSummaryModel } from './summary-person-model.js';

/**
 * The summary for the person, read top to bottom like a letter. Everything
 * from the record (own words, goals, what was agreed and why) and from the
 * host (contact, how to return equipment) is bound as text, never as HTML.
 * Own words keep their line breaks and spaces (`white-space: pre-wrap`).
 */

/** Who to contact, as the host gives it. */
export interface SummaryContact {
  name: string;
  phone?: string;
  email?: string;
  hours?: string;
}

export interface PersonExtras {
  contact: SummaryContact | undefined;
  equipmentReturn: string | undefined;
}

export function renderPersonSummary(model: PersonSummaryModel, extras: PersonExtras, t: Catalogue): TemplateResult {
  const words = t.homeVisitSummary.person;
  const date = t.format.date;
  return html`
    <article part="summary" class="summary person">
      <h2 part="title">${words.title}</h2>
      <p>${words.visited(date(model.visitedOn))}</p>
      ${section('own-words', words.ownWordsHeading, renderOwnWords(model, words))} ${section('goals', words.goalsHeading, renderGoals(model.goals, words))}
      ${section('agreed', words.agreedHeading, renderAgreed(model, t))} ${section('equipment', words.equipmentHeading, renderEquipment(model, extras.equipmentReturn, t))}
      ${section('contact', words.contactHeading, renderContact(extras.contact, words))}
      ${section('review', words.reviewHeading, html`<p>${model.nextReview ? words.review(date(model.nextReview)) : words.noReview}</p>`)}
    </article>
  `;
}

/** A section named by its heading, so that it is a landmark-free but navigable unit. */
function section(name: string, heading: string, body: TemplateResult): TemplateResult {
  const id = `person-${name}`;
  return html`<section class="part" aria-labelledby=${id}><h3 id=${id}>${heading}</h3>${body}</section>`;
}

type PersonWords = Catalogue['homeVisitSummary']['person'];

function renderOwnWords(model: PersonSummaryModel, words: PersonWords): TemplateResult {
  const unread = model.unreadAssessments > 0 ? html`<p class="missing">${words.unreadOwnWords}</p>` : nothing;
  if (model.ownWords.length === 0) return html`${model.unreadAssessments > 0 ? nothing : html`<p class="missing">${words.noOwnWords}</p>`}${unread}`;
  return html`
    <p>${words.ownWordsIntro}</p>
    <dl class="own-words">
      ${model.ownWords.map((answer) => html`<div class="keep"><dt>${answer.question}</dt><dd class="words">${answer.text}</dd></div>`)}
    </dl>
    ${unread}
  `;
}

function renderGoals(goals: string[] | null, words: PersonWords): TemplateResult {
  if (goals === null) return html`<p class="missing">${words.noGoals}</p>`;
  return html`<p>${words.goalsIntro}</p>
    <ol class="goals">
      ${goals.map((goal) => html`<li class="words keep">${goal}</li>`)}
    </ol>`;
}

function renderAgreed(model: PersonSummaryModel, t: Catalogue): TemplateResult {
  const words = t.homeVisitSummary.person;
  if (model.agreed.length === 0) return html`<p class="missing">${words.nothingAgreed}</p>`;
  return html`<ul class="agreed">
    ${model.agreed.map(
      (line) => html`<li class="keep">
        <p class="what">${line.what}</p>
        <p><span class="lead">${words.why}</span> ${line.why}</p>
        <p>${words.route(line.route)}</p>
        <p>${words.status(line.status, t.format.date(line.on))}</p>
      </li>`,
    )}
  </ul>`;
}

function renderEquipment(model: PersonSummaryModel, equipmentReturn: string | undefined, t: Catalogue): TemplateResult {
  const words = t.homeVisitSummary.person;
  if (model.equipment.length === 0) return html`<p class="missing">${words.noEquipment}</p>`;
  const howToReturn = equipmentReturn?.trim() ? html`<p class="words">${equipmentReturn}</p>` : html`<p class="missing">${words.noReturn}</p>`;
  return html`
    <ul class="equipment">
      ${model.equipment.map(
        (line) => html`<li class="keep"><span class="what">${words.equipmentLine(line.what)}</span> ${words.equipmentStatus(line.status, t.format.date(line.on))}</li>`,
      )}
    </ul>
    <h4>${words.returnHeading}</h4>
    <p>${words.returnIntro}</p>
    ${howToReturn}
  `;
}

function renderContact(contact: SummaryContact | undefined, words: PersonWords): TemplateResult {
  if (!contact?.name?.trim()) return html`<p class="missing">${words.noContact}</p>`;
  return html`<dl class="contact keep">
    <div><dt class="visually-hidden">${words.name}</dt><dd class="what">${contact.name}</dd></div>
    ${contact.phone ? html`<div><dt>${words.phone}</dt><dd><a href=${`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>${contact.phone}</a></dd></div>` : nothing}
    ${contact.email ? html`<div><dt>${words.email}</dt><dd><a href=${`mailto:${contact.email}`}>${contact.email}</a></dd></div>` : nothing}
    ${contact.hours ? html`<div><dt>${words.hours}</dt><dd>${contact.hours}</dd></div>` : nothing}
  </dl>`;
}
