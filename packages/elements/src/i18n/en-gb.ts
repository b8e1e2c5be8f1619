import { episodeEn } from '../episode/episode.en.js';
import { episodeSummaryEn } from '../episode/episode-summary.en.js';
import { vocabularyEn } from '../episode/vocabulary.en.js';
import { gasChartEn } from '../goals/gas-chart.en.js';
import { goalsEn } from '../goals/goal-plan.en.js';
import { homeVisitMessages } from '../home-visit/home-visit.en.js';
import { homeVisitSummaryMessages } from '../home-visit/home-visit-summary.en.js';
import { recommendationMessages } from '../home-visit/recommendations.en.js';
import { reportMessages } from '../reporting/outcome-report-messages.js';
import { enGBBase } from './en-gb-base.js';

/**
 * The whole en-GB catalogue: the source every other locale translates, and the
 * one used when no registered locale matches the page's language. Each area keeps
 * its own words beside its code; this file only gathers them. The elements do
 * not import it: the registry starts from `enGBBase` and each element adds its
 * own areas as it is defined, so a page carries only the words its elements show.
 */
export const enGB = {
  ...enGBBase,
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
