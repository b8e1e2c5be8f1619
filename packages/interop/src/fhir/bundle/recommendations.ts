import {
  isDeviceKind,
  type HomeVisitRecord,
  type InstrumentDefinition,
  type Recommendation,
  type RecommendationKind,
  type RecommendationPriority,
  type RecommendationRoute,
  type RecommendationStatus,
  type SuggestionDecision,
} from '@otforms/core';
import type { BundleEntry, CodeableConcept, DeviceRequest, Extension, Reference, ServiceRequest } from '@medplum/fhirtypes';
import { OTFORMS_EXTENSION } from '../extensions.js';
import { SYSTEM, concept } from './codes.js';
import { entryUrl, referenceTo, type LocalReference } from './ids.js';

const KIND_DISPLAY: Record<RecommendationKind, string> = {
  equipment: 'Equipment',
  'minor-adaptation': 'Minor adaptation',
  'major-adaptation': 'Major adaptation',
  'technology-enabled-care': 'Technology-enabled care',
  'advice-signposting': 'Advice and signposting',
  'referral-on': 'Referral on',
};

const ROUTE_DISPLAY: Record<RecommendationRoute, string> = {
  'community-equipment-service': 'Community equipment service',
  'minor-adaptations-service': 'Minor adaptations service',
  'disabled-facilities-grant': 'Disabled Facilities Grant',
  'housing-provider': 'Housing provider',
  'self-purchase-signposting': 'Signposted to buy it privately',
};

/** R4 request status for where the recommendation has got to. */
const STATUS: Record<RecommendationStatus, 'draft' | 'active' | 'completed'> = {
  recommended: 'draft',
  agreed: 'active',
  ordered: 'active',
  completed: 'completed',
  reviewed: 'completed',
};

const PRIORITY: Record<RecommendationPriority, 'urgent' | 'asap' | 'routine'> = { urgent: 'urgent', high: 'asap', routine: 'routine' };

/** A visit's assessment as the bundle holds it: its QuestionnaireResponse and its definition (for item labels). */
export interface VisitAssessment {
  instrumentId: string;
  response: LocalReference;
  definition: InstrumentDefinition;
}

export interface RecommendationContext {
  subject: LocalReference;
  assessments: readonly VisitAssessment[];
  /** The Goal entry of a goal id, when the bundle holds the goals (an episode with a goal plan). */
  goal: (goalId: string) => LocalReference | undefined;
  requester?: LocalReference;
}

/**
 * The recommendations of a home visit: a DeviceRequest for equipment and
 * technology-enabled care, a ServiceRequest for the other kinds.
 *
 * - `intent` is always `plan`: otforms records that the OT recommended it and
 *   how far it got, but the order itself is placed in the provider's system
 *   (the equipment service, the grant team), whose own request is the order.
 *   Switching to `order` once "ordered" would claim this resource is that
 *   order. The status carries progress instead (recommended → draft,
 *   agreed/ordered → active, completed/reviewed → completed), and every dated
 *   step travels in the otforms `recommendation` extension.
 * - R4 allows only Condition, Observation, DiagnosticReport and
 *   DocumentReference in `reasonReference`, so the assessed needs are
 *   `supportingInfo` references to the visit's QuestionnaireResponses (the
 *   display names the question) and the reason's words are `reasonCode.text`.
 *   Goals are `supportingInfo` too, when the bundle holds them; a home visit
 *   exported alone has no Goal entries, so its goal ids stay in the record.
 * - The route is `performerType`: the service that provides it.
 */
export function recommendationEntries(
  record: HomeVisitRecord,
  context: RecommendationContext,
): { entries: BundleEntry[]; requests: LocalReference[] } {
  const entries: BundleEntry[] = [];
  const requests: LocalReference[] = [];
  for (const recommendation of record.recommendations) {
    const fullUrl = entryUrl(record.recordId, `recommendation/${recommendation.id}`);
    const accepted = record.suggestionDecisions.find((decision) => decision.decision === 'accepted' && decision.recommendationId === recommendation.id);
    const common = requestFields(recommendation, accepted, context);
    const what: CodeableConcept = {
      ...(recommendation.what.code
        ? { coding: [{ system: recommendation.what.code.system, code: recommendation.what.code.code, ...(recommendation.what.code.display ? { display: recommendation.what.code.display } : {}) }] }
        : {}),
      text: recommendation.what.text,
    };
    const resource: DeviceRequest | ServiceRequest = isDeviceKind(recommendation.kind)
      ? { resourceType: 'DeviceRequest', ...common, codeCodeableConcept: what }
      : { resourceType: 'ServiceRequest', ...common, category: [kindConcept(recommendation.kind)], code: what };
    entries.push({ fullUrl, resource });
    requests.push(referenceTo(fullUrl));
  }
  return { entries, requests };
}

function requestFields(recommendation: Recommendation, accepted: SuggestionDecision | undefined, context: RecommendationContext) {
  const status = recommendation.status;
  const supportingInfo: Reference[] = [...needReferences(recommendation, context.assessments)];
  for (const goalId of recommendation.reason.goals) {
    const goal = context.goal(goalId);
    if (goal) supportingInfo.push({ ...goal });
  }
  return {
    extension: [recommendationExtension(recommendation), ...(accepted ? [decisionExtension(accepted)] : [])],
    status: STATUS[status[status.length - 1]!.status],
    intent: 'plan' as const,
    priority: PRIORITY[recommendation.priority],
    subject: context.subject,
    authoredOn: status[0]!.on,
    ...(context.requester ? { requester: context.requester } : {}),
    performerType: concept({ system: SYSTEM.recommendationRoute, code: recommendation.route, display: ROUTE_DISPLAY[recommendation.route] }),
    reasonCode: [{ text: recommendation.reason.text }],
    ...(supportingInfo.length > 0 ? { supportingInfo } : {}),
  };
}

/** A reference per assessed need to the response that holds its answer, the display naming the instrument and question. */
function needReferences(recommendation: Recommendation, assessments: readonly VisitAssessment[]): Reference[] {
  return recommendation.reason.needs.flatMap(({ instrumentId, itemId }) => {
    const assessment = assessments.find((candidate) => candidate.instrumentId === instrumentId);
    if (!assessment) return [];
    const item = assessment.definition.sections.flatMap((section) => section.items).find((candidate) => candidate.id === itemId);
    return [{ ...assessment.response, display: `${assessment.definition.title}: ${item?.label ?? itemId}` }];
  });
}

const kindConcept = (kind: RecommendationKind) => concept({ system: SYSTEM.recommendationKind, code: kind, display: KIND_DISPLAY[kind] });

function recommendationExtension(recommendation: Recommendation): Extension {
  return {
    url: OTFORMS_EXTENSION.recommendation,
    extension: [
      { url: 'id', valueString: recommendation.id },
      { url: 'kind', valueCode: recommendation.kind },
      { url: 'route', valueCode: recommendation.route },
      ...recommendation.status.map((entry) => ({
        url: 'status',
        extension: [
          { url: 'status', valueCode: entry.status },
          { url: 'on', valueDate: entry.on },
        ],
      })),
      ...(recommendation.fromSuggestion ? [{ url: 'fromSuggestion', valueString: recommendation.fromSuggestion }] : []),
    ],
  };
}

/** One suggestion decision: on the request an accepted one became, or on the CarePlan when dismissed. */
export function decisionExtension(decision: SuggestionDecision): Extension {
  return {
    url: OTFORMS_EXTENSION.suggestionDecision,
    extension: [
      { url: 'ruleId', valueString: decision.ruleId },
      { url: 'instrumentId', valueString: decision.instrumentId },
      { url: 'decision', valueCode: decision.decision },
      { url: 'reason', valueString: decision.reason },
      { url: 'decidedOn', valueDate: decision.decidedOn },
    ],
  };
}

/** The dismissed suggestions of a visit, for its CarePlan: FHIR has no resource for "considered and not recommended". */
export const dismissedDecisions = (record: HomeVisitRecord): Extension[] =>
  record.suggestionDecisions.filter((decision) => decision.decision === 'dismissed').map(decisionExtension);
