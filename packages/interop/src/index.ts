export { toFhirQuestionnaire, questionnaireUrl, optionSystem } from './fhir/to-fhir-questionnaire.js';
export { fromFhirQuestionnaire } from './fhir/from-fhir-questionnaire.js';
export { FHIR_EXTENSION, OTFORMS_EXTENSION } from './fhir/extensions.js';
export type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemType,
  QuestionnaireAnswerOption,
  QuestionnaireEnableWhen,
  Extension,
  Coding,
  CodeableConcept,
} from './fhir/questionnaire-types.js';
export { InteropError, type InteropIssue } from './interop-error.js';
