import { assessmentMessages } from '../assessment/assessment.en.js';
import { episodeEn } from '../episode/episode.en.js';
import { episodeSummaryEn } from '../episode/episode-summary.en.js';
import { vocabularyEn } from '../episode/vocabulary.en.js';
import { sessionNoticeMessages } from '../forms/session.en.js';
import { gasChartEn } from '../goals/gas-chart.en.js';
import { goalsEn } from '../goals/goal-plan.en.js';
import { homeVisitMessages } from '../home-visit/home-visit.en.js';
import { homeVisitSummaryMessages } from '../home-visit/home-visit-summary.en.js';
import { recommendationMessages } from '../home-visit/recommendations.en.js';
import { answerMessages } from '../questions/answers.en.js';
import { questionMessages } from '../questions/questions.en.js';
import { reportMessages } from '../reporting/outcome-report-messages.js';
import { formatMessagesFor } from './format-messages.js';

/**
 * The en-GB catalogue: the source every other locale translates, and the one
 * used when no registered locale matches the page's language. Each area keeps
 * its own words beside its code; this file only gathers them.
 */
export const enGB = {
  locale: 'en-GB',
  format: formatMessagesFor('en-GB'),
  assessment: assessmentMessages,
  questions: questionMessages,
  answers: answerMessages,
  session: sessionNoticeMessages,
  goals: goalsEn,
  gasChart: gasChartEn,
  episode: episodeEn,
  episodeSummary: episodeSummaryEn,
  vocabulary: vocabularyEn,
  homeVisit: homeVisitMessages,
  homeVisitSummary: homeVisitSummaryMessages,
  recommendations: recommendationMessages,
  report: reportMessages,
};
