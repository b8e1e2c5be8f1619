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
  Quantity,
  Coding,
  CodeableConcept,
} from './fhir/questionnaire-types.js';
export { InteropError, type InteropIssue } from './interop-error.js';
export { CLD_COLUMNS, CLD_EVENT_TYPES, cldClientTypes, type CldField, type CldRow, type CldEventType, type CldClientType } from './cld/cld-columns.js';
export { toCldRows, OPEN_SERVICE_OUTCOME, EQUIPMENT_SERVICE_TYPE, RETURNED_EQUIPMENT_OUTCOME, type CldRowOptions } from './cld/to-cld-rows.js';
export { toCsv, type CsvValue, type CsvOptions } from './cld/csv.js';
export {
  ascof2aOutcome,
  isStMaxEpisode,
  ascof2aDenominatorSequels,
  ascof2aNumeratorSequels,
  ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL,
  ASCOF_2A_EQUIPMENT_SEQUEL,
  type Ascof2aOutcome,
  type Ascof2aPlacement,
  type Ascof2aDecidedBy,
} from './ascof/ascof-2a.js';
export {
  toReleaseOneRows,
  type ReleaseOneResult,
  type ReleaseOneOptions,
  type UnmappedCldValue,
} from './cld/to-release-one-rows.js';
export {
  eventOutcomeToR1,
  serviceTypeToR1,
  serviceComponentToR1,
  reviewReasonToR1,
  assessmentTypeToR1,
  clientTypeToR1,
  type ReleaseOneMapping,
} from './cld/release-one-tables.js';
export { toFhirBundle, type ToFhirBundleOptions } from './fhir/bundle/to-fhir-bundle.js';
