import { assessmentMessages } from '../assessment/assessment.en.js';
import { sessionNoticeMessages } from '../forms/session.en.js';
import { answerMessages } from '../questions/answers.en.js';
import { questionMessages } from '../questions/questions.en.js';
import { formatMessagesFor } from './format-messages.js';

/**
 * The part of the en-GB catalogue every page has: the words of an assessment and its questions
 * (the page most hosts embed, and what a `LocalisedElement` of a host's own may show). Every other
 * area joins when the element that shows it is defined (`provideSourceWords` in its class), so an
 * assessment page does not carry the goal plan's, the episode's or the report's words.
 */
export const enGBBase = {
  locale: 'en-GB',
  format: formatMessagesFor('en-GB'),
  assessment: assessmentMessages,
  questions: questionMessages,
  answers: answerMessages,
  session: sessionNoticeMessages,
};
