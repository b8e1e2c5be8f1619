import { currentStatus, hasReachedStatus, isDeviceKind, isEquipmentHeldOn, ownWordsAnswers, type RecommendationKind, type RecommendationRoute, type RecommendationStatus } from '@otforms/core';
import type { ItemLookup } from './summary-items.js';
import type { SummarySource } from './summary-source.js';

/**
 * What the summary for the person shows, worked out once from the record:
 * their own words and goals exactly as written, what was agreed (a
 * recommendation counts once it is agreed, and stays while it is ordered,
 * done and reviewed), the equipment, and the next review. No words here:
 * they are in `home-visit-summary.en.ts` and its translations. DOM-free.
 */

export interface OwnWordsAnswer {
  /** The question as the definition asks it. */
  question: string;
  /** Exactly as the person said it: never trimmed or rewritten. */
  text: string;
}

export interface AgreedRecommendation {
  id: string;
  kind: RecommendationKind;
  what: string;
  why: string;
  route: RecommendationRoute;
  /** Where it has got to now, and since when. */
  status: Exclude<RecommendationStatus, 'recommended'>;
  on: string;
}

export interface EquipmentLine {
  what: string;
  /** How far an agreed recommendation has got, or `issued` for equipment the episode records as issued. */
  status: Exclude<RecommendationStatus, 'recommended'> | 'issued';
  on: string;
}

export interface PersonSummaryModel {
  visitedOn: string;
  ownWords: OwnWordsAnswer[];
  /** Assessments with answers whose definition the host did not give: their own words cannot be found. */
  unreadAssessments: number;
  /** Null when the record has no goal plan. */
  goals: string[] | null;
  agreed: AgreedRecommendation[];
  equipment: EquipmentLine[];
  nextReview: string | null;
}

export function buildPersonSummary(source: SummarySource, items: ItemLookup, nextReview: string | undefined): PersonSummaryModel {
  const agreed = source.recommendations.flatMap((recommendation) => {
    if (!hasReachedStatus(recommendation, 'agreed')) return [];
    // Agreed or later, so never "recommended".
    const now = currentStatus(recommendation) as { status: Exclude<RecommendationStatus, 'recommended'>; on: string };
    return [{ id: recommendation.id, kind: recommendation.kind, what: recommendation.what.text, why: recommendation.reason.text, route: recommendation.route, status: now.status, on: now.on }];
  });
  const equipment: EquipmentLine[] = agreed.filter((line) => isDeviceKind(line.kind)).map((line) => ({ what: line.what, status: line.status, on: line.on }));
  // The episode's equipment still with the person on the day it was last recorded.
  const lastDay = source.episode ? (source.episode.endedOn ?? null) : null;
  for (const issued of source.episode?.equipment ?? []) {
    if (lastDay === null ? !issued.returnedOn : isEquipmentHeldOn(issued, lastDay)) equipment.push({ what: issued.item, status: 'issued', on: issued.issuedOn });
  }
  return {
    visitedOn: source.visitedOn,
    ...ownWordsOf(source, items),
    goals: source.hasGoalPlan ? source.goals.map((goal) => goal.statement) : null,
    agreed,
    equipment,
    // Only the host knows when the next review is: every date a record holds (a review, a follow-up) is of something already done.
    nextReview: nextReview ?? null,
  };
}

function ownWordsOf(source: SummarySource, items: ItemLookup): { ownWords: OwnWordsAnswer[]; unreadAssessments: number } {
  const ownWords: OwnWordsAnswer[] = [];
  let unreadAssessments = 0;
  for (const assessment of source.assessments) {
    const instrumentId = assessment.instrument.id;
    if (!items.knows(instrumentId)) {
      if (Object.keys(assessment.answers).length > 0) unreadAssessments += 1;
      continue;
    }
    // In the definition's order, the order the person was asked; exactly as said.
    for (const { item, text } of ownWordsAnswers(items.itemsOf(instrumentId), assessment.answers)) ownWords.push({ question: item.label, text });
  }
  return { ownWords, unreadAssessments };
}
