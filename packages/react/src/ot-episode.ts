import '@otforms/elements/define/ot-episode';
import { OtEpisode as OtEpisodeElement } from '@otforms/elements';
import { formEvents, wrapElement } from './wrapper.js';

/** `<ot-episode>`: a whole reablement episode behind a task list (`instruments` for its assessments); `onOtOutcome` receives the episode record. */
export const OtEpisode = wrapElement('ot-episode', OtEpisodeElement, formEvents);
