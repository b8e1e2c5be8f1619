import type { Answer, AssessmentRecord, GroupEntry, InstrumentDefinition, Item, QuestionItem, Section } from '@otforms/core';
import type { QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from '@medplum/fhirtypes';
import type { LocalReference } from './ids.js';
import { optionSystem, questionnaireUrl } from '../to-fhir-questionnaire.js';

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
  const system = optionSystem(definition.id);
  const items = definition.sections.flatMap((section) => sectionItem(section, record, system));
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

function sectionItem(section: Section, record: AssessmentRecord, system: string): QuestionnaireResponseItem[] {
  const children = section.items.flatMap((item) => answeredItems(item, record.answers[item.id], system));
  return children.length > 0 ? [{ linkId: section.id, text: section.title, item: children }] : [];
}

/** The response items for one question, or one per entry for a repeating group. */
function answeredItems(item: Item, answer: Answer | undefined, system: string): QuestionnaireResponseItem[] {
  if (answer === undefined) return [];
  if (item.type === 'group') {
    const entries = Array.isArray(answer) ? answer.filter((entry): entry is GroupEntry => typeof entry === 'object' && entry !== null) : [];
    return entries.flatMap((entry) => {
      const children = item.items.flatMap((child) => answeredItems(child, entry[child.id], system));
      return children.length > 0 ? [{ linkId: item.id, text: item.label, item: children }] : [];
    });
  }
  const answers = answerValues(item, answer, system);
  return answers.length > 0 ? [{ linkId: item.id, text: item.label, answer: answers }] : [];
}

/**
 * FHIR answers for a stored answer, typed as the Questionnaire types the item.
 * Records are validated against their definition before they get here, so a
 * value of the wrong shape cannot occur; it is dropped rather than written as
 * something the Questionnaire does not allow.
 */
function answerValues(item: QuestionItem, answer: Answer, system: string): QuestionnaireResponseItemAnswer[] {
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
  }
}
