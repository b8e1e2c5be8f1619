/**
 * Fired by a question when the person answers it. `input` is the option code
 * or the text typed; `notAssessed` is true when they chose "Not assessed".
 */
export interface OtAnswerDetail {
  itemId: string;
  input: string;
  notAssessed: boolean;
}

export class OtAnswerEvent extends CustomEvent<OtAnswerDetail> {
  static readonly eventName = 'ot-answer';

  constructor(detail: OtAnswerDetail) {
    super(OtAnswerEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ot-answer': OtAnswerEvent;
  }
}
