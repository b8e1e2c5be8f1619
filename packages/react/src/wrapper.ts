import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { OtAnswerEvent, OtDraftKeptAsideEvent, OtErrorEvent, OtOutcomeEvent } from '@otforms/elements';

/** What a whole form fires: its outcome record, the problems it reports instead of throwing, and a draft it could not resume and kept aside. */
export const formEvents = {
  onOtOutcome: 'ot-outcome' as EventName<OtOutcomeEvent>,
  onOtError: 'ot-error' as EventName<OtErrorEvent>,
  onOtDraftKeptAside: 'ot-draft-kept-aside' as EventName<OtDraftKeptAsideEvent>,
};

/** What a question fires: each answer. */
export const answerEvents = {
  onOtAnswer: 'ot-answer' as EventName<OtAnswerEvent>,
};

/** `ot-episode-summary` → `OtEpisodeSummary`: the element's class name, which a minifier cannot rename. */
const displayNameOf = (tagName: string) => tagName.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

/**
 * The React component for one element, its `ot-*` events as `onOt…` props.
 * It registers nothing: each wrapper module imports its own define entry, so
 * a host's bundle holds only the elements it uses.
 */
export function wrapElement<Element extends HTMLElement, Events extends Record<string, EventName> = {}>(
  tagName: string,
  elementClass: new () => Element,
  events?: Events,
): ReactWebComponent<Element, Events> {
  return createComponent({ react: React, tagName, elementClass, events, displayName: displayNameOf(tagName) });
}
