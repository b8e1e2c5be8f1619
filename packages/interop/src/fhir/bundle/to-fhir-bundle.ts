import type { AssessmentRecord, AssessmentTimepoint, GoalPlanRecord, HomeVisitRecord, InstrumentDefinition, OutcomeRecord } from '@otforms/core';
import type { Bundle, BundleEntry, Extension } from '@medplum/fhirtypes';
import { InteropError, type InteropIssue } from '../../interop-error.js';
import { toGoalPlanCarePlan, toHomeVisitCarePlan, toReablementCarePlan } from './care-plan.js';
import { equipmentEntries } from './devices.js';
import { toEpisodeOfCare } from './episode-of-care.js';
import { goalPlanEntries } from './goals.js';
import { entryUrl, referenceTo, type LocalReference } from './ids.js';
import { mediaEntries } from './media.js';
import { provenanceEntry } from './provenance.js';
import { toTotalObservation } from './observations.js';
import { toQuestionnaireResponse } from './questionnaire-response.js';
import { dismissedDecisions, recommendationEntries, type VisitAssessment } from './recommendations.js';

export interface ToFhirBundleOptions {
  /**
   * The parsed definitions of the instruments the record's assessments used,
   * for example `catalogue.map((entry) => entry.definition)`. A record holds
   * answers by item id but not the items' types or sections, which the
   * QuestionnaireResponse needs to answer `toFhirQuestionnaire(definition)`.
   * Matched by instrument id and version.
   */
  definitions?: readonly InstrumentDefinition[];
}

/**
 * A FHIR R4 `collection` Bundle of an outcome record of any kind. Entries
 * have `urn:uuid:` fullUrls derived from the record, so the same record always
 * gives the same bundle, and refer to each other by them; the subject is the
 * host's own reference (for example `Patient/123`).
 *
 * An assessment's photos are Media entries, its answers pointing at them;
 * who gave and changed its answers, and when (a version 5 record's
 * `answerAudit`), is a Provenance targeting its QuestionnaireResponse. A
 * home visit (alone, or inside an episode) adds its assessments, a
 * DeviceRequest or ServiceRequest per recommendation (see
 * recommendations.ts) and the suggestions the OT dismissed, on the CarePlan:
 * the visit's own CarePlan when it is exported alone, the reablement plan
 * inside an episode (one plan, not two saying the same).
 *
 * Throws an `InteropError` listing every problem when an assessment's
 * definition is not given, or when a goal plan, episode or home visit has no
 * subject: R4 requires one on Goal, CarePlan, DeviceRequest, ServiceRequest
 * and EpisodeOfCare, and inventing a placeholder patient would attach the
 * record to nobody.
 */
export function toFhirBundle(record: OutcomeRecord, options: ToFhirBundleOptions = {}): Bundle {
  const issues: InteropIssue[] = [];
  const entries: BundleEntry[] = [];
  const definitionOf = (assessment: AssessmentRecord, path: string) => findDefinition(assessment, options.definitions ?? [], path, issues);
  const required = (subject: LocalReference | undefined, path: string): LocalReference => {
    if (!subject) issues.push({ path, message: 'A goal plan, episode or home visit needs a subject: FHIR R4 Goal, CarePlan, DeviceRequest, ServiceRequest and EpisodeOfCare cannot be written without the person they are about. Give the record a subject reference.' });
    // The placeholder never leaves: the issue above makes this call throw before returning.
    return subject ?? { reference: '' };
  };
  switch (record.kind) {
    case 'assessment': {
      const definition = definitionOf(record, 'instrument');
      if (definition) entries.push(...assessmentEntries(record, definition, subjectOf(record)));
      break;
    }
    case 'goal-plan': {
      const subject = required(subjectOf(record), 'subject');
      entries.push(...goalPlanWithCarePlan(record, subject));
      break;
    }
    case 'episode': {
      const subject = required(subjectOf(record), 'subject');
      const episodeUrl = entryUrl(record.recordId, 'episode-of-care');
      const carePlanUrl = entryUrl(record.recordId, 'care-plan');
      const equipment = equipmentEntries(record.recordId, record.episode, subject);
      // Inside an episode the goals belong to the reablement plan; a second, goal-plan-only CarePlan would say the same twice.
      const goals = record.goalPlan ? goalPlanEntries(record.goalPlan, subjectOf(record.goalPlan) ?? subject) : { entries: [], goals: [] };
      const goalPlan = record.goalPlan;
      const visit = record.homeVisit
        ? homeVisitEntries(record.homeVisit, subjectOf(record.homeVisit) ?? subject, definitionOf, 'homeVisit', (goalId) =>
            goalPlan?.goalPlan.goals.some((goal) => goal.id === goalId) ? referenceTo(entryUrl(goalPlan.recordId, `goal/${goalId}`)) : undefined,
          )
        : undefined;
      const carePlan = toReablementCarePlan(record.episode, {
        subject,
        episodeOfCare: referenceTo(episodeUrl),
        goals: goals.goals,
        deviceRequests: equipment.requests,
        ...(visit ? { homeVisit: { requests: visit.requests, dismissed: visit.dismissed } } : {}),
      });
      entries.push({ fullUrl: episodeUrl, resource: toEpisodeOfCare(record.episode, subject) }, { fullUrl: carePlanUrl, resource: carePlan });
      record.assessments.forEach(({ timepoint, record: assessment }, index) => {
        const definition = definitionOf(assessment, `assessments[${index}].record.instrument`);
        if (definition) entries.push(...assessmentEntries(assessment, definition, subjectOf(assessment) ?? subject, timepoint));
      });
      entries.push(...goals.entries, ...equipment.entries, ...(visit?.entries ?? []));
      break;
    }
    case 'home-visit': {
      const subject = required(subjectOf(record), 'subject');
      const visit = homeVisitEntries(record, subject, definitionOf, '', () => undefined);
      const carePlan = toHomeVisitCarePlan(record, { subject, responses: visit.responses, requests: visit.requests, dismissed: visit.dismissed });
      entries.push({ fullUrl: entryUrl(record.recordId, 'care-plan'), resource: carePlan }, ...visit.entries);
      break;
    }
  }
  if (issues.length > 0) throw new InteropError(issues);
  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${record.recordId}` },
    type: 'collection',
    timestamp: record.completedAt,
    entry: entries,
  };
}

const subjectOf = (record: { subject?: { reference: string } | undefined }): LocalReference | undefined =>
  record.subject ? { reference: record.subject.reference } : undefined;

function assessmentEntries(record: AssessmentRecord, definition: InstrumentDefinition, subject: LocalReference | undefined, timepoint?: AssessmentTimepoint): BundleEntry[] {
  const responseUrl = entryUrl(record.recordId, 'questionnaire-response');
  const entries: BundleEntry[] = [{ fullUrl: responseUrl, resource: toQuestionnaireResponse(record, definition, subject) }];
  const total = toTotalObservation(record, definition, { questionnaireResponse: referenceTo(responseUrl), subject, ...(timepoint ? { timepoint } : {}) });
  if (total) entries.push({ fullUrl: entryUrl(record.recordId, 'observation/total'), resource: total });
  entries.push(...mediaEntries(record, definition, { questionnaireResponse: referenceTo(responseUrl), subject }));
  const provenance = provenanceEntry(record, referenceTo(responseUrl));
  if (provenance) entries.push(provenance);
  return entries;
}

/** A home visit's assessments and recommendations, and what its CarePlan needs to refer to them. */
function homeVisitEntries(
  record: HomeVisitRecord,
  subject: LocalReference,
  definitionOf: (assessment: AssessmentRecord, path: string) => InstrumentDefinition | undefined,
  path: string,
  goal: (goalId: string) => LocalReference | undefined,
): { entries: BundleEntry[]; responses: LocalReference[]; requests: LocalReference[]; dismissed: Extension[] } {
  const entries: BundleEntry[] = [];
  const visited: VisitAssessment[] = [];
  record.assessments.forEach((assessment, index) => {
    const definition = definitionOf(assessment, `${path ? `${path}.` : ''}assessments[${index}].instrument`);
    if (!definition) return;
    entries.push(...assessmentEntries(assessment, definition, subjectOf(assessment) ?? subject));
    visited.push({ instrumentId: assessment.instrument.id, response: referenceTo(entryUrl(assessment.recordId, 'questionnaire-response')), definition });
  });
  const requester = record.assessor?.reference ? { reference: record.assessor.reference } : undefined;
  const recommendations = recommendationEntries(record, { subject, assessments: visited, goal, ...(requester ? { requester } : {}) });
  return {
    entries: [...entries, ...recommendations.entries],
    responses: visited.map((assessment) => assessment.response),
    requests: recommendations.requests,
    dismissed: dismissedDecisions(record),
  };
}

function goalPlanWithCarePlan(record: GoalPlanRecord, subject: LocalReference): BundleEntry[] {
  const { entries, goals } = goalPlanEntries(record, subject);
  return [{ fullUrl: entryUrl(record.recordId, 'care-plan'), resource: toGoalPlanCarePlan(record, subject, goals) }, ...entries];
}

function findDefinition(record: AssessmentRecord, definitions: readonly InstrumentDefinition[], path: string, issues: InteropIssue[]): InstrumentDefinition | undefined {
  const { id, version } = record.instrument;
  const found = definitions.find((definition) => definition.id === id && definition.version === version);
  if (found) return found;
  const other = definitions.find((definition) => definition.id === id);
  issues.push({
    path,
    message: other
      ? `The record used version ${version} of "${id}", but version ${other.version} was given; pass the definition of version ${version} in options.definitions.`
      : `Pass the definition of "${id}" (version ${version}) in options.definitions: the QuestionnaireResponse needs its items and their types.`,
  });
  return undefined;
}
