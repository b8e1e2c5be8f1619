import '@otforms/elements/define/ot-checkboxes-question';
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { OtCheckboxesQuestion as OtCheckboxesQuestionElement, type OtAnswerEvent } from '@otforms/elements';

/** `<ot-checkboxes-question>`: a form-associated multiple-choice question (`item`); `onOtAnswer` receives each change. */
export const OtCheckboxesQuestion = createComponent({
  react: React,
  tagName: 'ot-checkboxes-question',
  elementClass: OtCheckboxesQuestionElement,
  events: {
    onOtAnswer: 'ot-answer' as EventName<OtAnswerEvent>,
  },
  displayName: 'OtCheckboxesQuestion',
});
