import '@otforms/elements/define/ot-choice-question';
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { OtChoiceQuestion as OtChoiceQuestionElement, type OtAnswerEvent } from '@otforms/elements';

/** `<ot-choice-question>`: a form-associated single-choice or yes-no question (`item`); `onOtAnswer` receives each answer. */
export const OtChoiceQuestion = createComponent({
  react: React,
  tagName: 'ot-choice-question',
  elementClass: OtChoiceQuestionElement,
  events: {
    onOtAnswer: 'ot-answer' as EventName<OtAnswerEvent>,
  },
  displayName: 'OtChoiceQuestion',
});
