import type { DefinitionIssue } from '@otforms/core';

/**
 * What went wrong, for the host to log or show:
 * - `definition`: the definition given is not valid (`issues` name each problem);
 * - `draft`: a saved draft could not be resumed, so the form started afresh;
 * - `storage`: the draft store failed to read or write;
 * - `machine`: the assessment could not continue (a bug; please report it);
 * - `load`: a part the form loads when its definition needs it (the photo
 *   question, the home visit in an episode) could not be fetched, most likely
 *   offline; it is tried again. Precache those files for offline use.
 */
export interface OtErrorDetail {
  kind: 'definition' | 'draft' | 'storage' | 'machine' | 'load';
  /**
   * What went wrong, in English whatever the page's language: for the host's
   * logs and its developers. The element shows the person its own words, from
   * the catalogue of the page's language.
   */
  message: string;
  issues: readonly DefinitionIssue[];
}

/** Fired instead of throwing; the element shows an error state where it matters to the person. */
export class OtErrorEvent extends CustomEvent<OtErrorDetail> {
  static readonly eventName = 'ot-error';

  constructor(detail: OtErrorDetail) {
    super(OtErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ot-error': OtErrorEvent;
  }
}
