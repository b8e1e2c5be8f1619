import type { AnswerAuditEntry, AssessmentRecord } from '@otforms/core';
import type { BundleEntry, Extension, Provenance, ProvenanceAgent } from '@medplum/fhirtypes';
import { OTFORMS_EXTENSION } from '../extensions.js';
import { entryUrl, type LocalReference } from './ids.js';

/** R4's participant types (http://hl7.org/fhir/R4/codesystem-provenance-participant-type.html). */
const PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const AUTHOR = { coding: [{ system: PARTICIPANT_TYPE, code: 'author', display: 'Author' }] };
const ASSEMBLER = { coding: [{ system: PARTICIPANT_TYPE, code: 'assembler', display: 'Assembler' }] };

/**
 * The Provenance of an assessment's answers, from the record's
 * `answerAudit`: it targets the QuestionnaireResponse, was recorded when the
 * assessment was completed, and names as an author everyone who gave or
 * changed an answer, by the same reference the record (and the response's
 * `author`) uses. `occurredPeriod` runs from the first answer to the last
 * change. Who gave and changed which answer, and when, is in one otforms
 * extension per answer (see `answerAuditExtension`). There is no `activity`:
 * one code cannot say "some answers given, some changed", and the extension
 * says it per answer.
 *
 * An audit that names nobody (the host gave no assessor reference) still
 * says when each answer was given; R4 needs an agent, so otforms is named as
 * the one that assembled the record, by name only.
 *
 * `undefined` when the record has no audit (records before version 5, or
 * built without one).
 */
export function provenanceEntry(record: AssessmentRecord, questionnaireResponse: LocalReference): BundleEntry | undefined {
  const audit = Object.entries(record.answerAudit ?? {});
  if (audit.length === 0) return undefined;
  const people = [...new Set(audit.flatMap(([, entry]) => [entry.firstBy, entry.lastBy, ...(entry.changes ?? []).map((change) => change.by)]))].filter(
    (by): by is string => by !== undefined,
  );
  const agent: ProvenanceAgent[] = people.length
    ? people.map((by) => ({ type: AUTHOR, who: { reference: by } }))
    : [{ type: ASSEMBLER, who: { display: `${record.provenance.generator} ${record.provenance.version}` } }];
  const times = audit.flatMap(([, entry]) => [entry.firstAt, entry.lastAt]).sort((a, b) => Date.parse(a) - Date.parse(b));
  const provenance: Provenance = {
    resourceType: 'Provenance',
    extension: audit.map(([key, entry]) => answerAuditExtension(key, entry, record.notAssessed.includes(key))),
    target: [questionnaireResponse],
    occurredPeriod: { start: times[0], end: times.at(-1) },
    recorded: record.completedAt,
    agent,
  };
  return { fullUrl: entryUrl(record.recordId, 'provenance'), resource: provenance };
}

/**
 * One answer's audit: `key` is the record's answer key (an item id, or
 * `group/entry/item` for a question in an entry of a repeating group, the
 * entry counted as the record lists them), `linkId` the item's linkId in the
 * QuestionnaireResponse; then `firstBy`/`lastBy` (valueReference, only when
 * known), `firstAt`/`lastAt` (valueDateTime) and, when the host kept the full
 * history, `changes` as the record's JSON (valueString).
 *
 * An item marked "Not assessed" has no item in the QuestionnaireResponse
 * (it has no answer, so the response leaves it out): its extension says so
 * with `notAssessed` (valueBoolean true), so a reader can tell the marking
 * from an answer lost on the way. The linkId is still the item's, as the
 * Questionnaire names it.
 */
export function answerAuditExtension(key: string, entry: AnswerAuditEntry, notAssessed = false): Extension {
  const part = (url: string, value: Omit<Extension, 'url'>): Extension => ({ url, ...value });
  const linkId = key.split('/').at(-1) ?? key;
  return {
    url: OTFORMS_EXTENSION.answerAudit,
    extension: [
      part('key', { valueString: key }),
      part('linkId', { valueString: linkId }),
      ...(notAssessed ? [part('notAssessed', { valueBoolean: true })] : []),
      ...(entry.firstBy ? [part('firstBy', { valueReference: { reference: entry.firstBy } })] : []),
      part('firstAt', { valueDateTime: entry.firstAt }),
      ...(entry.lastBy ? [part('lastBy', { valueReference: { reference: entry.lastBy } })] : []),
      part('lastAt', { valueDateTime: entry.lastAt }),
      ...(entry.changes ? [part('changes', { valueString: JSON.stringify(entry.changes) })] : []),
    ],
  };
}
