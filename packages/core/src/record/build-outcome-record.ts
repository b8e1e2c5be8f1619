import type { AdministrationMode, InstrumentDefinition } from '../definition/definition-schema.js';
import type { ResponseStateInput } from '../answers/answers.js';
import { recordAttachments } from './record-attachments.js';
import { scoreInstrument } from '../scoring/score-instrument.js';
import { effectiveAnswers, enabledItemIds } from '../conditions/enable-when.js';
import { indexDefinition } from '../definition/definition-index.js';
import { OTFORMS_VERSION } from '../version.js';
import { answerAuditFor, type AnswerAuditEntry } from './answer-audit.js';
import { AssessmentRecordSchema, type AssessmentRecord } from './assessment-record-schema.js';
import { OUTCOME_RECORD_VERSION } from './record-parts.js';

export interface OutcomeRecordContext {
  recordId: string;
  startedAt: string;
  completedAt: string;
  subjectReference?: string;
  assessor?: { reference?: string; role?: string };
  administrationMode?: AdministrationMode;
  bandSetId?: string;
  /**
   * Who gave and changed each answer, and when, by answer key, as the
   * assessment machine keeps it. Only the answers the record holds keep
   * theirs: an answer hidden by a condition, or removed, leaves no trace.
   */
  answerAudit?: Readonly<Record<string, AnswerAuditEntry>>;
}

/**
 * Builds and validates the record of a finished assessment. Only answers to
 * questions that are shown are kept, and only the photos those answers refer
 * to. It throws a zod error if the inputs break the contract (for example a
 * malformed timestamp), and an error naming the sizes if the photos are over
 * the definition's budget; validation stops a person before either.
 */
export function buildOutcomeRecord(
  definition: InstrumentDefinition,
  responses: ResponseStateInput,
  context: OutcomeRecordContext,
): AssessmentRecord {
  // Only answers to questions that are shown belong to the outcome.
  const itemIds = enabledItemIds(definition, responses.answers);
  const answers = effectiveAnswers(definition, responses.answers, itemIds);
  const score = scoreInstrument(definition, answers, { bandSetId: context.bandSetId });
  const { totalRange } = indexDefinition(definition);
  const notAssessed = responses.notAssessed.filter((id) => itemIds.has(id));
  const answerAudit = answerAuditFor(context.answerAudit, answers, notAssessed);
  return AssessmentRecordSchema.parse({
    schemaVersion: OUTCOME_RECORD_VERSION,
    kind: 'assessment',
    recordId: context.recordId,
    instrument: { id: definition.id, version: definition.version, title: definition.title },
    ...(context.subjectReference ? { subject: { reference: context.subjectReference } } : {}),
    ...(context.assessor && (context.assessor.reference || context.assessor.role) ? { assessor: context.assessor } : {}),
    ...(context.administrationMode ? { administrationMode: context.administrationMode } : {}),
    startedAt: context.startedAt,
    completedAt: context.completedAt,
    answers,
    notAssessed,
    attachments: recordAttachments(definition, answers, responses.attachments ?? {}),
    itemScores: score.itemScores,
    total: score.total,
    ...(totalRange ? { totalRange } : {}),
    ...(definition.scoring?.betterWhen ? { totalBetterWhen: definition.scoring.betterWhen } : {}),
    prorated: score.prorated,
    scales: score.scales,
    status: score.status,
    missingItems: score.missingItems,
    band: score.band,
    bands: score.bands,
    scores: score.scores,
    flags: score.flags,
    noTotalReason: score.noTotalReason,
    citation: definition.citation,
    licence: definition.licence,
    ...(answerAudit ? { answerAudit } : {}),
    provenance: { generator: 'otforms', version: OTFORMS_VERSION },
  });
}
