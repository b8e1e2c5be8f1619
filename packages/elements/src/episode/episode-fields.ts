import { html } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { cldServiceComponents, cldServiceTypes, type EpisodeVocabulary, type QuestionItem, type VocabularyEntry } from '@otforms/core';
import { fieldMessage, type EpisodeError, type EpisodeField, type EpisodeList, type EpisodeRows, type VisibleErrors } from '@otforms/machines';
import { forwardedQuestionParts } from '../styles/parts.js';
import type { OtAnswerPath } from '../events/ot-answer-event.js';
import type { Catalogue } from '../i18n/catalogue.js';

/**
 * The episode's fields as question items, so that the form's own question
 * elements draw them (label, hint, error, `aria-describedby`). Made once per
 * language and vocabulary, so typing in one field does not re-render the others.
 */

const common = { enableBehavior: 'all' as const };
const text = (id: string, label: string, required = true, multiline = false): QuestionItem => ({ ...common, id, type: 'text', label, required, multiline });
const date = (id: string, label: string, required = true): QuestionItem => ({ ...common, id, type: 'date', label, required });
const amount = (id: string, label: string, hint?: string, required = false): QuestionItem => ({
  ...common,
  id,
  type: 'decimal',
  label,
  required,
  ...(hint ? { hint } : {}),
});
const choice = (id: string, label: string, options: readonly { code: string; label: string }[], hint?: string, required = true): QuestionItem => ({
  ...common,
  id,
  type: 'single-choice',
  label,
  required,
  ...(hint ? { hint } : {}),
  options: options.map((option) => ({ ...option })),
  allowNotAssessed: false,
});

/** Codes labelled from a catalogue list; a code it has no label for is shown as it is. */
const labelled = (codes: readonly string[], labels: Readonly<Record<string, string>>) => codes.map((code) => ({ code, label: labels[code] ?? code }));

/** A vocabulary's entries: the host's label, else the catalogue's for the code, else the code. */
export const vocabularyOptions = (entries: readonly VocabularyEntry[], labels: Readonly<Record<string, string>>) =>
  entries.map(({ code, label }) => ({ code, label: label ?? labels[code] ?? code }));

export interface EpisodeFieldItems {
  fields: Record<EpisodeField, QuestionItem>;
  rows: { [List in EpisodeList]: Record<EpisodeRows[List], QuestionItem> };
}

function buildItems({ episode: m, vocabulary: v }: Catalogue, vocabulary: EpisodeVocabulary): EpisodeFieldItems {
  const yesNo = [
    { code: 'yes', label: m.yes },
    { code: 'no', label: m.no },
  ];
  return {
    fields: {
      'request.date': date('request-date', m.requestDate),
      'request.routeOfAccess': choice(
        'route-of-access',
        m.routeOfAccess,
        vocabularyOptions(vocabulary.routesOfAccess, v.routesOfAccess),
        vocabulary.cld ? m.routeOfAccessHint : m.routeOfAccessLocalHint,
        false,
      ),
      'request.referrer': text('referrer', m.referrer, false),
      'request.reason': text('reason', m.reason, false, true),
      'request.hospitalDischargeDate': date('hospital-discharge-date', m.hospitalDischargeDate, false),
      'request.dischargePathway': choice('discharge-pathway', m.dischargePathway, labelled(['0', '1', '2', '3'], v.dischargePathways), m.dischargePathwayHint, false),
      startedOn: date('started-on', m.startedOn),
      hoursAtStart: amount('hours-at-start', m.hoursAtStart, m.hoursHint),
      endedOn: date('ended-on', m.endedOn),
      endOutcome: choice(
        'end-outcome',
        m.endOutcome,
        vocabularyOptions(vocabulary.eventOutcomes, v.eventOutcomes),
        (vocabulary.cld ? m.endOutcomeHint : m.endOutcomeLocalHint) || undefined,
      ),
      hoursAtEnd: amount('hours-at-end', m.hoursAtEnd, m.hoursHint),
      nextServiceType: choice('next-service-type', m.nextServiceType, labelled(cldServiceTypes, v.serviceTypes), undefined, false),
      nextServiceComponent: choice('next-service-component', m.nextServiceComponent, labelled(cldServiceComponents, v.serviceComponents), undefined, false),
    },
    rows: {
      equipment: {
        item: text('equipment-item', m.equipmentItem),
        issuedOn: date('issued-on', m.issuedOn),
        returnedOn: date('returned-on', m.returnedOn, false),
        recycled: choice('recycled', m.recycled, yesNo, undefined, false),
      },
      minorAdaptations: {
        description: text('minor-description', m.adaptationDescription),
        completedOn: date('minor-completed-on', m.completedOn, false),
        cost: amount('minor-cost', m.cost, undefined, true),
      },
      majorAdaptations: {
        description: text('major-description', m.adaptationDescription),
        recommendedOn: date('recommended-on', m.recommendedOn, false),
        appliedOn: date('applied-on', m.appliedOn, false),
        decidedOn: date('decided-on', m.decidedOn, false),
        completedOn: date('major-completed-on', m.workCompletedOn, false),
        amount: amount('grant-amount', m.amount),
      },
      advice: { text: text('advice-text', m.adviceText, true, true) },
      followUp: {
        kind: choice('follow-up-kind', m.followUpKind, labelled(['84-day', '91-day'], m.followUpKinds)),
        date: date('follow-up-date', m.followUpDate),
        status: choice('follow-up-status', m.followUpStatus, labelled(['at-home', 'in-community', 'readmitted', 'res-nursing-admission', 'deceased', 'unknown'], m.followUpStatuses)),
      },
    },
  };
}

const made = new WeakMap<Catalogue, WeakMap<EpisodeVocabulary, EpisodeFieldItems>>();

/** The items for a catalogue and a vocabulary, the same objects on every render while neither changes. */
export function episodeFieldItems(t: Catalogue, vocabulary: EpisodeVocabulary): EpisodeFieldItems {
  let byVocabulary = made.get(t);
  if (!byVocabulary) made.set(t, (byVocabulary = new WeakMap()));
  let items = byVocabulary.get(vocabulary);
  if (!items) byVocabulary.set(vocabulary, (items = buildItems(t, vocabulary)));
  return items;
}

/** The DOM id of a field (`equipment[0].item` → `field-equipment-0-item`), where an error summary link takes focus. */
export const fieldDomId = (field: string) => `field-${field.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

/** The name a row field's errors use, as the machine names them. */
export const rowFieldName = (list: EpisodeList, index: number, field: string) => `${list}[${index}].${field}`;

/** Where an error summary link takes focus: the field, or the goal plan for a problem with the goals. */
export const errorTargetId = (error: EpisodeError) => (error.field === 'goals' ? 'goals' : fieldDomId(error.field));

/** One field as the form's own question element; `path` (the episode's field, or a row's) says where its `ot-answer` goes. */
export function renderField(
  name: string,
  item: QuestionItem,
  value: string,
  errors: VisibleErrors<EpisodeError>,
  disabled: boolean,
  path: OtAnswerPath,
): DirectiveResult {
  const error = fieldMessage(errors, name);
  return guard([name, item, value, error, disabled], () =>
    item.type === 'single-choice'
      ? html`<ot-choice-question id=${fieldDomId(name)} exportparts=${forwardedQuestionParts}
          .item=${item} .path=${path} .value=${value} .error=${error} .disabled=${disabled}
        ></ot-choice-question>`
      : html`<ot-input-question id=${fieldDomId(name)} exportparts=${forwardedQuestionParts}
          .item=${item} .path=${path} .value=${value} .error=${error} .disabled=${disabled}
        ></ot-input-question>`,
  );
}
