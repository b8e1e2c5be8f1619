import type { OutcomeRecord } from '@otforms/core';

/** Fired once when a form is completed (an assessment, a goal plan closed); `detail` is the validated outcome record. */
export class OtOutcomeEvent extends CustomEvent<OutcomeRecord> {
  static readonly eventName = 'ot-outcome';

  constructor(record: OutcomeRecord) {
    super(OtOutcomeEvent.eventName, { detail: record, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ot-outcome': OtOutcomeEvent;
  }
}
