import '@otforms/elements/define/ot-episode-summary';
import { OtEpisodeSummary as OtEpisodeSummaryElement } from '@otforms/elements';
import { wrapElement } from './wrapper.js';

/** `<ot-episode-summary>`: the outcome summary of an episode record (`record`). Fires no events. */
export const OtEpisodeSummary = wrapElement('ot-episode-summary', OtEpisodeSummaryElement);
