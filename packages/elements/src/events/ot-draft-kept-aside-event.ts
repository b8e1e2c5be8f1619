import type { KeptAsideSummary } from '@otforms/core';

/**
 * Fired when a saved draft could not be resumed (not readable, of another instrument, version or person,
 * or refused by the machine) and was kept aside, never to be written over, before the form started
 * afresh. `detail` says under which id, why and when; `listKeptAsideDrafts`, `exportKeptAsideDraft` and
 * `removeKeptAsideDraft` from `@otforms/core` let the host list, export and remove it.
 */
export class OtDraftKeptAsideEvent extends CustomEvent<KeptAsideSummary> {
  static readonly eventName = 'ot-draft-kept-aside';

  constructor(detail: KeptAsideSummary) {
    super(OtDraftKeptAsideEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ot-draft-kept-aside': OtDraftKeptAsideEvent;
  }
}
