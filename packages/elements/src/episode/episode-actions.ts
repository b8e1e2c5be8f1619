import type { EpisodeRecord, EpisodeVocabulary } from '@otforms/core';
import { episodeRowFields, visibleEpisodeErrors, type EpisodeMachine } from '@otforms/machines';
import type { SnapshotFrom } from 'xstate';
import type { FormSession } from '../forms/form-session.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { episodeFieldItems, fieldDomId, rowFieldName } from './episode-fields.js';
import { localiseEpisodeErrors } from './episode-error-text.js';
import type { EpisodePageView } from './render-episode-pages.js';

/**
 * What the pages that write the episode show and do: the visible errors, and the row buttons as machine
 * events, with focus after each (a new row's first field, the list after a removal). A refused attempt
 * takes focus to the error summary, and a new page to its heading: the session sees to those.
 */
export function episodePageView(
  snapshot: SnapshotFrom<EpisodeMachine>,
  session: FormSession<EpisodeMachine, EpisodeRecord>,
  disabled: boolean,
  t: Catalogue,
  vocabulary: EpisodeVocabulary,
): EpisodePageView {
  return {
    t,
    items: episodeFieldItems(t, vocabulary),
    cld: vocabulary.cld,
    draft: snapshot.context.draft,
    disabled,
    errors: localiseEpisodeErrors(t, visibleEpisodeErrors(snapshot)),
    focusTarget: (targetId) => session.focusNow({ kind: 'element', ids: [targetId] }),
    onAddRow: (list) => {
      const index = snapshot.context.draft[list].length;
      session.send({ type: 'ADD_ROW', list });
      session.focusAfterRender({ kind: 'element', ids: [fieldDomId(rowFieldName(list, index, episodeRowFields[list][0]))] });
    },
    onRemoveRow: (list, index) => {
      session.send({ type: 'REMOVE_ROW', list, index });
      session.focusAfterRender({ kind: 'element', ids: [`rows-${list}`] });
    },
  };
}
