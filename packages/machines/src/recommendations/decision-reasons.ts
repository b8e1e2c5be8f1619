import type { Suggestion } from '@otforms/core';
import { suggestionKey } from './draft-recommendations.js';
import type { RecommendationsContext } from './recommendations-types.js';

/**
 * The reasons typed for suggestions not yet decided. They live in the
 * machine's context, not the page, so they are in the draft and a reload
 * in the middle of typing one loses nothing. A draft saved before they were
 * kept has none: every read here treats that as no reason typed.
 */

type Reasons = RecommendationsContext['decisionReasons'];

/** The reason typed for `suggestion` and not yet used, exactly as typed; `''` when there is none. */
export function keptReason(reasons: Reasons, suggestion: { instrumentId: string; ruleId: string }): string {
  return reasons?.[suggestionKey(suggestion)] ?? '';
}

/**
 * The reason a decision records: the one sent with it, unless that is absent
 * or blank, when the one typed beforehand (the page sends the reason as it is
 * typed, then Accept or Dismiss without one).
 */
export function decisionReason(reasons: Reasons, suggestion: Suggestion, sent: string | undefined): string {
  return sent !== undefined && sent.trim() !== '' ? sent : keptReason(reasons, suggestion);
}

/** The reasons with `text` kept for `suggestion`; an emptied box keeps nothing, so the draft holds only what was typed. */
export function withReason(reasons: Reasons, suggestion: Suggestion, text: string): Record<string, string> {
  const others = withoutReason(reasons, suggestion);
  return text === '' ? others : { ...others, [suggestionKey(suggestion)]: text };
}

/** The reasons without `suggestion`'s: once it is decided its reason is in the decision. */
export function withoutReason(reasons: Reasons, suggestion: Suggestion): Record<string, string> {
  const key = suggestionKey(suggestion);
  return Object.fromEntries(Object.entries(reasons ?? {}).filter(([one]) => one !== key));
}
