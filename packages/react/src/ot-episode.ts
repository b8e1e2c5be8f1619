import '@otforms/elements/define/ot-episode';
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { OtEpisode as OtEpisodeElement, type OtOutcomeEvent, type OtErrorEvent } from '@otforms/elements';

/** `<ot-episode>`: a whole reablement episode behind a task list (`instruments` for its assessments); `onOtOutcome` receives the episode record. */
export const OtEpisode = createComponent({
  react: React,
  tagName: 'ot-episode',
  elementClass: OtEpisodeElement,
  events: {
    onOtOutcome: 'ot-outcome' as EventName<OtOutcomeEvent>,
    onOtError: 'ot-error' as EventName<OtErrorEvent>,
  },
  displayName: 'OtEpisode',
});
