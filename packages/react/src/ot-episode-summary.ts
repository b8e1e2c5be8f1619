import '@otforms/elements/define/ot-episode-summary';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { OtEpisodeSummary as OtEpisodeSummaryElement } from '@otforms/elements';

/** `<ot-episode-summary>`: the outcome summary of an episode record (`record`). Fires no events. */
export const OtEpisodeSummary = createComponent({
  react: React,
  tagName: 'ot-episode-summary',
  elementClass: OtEpisodeSummaryElement,
  displayName: 'OtEpisodeSummary',
});
