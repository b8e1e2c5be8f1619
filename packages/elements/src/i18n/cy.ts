import type { Catalogue } from './catalogue.js';
import { formatMessagesFor } from './format-messages.js';
import { calendarWordsCy } from './format-words.cy.js';
import { assessmentCy } from '../assessment/assessment.cy.js';
import { sessionCy } from '../forms/session.cy.js';
import { answersCy } from '../questions/answers.cy.js';
import { questionsCy } from '../questions/questions.cy.js';
import { episodeCy } from '../episode/episode.cy.js';
import { episodeSummaryCy } from '../episode/episode-summary.cy.js';
import { vocabularyCy } from '../episode/vocabulary.cy.js';
import { gasChartCy } from '../goals/gas-chart.cy.js';
import { goalsCy } from '../goals/goal-plan.cy.js';
import { homeVisitMessagesCy } from '../home-visit/home-visit.cy.js';
import { homeVisitSummaryMessagesCy } from '../home-visit/home-visit-summary.cy.js';
import { recommendationMessagesCy } from '../home-visit/recommendations.cy.js';
import { reportMessagesCy } from '../reporting/outcome-report-messages.cy.js';

/**
 * Cymraeg: the Welsh catalogue. Each area's Welsh words live beside its
 * English ones (`*.cy.ts`); this file only gathers them.
 */
export const cy: Catalogue = {
  locale: 'cy',
  format: formatMessagesFor('cy', calendarWordsCy),
  assessment: assessmentCy,
  questions: questionsCy,
  answers: answersCy,
  session: sessionCy,
  episode: episodeCy,
  episodeSummary: episodeSummaryCy,
  vocabulary: vocabularyCy,
  goals: goalsCy,
  gasChart: gasChartCy,
  homeVisit: homeVisitMessagesCy,
  homeVisitSummary: homeVisitSummaryMessagesCy,
  recommendations: recommendationMessagesCy,
  report: reportMessagesCy,
};
