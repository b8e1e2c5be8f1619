import { ownWordsText, type Answer, type AssessmentRecord, type Attachment, type GroupEntry, type InstrumentDefinition, type Item, type QuestionItem, type Section } from '@otforms/core';
import type { QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from '@medplum/fhirtypes';
import { UCUM } from '../extensions.js';
import { optionSystem, questionnaireUrl } from '../to-fhir-questionnaire.js';
import { entryUrl, type LocalReference } from './ids.js';

/** The fullUrl of the Media entry holding one of a record's photos; a photo answer's `valueAttachment.url` is this. */
export const mediaUrl = (recordId: string, attachmentId: string) => entryUrl(recordId, `media/${attachmentId}`);

interface Context {
  system: string;
  recordId: string;
  attachments: ReadonlyMap<string, Attachment>;
}

/**
 * The QuestionnaireResponse that answers `toFhirQuestionnaire(definition)`:
 * the same `url|version`, the same linkIds (sections as top-level groups,
 * item ids below them), choice answers coded as that Questionnaire's
 * answerOptions, and each entry of a repeating group as its own group item.
 * Only answered items are written; help (display) items and items marked
 * "Not assessed" have no answer, so they are left out.
 */
export function toQuestionnaireResponse(
  record: AssessmentRecord,
  definition: InstrumentDefinition,
  subject: LocalReference | undefined,
): QuestionnaireResponse {
  const context: Context = {
    system: optionSystem(definition.id),
    recordId: record.recordId,
    attachments: new Map(record.attachments.map((attachment) => [attachment.id, attachment])),
  };
  const items = definition.sections.flatMap((section) => sectionItem(section, record, context));
  const author = record.assessor?.reference;
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${questionnaireUrl(definition.id)}|${definition.version}`,
    status: record.status === 'complete' ? 'completed' : 'in-progress',
    ...(subject ? { subject } : {}),
    authored: record.completedAt,
    ...(author ? { author: { reference: author } } : {}),
    ...(items.length > 0 ? { item: items } : {}),
  };
}

function sectionItem(section: Section, record: AssessmentRecord, context: Context): QuestionnaireResponseItem[] {
  const children = section.items.flatMap((item) => answeredItems(item, record.answers[item.id], context));
  return children.length > 0 ? [{ linkId: section.id, text: section.title, item: children }] : [];
}

/** The response items for one question, or one per entry for a repeating group. */
function answeredItems(item: Item, answer: Answer | undefined, context: Context): QuestionnaireResponseItem[] {
  if (answer === undefined) return [];
  if (item.type === 'group') {
    const entries = Array.isArray(answer) ? answer.filter((entry): entry is GroupEntry => typeof entry === 'object' && entry !== null) : [];
    return entries.flatMap((entry) => {
      const children = item.items.flatMap((child) => answeredItems(child, entry[child.id], context));
      return children.length > 0 ? [{ linkId: item.id, text: item.label, item: children }] : [];
    });
  }
  const answers = answerValues(item, answer, context);
  return answers.length > 0 ? [{ linkId: item.id, text: item.label, answer: answers }] : [];
}

/**
 * FHIR answers for a stored answer, typed as the Questionnaire types the item.
 * Records are validated against their definition before they get here, so a
 * value of the wrong shape cannot occur; it is dropped rather than written as
 * something the Questionnaire does not allow.
 */
function answerValues(item: QuestionItem, answer: Answer, context: Context): QuestionnaireResponseItemAnswer[] {
  const { system } = context;
  switch (item.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const codes = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer.filter((code) => typeof code === 'string') : [];
      return codes.map((code) => {
        const option = item.options.find((candidate) => candidate.code === code);
        return { valueCoding: { system, code, ...(option ? { display: option.label } : {}) } };
      });
    }
    case 'yes-no':
      return answer === 'yes' || answer === 'no' ? [{ valueBoolean: answer === 'yes' }] : [];
    case 'integer':
      return typeof answer === 'number' && Number.isInteger(answer) ? [{ valueInteger: answer }] : [];
    case 'decimal':
    case 'duration':
      return typeof answer === 'number' ? [{ valueDecimal: answer }] : [];
    case 'text':
      return typeof answer === 'string' && answer.length > 0 ? [{ valueString: answer }] : [];
    case 'date':
      return typeof answer === 'string' ? [{ valueDate: answer }] : [];
    case 'measurement':
      return typeof answer === 'number' ? [{ valueQuantity: { value: answer, unit: item.unit, system: UCUM, code: item.unit } }] : [];
    case 'own-words': {
      // The person's words exactly as given, spaces and line breaks included (core says what counts as own words).
      const text = ownWordsText(answer);
      return text === null ? [] : [{ valueString: text }];
    }
    case 'photo':
      return photoAnswers(item.label, answer, context);
  }
}

/**
 * One `valueAttachment` per photo, pointing at the Media entry that holds its
 * data (the bundle carries each photo once, in its Media). An id the record
 * does not carry cannot be answered with a photo, so it is left out.
 */
function photoAnswers(label: string, answer: Answer, context: Context): QuestionnaireResponseItemAnswer[] {
  const ids = Array.isArray(answer) ? answer.filter((id): id is string => typeof id === 'string') : [];
  const photos = ids.flatMap((id) => {
    const attachment = context.attachments.get(id);
    return attachment ? [attachment] : [];
  });
  return photos.map((attachment, index) => ({
    valueAttachment: {
      contentType: attachment.contentType,
      size: attachment.size,
      title: photoTitle(label, index, photos.length),
      url: mediaUrl(context.recordId, attachment.id),
    },
  }));
}

/** "Front step, photo 2 of 3": a person reading the response can tell the photos apart. */
export const photoTitle = (label: string, index: number, count: number) => (count > 1 ? `${label}, photo ${index + 1} of ${count}` : `${label}, photo`);
