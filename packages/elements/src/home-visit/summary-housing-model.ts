import { currentStatus, groupEntries, isGrantRecommendation, type AssessmentRecord, type Attachment, type RecommendationPriority, type RecommendationStatus } from '@otforms/core';
import { formatAnswer, formatNumber, unitOf, type AnswerWords, type ItemLookup } from './summary-items.js';
import type { SummarySource } from './summary-source.js';

/**
 * What the housing authority's summary shows: a Disabled Facilities Grant
 * recommendation. The need is the assessed answers that the grant's
 * recommendations cite; the measurements are every measured answer of the
 * visit; the photos every photo it kept. Labels and units come from the
 * definitions the host gives; without one, an item is named by its id and a
 * number has no unit, and the model says so. Answers and numbers are written
 * with `words`, in the summary's language. DOM-free.
 */

export interface NeedLine {
  instrument: string;
  question: string;
  /** The answer in words; null when the visit has no answer to it. */
  answer: string | null;
  /** How many photos answer it, when it is a photo question. */
  photos: number | null;
}

export interface GrantRecommendation {
  id: string;
  what: string;
  /** The council's or a national code, and its display when the record gives one: kept apart, as the code is not words to translate. */
  code: { code: string; display: string | null } | null;
  priority: RecommendationPriority;
  status: RecommendationStatus;
  on: string;
  why: string;
  /** The person's goals it serves, exactly as written. */
  goals: string[];
}

export interface MeasurementRow {
  instrument: string;
  question: string;
  value: string;
  unit: string | null;
}

export interface PhotoSet {
  question: string;
  photos: { id: string; src: string; width: number | null; height: number | null }[];
}

export interface HousingSummaryModel {
  visitedOn: string;
  assessor: { reference: string | null; role: string | null } | null;
  subject: string | null;
  recommendations: GrantRecommendation[];
  needs: NeedLine[];
  measurements: MeasurementRow[];
  photos: PhotoSet[];
  /** Whether some questions are named by id because the host gave no definition for their instrument. */
  unlabelled: boolean;
}

export function buildHousingSummary(source: SummarySource, items: ItemLookup, words: AnswerWords): HousingSummaryModel {
  const grants = source.recommendations.filter(isGrantRecommendation);
  const goalById = new Map(source.goals.map((goal) => [goal.id, goal.statement]));
  const recommendations = grants.map((recommendation): GrantRecommendation => {
    const now = currentStatus(recommendation);
    const code = recommendation.what.code;
    return {
      id: recommendation.id,
      what: recommendation.what.text,
      code: code ? { code: code.code, display: code.display ?? null } : null,
      priority: recommendation.priority,
      status: now.status,
      on: now.on,
      why: recommendation.reason.text,
      goals: recommendation.reason.goals.flatMap((id) => (goalById.has(id) ? [goalById.get(id)!] : [])),
    };
  });
  const cited = grants.flatMap((recommendation) => recommendation.reason.needs);
  const seen = new Set<string>();
  const needs = cited.flatMap((need) => {
    const key = `${need.instrumentId}/${need.itemId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [needLine(source.assessments, items, need.instrumentId, need.itemId, words)];
  });
  const unlabelled = source.assessments.some((assessment) => !items.knows(assessment.instrument.id)) || cited.some((need) => !items.knows(need.instrumentId));
  return {
    visitedOn: source.visitedOn,
    assessor: source.assessor ? { reference: source.assessor.reference ?? null, role: source.assessor.role ?? null } : null,
    subject: source.subject,
    recommendations,
    needs,
    measurements: source.assessments.flatMap((assessment) => measurementsOf(assessment, items, words)),
    photos: source.assessments.flatMap((assessment) => photosOf(assessment, items)),
    unlabelled,
  };
}

function needLine(assessments: readonly AssessmentRecord[], items: ItemLookup, instrumentId: string, itemId: string, words: AnswerWords): NeedLine {
  // The visit's latest assessment with this instrument that answers the question.
  const assessment = [...assessments].reverse().find((candidate) => candidate.instrument.id === instrumentId && candidate.answers[itemId] !== undefined);
  const item = items.item(instrumentId, itemId);
  const instrument = assessment?.instrument.title ?? assessments.find((candidate) => candidate.instrument.id === instrumentId)?.instrument.title ?? instrumentId;
  const answer = assessment?.answers[itemId];
  const isPhoto = item?.type === 'photo' || (assessment?.attachments ?? []).some((attachment) => attachment.itemId === itemId);
  if (isPhoto) {
    const count = Array.isArray(answer) ? answer.length : 0;
    return { instrument, question: item?.label ?? itemId, answer: null, photos: count };
  }
  return { instrument, question: item?.label ?? itemId, answer: formatAnswer(answer, item, words), photos: null };
}

function measurementsOf(assessment: AssessmentRecord, items: ItemLookup, words: AnswerWords): MeasurementRow[] {
  const instrumentId = assessment.instrument.id;
  const instrument = assessment.instrument.title;
  if (!items.knows(instrumentId)) {
    // No definition: every number answered at the top level may be a measurement, in a unit the record does not hold.
    return Object.entries(assessment.answers).flatMap(([itemId, answer]) =>
      typeof answer === 'number' ? [{ instrument, question: itemId, value: formatNumber(answer, words), unit: null }] : [],
    );
  }
  const rows: MeasurementRow[] = [];
  for (const item of items.itemsOf(instrumentId)) {
    const answer = assessment.answers[item.id];
    if (item.type === 'measurement' && typeof answer === 'number') rows.push({ instrument, question: item.label, value: formatNumber(answer, words, item), unit: unitOf(item, words) });
    if (item.type !== 'group') continue;
    groupEntries(answer).forEach((entry, index) => {
      for (const inner of item.items) {
        const value = entry[inner.id];
        if (inner.type === 'measurement' && typeof value === 'number') {
          rows.push({ instrument, question: words.answers.inEntry(item.label, item.entryLabel, index + 1, inner.label), value: formatNumber(value, words, inner), unit: unitOf(inner, words) });
        }
      }
    });
  }
  return rows;
}

function photosOf(assessment: AssessmentRecord, items: ItemLookup): PhotoSet[] {
  const attachments: readonly Attachment[] = assessment.attachments;
  if (attachments.length === 0) return [];
  const instrumentId = assessment.instrument.id;
  // In the definition's order when there is one, else in the order the record keeps them.
  const order = items.knows(instrumentId) ? items.itemsOf(instrumentId).map((item) => item.id) : [];
  const itemIds = [...new Set([...order.filter((id) => attachments.some((attachment) => attachment.itemId === id)), ...attachments.map((attachment) => attachment.itemId)])];
  return itemIds.map((itemId) => {
    const answer = assessment.answers[itemId];
    const ids = Array.isArray(answer) ? answer.filter((id): id is string => typeof id === 'string') : [];
    const own = attachments.filter((attachment) => attachment.itemId === itemId);
    // The answer's order is the order the photos were taken in.
    own.sort((a, b) => rank(ids, a.id) - rank(ids, b.id));
    return {
      question: items.item(instrumentId, itemId)?.label ?? itemId,
      photos: own.map((attachment) => ({
        id: attachment.id,
        src: `data:${attachment.contentType};base64,${attachment.data}`,
        width: attachment.width ?? null,
        height: attachment.height ?? null,
      })),
    };
  });
}

const rank = (ids: readonly string[], id: string) => {
  const at = ids.indexOf(id);
  return at === -1 ? ids.length : at;
};
