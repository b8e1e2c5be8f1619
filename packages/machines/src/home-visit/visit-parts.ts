import { englandDate, evaluateSuggestions, ownWordsAnswers, type AssessmentRecord, type InstrumentDefinition, type Suggestion } from '@otforms/core';
import type { GoalSeed } from '../goal-plan/goal-plan-types.js';
import type { RecommendationNeed } from '../recommendations/recommendations-types.js';

/** What the home visit hands on from its assessments: suggestions, needs, and the person's own words. */

/** The definition a record was made with (same id and version), if it is one of these. */
function definitionOf(record: AssessmentRecord, definitions: readonly InstrumentDefinition[]): InstrumentDefinition | undefined {
  return definitions.find((definition) => definition.id === record.instrument.id && definition.version === record.instrument.version);
}

/** The questions of a record's definition that have an answer in it, at the top level of its sections. */
function answeredItems(record: AssessmentRecord, definition: InstrumentDefinition) {
  return definition.sections.flatMap((section) => section.items).filter((item) => record.answers[item.id] !== undefined);
}

/** Every suggestion the definitions' rules make for the answers recorded, assessment by assessment. */
export function suggestionsFor(assessments: readonly AssessmentRecord[], definitions: readonly InstrumentDefinition[]): Suggestion[] {
  return assessments.flatMap((record) => {
    const definition = definitionOf(record, definitions);
    return definition ? evaluateSuggestions(definition, record.answers) : [];
  });
}

/** The answered questions, with their labels: the assessed needs a recommendation can give as its reason. */
export function needsFor(assessments: readonly AssessmentRecord[], definitions: readonly InstrumentDefinition[]): RecommendationNeed[] {
  return assessments.flatMap((record) => {
    const definition = definitionOf(record, definitions);
    if (!definition) return [];
    return answeredItems(record, definition).map((item) => ({ instrumentId: definition.id, itemId: item.id, label: item.label }));
  });
}

/** The day of the visit: as the host gave it, or the day it started in England. */
export function visitDay(options: { startedAt: string; visitedOn?: string }): string {
  return options.visitedOn ?? englandDate(options.startedAt);
}

/**
 * The person's own words from the conversation (core's `ownWordsAnswers`),
 * exactly as recorded, each with where it came from:
 * seeds the OT may choose to start goals from. Nothing is copied into a
 * goal without that choice. `definitions` say which questions are
 * own-words and give their labels; a record of any other definition is
 * passed over.
 */
export function conversationSeeds(
  from: readonly AssessmentRecord[] | { assessments: readonly AssessmentRecord[] },
  definitions: readonly InstrumentDefinition[],
): GoalSeed[] {
  const assessments = 'assessments' in from ? from.assessments : from;
  return assessments.flatMap((record) => {
    const definition = definitionOf(record, definitions);
    if (!definition) return [];
    return ownWordsAnswers(definition, record.answers).map(({ item, text }) => ({ id: `${definition.id}/${item.id}`, text, instrumentId: definition.id, itemId: item.id, label: item.label }));
  });
}
