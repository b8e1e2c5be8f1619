import type { ReactiveControllerHost } from 'lit';
import type { RecommendationStatus, Suggestion } from '@otforms/core';
import {
  decisionReasonOf,
  nextStatusesOf,
  pendingSuggestions,
  suggestionFieldKey,
  suggestionKey,
  visibleRecommendationErrors,
  type RecommendationsEvent,
  type RecommendationsMachine,
} from '@otforms/machines';
import type { ActorRefFrom } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import type { FocusTarget } from '../forms/page-focus.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { domId } from './home-visit-fields.js';
import { localiseRecommendationErrors } from './recommendation-errors.js';
import type { ShownDefinitions } from './shown-definitions.js';
import type { RecommendationsPageView } from './render-recommendations.js';

/** What the recommendations page needs from `<ot-home-visit>`, besides being its host. */
export interface RecommendationsHost {
  /** Today as YYYY-MM-DD: the date a suggestion is decided on, and the date a status is first offered with. */
  today(): string;
  focusAfterRender(target: FocusTarget): void;
  focusNow(targetId: string): void;
}

/**
 * The home visit's recommendations step: the recommendations machine the home
 * visit invoked, driven here (adopted, never started or stopped: the home visit
 * owns it and keeps it in its draft). The reason typed for a suggestion goes
 * to the machine as it is typed, and so does the date typed for a
 * recommendation's next status: both are in the draft and survive a reload.
 * A refused attempt (Continue, a dismissal without a reason, a status
 * out of order) takes focus to the error summary; an accepted suggestion or a
 * new recommendation takes it to the recommendation's first field.
 */
export class HomeVisitRecommendations {
  readonly #host: RecommendationsHost;
  readonly #actor: ActorController<RecommendationsMachine>;

  constructor(element: ReactiveControllerHost, host: RecommendationsHost) {
    this.#host = host;
    this.#actor = new ActorController<RecommendationsMachine>(element, {
      onEmitted: (event) => {
        if (event.type === 'ATTEMPT_FAILED') host.focusAfterRender({ kind: 'summary' });
      },
    });
  }

  /** Drives `child` (the home visit's current one), or lets go when there is none. */
  follow(child: ActorRefFrom<RecommendationsMachine> | undefined): void {
    if (child === this.#actor.actor) return;
    if (child) this.#actor.adopt(child);
    else this.#actor.stop();
  }

  #send(event: RecommendationsEvent): void {
    this.#actor.send(event);
  }

  /** The page's view in the words of `t`, or `null` while there is no recommendations step under way. */
  view(disabled: boolean, t: Catalogue, shown: ShownDefinitions): RecommendationsPageView | null {
    const snapshot = this.#actor.snapshot;
    if (!snapshot || snapshot.status !== 'active') return null;
    const { context } = snapshot;
    const recommendations = context.recommendations;
    const today = this.#host.today();
    // The date typed for a next status and kept by the machine, else today (the day it is marked, perhaps long after the visit).
    const statusDate = (index: number) => recommendations[index]?.nextStatusOn ?? today;
    // A new recommendation (added, or accepted from a suggestion) is the last: focus goes to its kind.
    const focusOnNewest = () => {
      const count = this.#actor.snapshot?.context.recommendations.length ?? 0;
      this.#host.focusAfterRender({ kind: 'element', ids: [domId('recommendation', Math.max(count - 1, 0), 'kind')] });
    };
    const decide = (type: 'ACCEPT_SUGGESTION' | 'DISMISS_SUGGESTION', suggestion: Suggestion) => {
      const before = this.#actor.snapshot;
      // No reason sent: the machine uses the one kept as it was typed (and clears it once decided).
      this.#send({ type, ruleId: suggestion.ruleId, instrumentId: suggestion.instrumentId, on: today });
      if (this.#actor.snapshot === before || this.#actor.snapshot?.context.actionError) return;
      if (type === 'ACCEPT_SUGGESTION') focusOnNewest();
      else this.#host.focusAfterRender({ kind: 'element', ids: ['suggestions'] });
    };
    // Suggestions and question labels are the definitions' text: shown in the page's language when a definition has it.
    const suggestions = context.options.suggestions.map(shown.suggestion);
    const suggestionNames = new Map(suggestions.map((suggestion) => [suggestionFieldKey(suggestion), suggestion.what]));
    return {
      t,
      disabled,
      errors: localiseRecommendationErrors(visibleRecommendationErrors(snapshot), t, (field) => suggestionNames.get(field)),
      pending: pendingSuggestions(snapshot).map(shown.suggestion),
      suggestions,
      decisions: context.decisions,
      recommendations,
      needs: context.options.needs.map((need) => ({ ...need, label: shown.label(need.instrumentId, need.itemId, need.label) })),
      goals: context.options.goals ?? [],
      laterStatuses: (draft) => nextStatusesOf({ status: [...draft.status] }),
      decisionReason: (suggestion) => decisionReasonOf(snapshot, suggestion),
      onDecisionReason: (suggestion, reason) => this.#send({ type: 'SET_DECISION_REASON', ruleId: suggestion.ruleId, instrumentId: suggestion.instrumentId, reason }),
      onAccept: (suggestion) => decide('ACCEPT_SUGGESTION', suggestion),
      onDismiss: (suggestion) => decide('DISMISS_SUGGESTION', suggestion),
      onReconsider: (decision) => {
        this.#send({ type: 'RECONSIDER_SUGGESTION', ruleId: decision.ruleId, instrumentId: decision.instrumentId });
        this.#host.focusAfterRender({ kind: 'element', ids: [domId('suggestion', suggestionKey(decision), 'reason'), 'suggestions'] });
      },
      statusDate,
      onStatusDate: (index, date) => this.#send({ type: 'SET_NEXT_STATUS_DATE', index, on: date }),
      onSetField: (index, field, value) => this.#send({ type: 'SET_FIELD', index, field, value }),
      onToggleNeed: (index, instrumentId, itemId) => this.#send({ type: 'TOGGLE_NEED', index, instrumentId, itemId }),
      onToggleGoal: (index, goalId) => this.#send({ type: 'TOGGLE_GOAL', index, goalId }),
      onSetStatus: (index: number, status: RecommendationStatus) => {
        this.#send({ type: 'SET_STATUS', index, status, on: statusDate(index) });
        // A refused status takes focus to the error summary (ATTEMPT_FAILED); one recorded moves it to the next "Mark as",
        // or, after the last, to the status history: never to "Remove", which a second Enter would press.
        const after = this.#actor.snapshot?.context;
        if (!after || after.actionError) return;
        const next = nextStatusesOf({ status: [...(after.recommendations[index]?.status ?? [])] })[0];
        this.#host.focusAfterRender({ kind: 'element', ids: [...(next ? [domId('recommendation', index, `mark-${next}`)] : []), domId('recommendation', index, 'status-history')] });
      },
      onRemove: (index) => {
        this.#send({ type: 'REMOVE', index });
        this.#host.focusAfterRender({ kind: 'element', ids: ['recommendations'] });
      },
      onAdd: () => {
        this.#send({ type: 'ADD' });
        focusOnNewest();
      },
      onContinue: () => this.#send({ type: 'CONTINUE' }),
      focusTarget: (targetId) => this.#host.focusNow(targetId),
    };
  }
}
