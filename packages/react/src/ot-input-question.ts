import '@otforms/elements/define/ot-input-question';
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { OtInputQuestion as OtInputQuestionElement, type OtAnswerEvent } from '@otforms/elements';

/** `<ot-input-question>`: a form-associated number, decimal, duration, text or date question (`item`); `onOtAnswer` receives each answer. */
export const OtInputQuestion = createComponent({
  react: React,
  tagName: 'ot-input-question',
  elementClass: OtInputQuestionElement,
  events: {
    onOtAnswer: 'ot-answer' as EventName<OtAnswerEvent>,
  },
  displayName: 'OtInputQuestion',
});
