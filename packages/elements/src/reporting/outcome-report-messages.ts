import type { FollowUpKind, FollowUpStatus } from '@otforms/core';
import type { BetterWhen, FixedExtractColumnName, Shown, SummaryCsvColumn } from '@otforms/reporting';
import { countWords, financialQuarter, monthName } from './report-words.js';
import { reportFormat } from './report-format.js';

/**
 * Every word `<ot-outcome-report>` shows (en-GB, GOV.UK style): the
 * catalogue's `report` namespace. Plurals go through the locale's plural
 * rules and numbers through its `Intl` formats. Group keys, period keys the
 * summary does not know and instrument titles come from the records or the
 * host and are always rendered as text, never as HTML; CLD sequels are named
 * by the catalogue's `vocabulary` labels (the CLD string when it has none).
 * The Welsh words are in outcome-report-messages.cy.ts.
 */

const LOCALE = 'en-GB';
const f = reportFormat(LOCALE);

const records = (value: Shown) => countWords(LOCALE, value, { one: (n) => `${n} record`, other: (n) => `${n} records` });
const episodes = (value: Shown) => countWords(LOCALE, value, { one: (n) => `${n} episode`, other: (n) => `${n} episodes` });
const goalPlans = (value: Shown) => countWords(LOCALE, value, { one: (n) => `${n} goal plan`, other: (n) => `${n} goal plans` });

/** Financial quarters by number: April to June is the first. */
const QUARTERS = { 1: 'April to June', 2: 'July to September', 3: 'October to December', 4: 'January to March' } as const;

export const reportMessages = {
  /** What a suppressed figure shows when the host gives no label of its own. */
  suppressedLabel: (threshold: number) => `fewer than ${f.count(threshold)}`,
  suppressionNote: (label: string) => `Small numbers are shown as “${label}” so that no one can be identified. Figures worked out from them are hidden too.`,

  empty: 'There are no records to report on.',
  noneReadable: 'None of the records could be read, so there are no figures to show.',
  noneInSelection: 'There are no records for this group and period.',
  failed: 'The report could not be made:',
  invalidSummary: 'The summary given cannot be shown:',

  progressLabel: 'Summarising the records',
  readProgress: (done: number) => (done === 0 ? 'Reading the records' : `Read ${records(done)} so far`),
  progress: (done: number, total: number) => (done === 0 ? `Summarising ${records(total)}` : `Summarised ${f.count(done)} of ${records(total)}`),
  extractProgressLabel: 'Preparing the person-level extract',
  extractProgress: (done: number, total: number) => (done === 0 ? `Preparing ${records(total)} for the extract` : `Prepared ${f.count(done)} of ${records(total)} for the extract`),
  ready: (total: number) => `The report is ready: ${records(total)} summarised.`,
  showing: (group: string, period: string, count: Shown) => `Showing ${group}, ${period}: ${episodes(count)}.`,
  downloaded: (filename: string) => `${filename} is ready.`,
  exportFailed: 'The file could not be made:',

  filtersTitle: 'Choose what to show',
  periodLabel: 'Period the episode ended in',
  groupLabel: 'Group',
  allPeriods: 'All periods',
  allGroups: 'All groups',
  /** `2025-07`, or the financial quarter `2025-26 Q2`; any other key is shown as it is. */
  period: (key: string) => {
    if (key === 'not ended') return 'Not ended yet';
    const month = monthName(LOCALE, key);
    if (month) return month;
    const quarter = financialQuarter(key);
    if (quarter) return `${QUARTERS[quarter.quarter]} ${quarter.year} (quarter ${quarter.quarter} of ${quarter.from} to ${quarter.to})`;
    return key;
  },
  allGroupsShort: 'all groups',
  /** Printed above the figures, where the filters are not. */
  figuresFor: (group: string, period: string) => `Figures for ${group}, ${period}.`,
  allPeriodsShort: 'all periods',

  unreadableTitle: (count: number) => `${records(count)} could not be read`,
  unreadableBody: 'They are not in any figure. Each is listed with where it came in the records given (counting from 1) and why it could not be read.',
  unreadableCaption: 'Records that could not be read',
  unreadableMore: (listed: number, count: number) =>
    `The first ${f.count(listed)} of ${f.count(count)} are listed here. Ask whoever runs your system for the full list: it is kept with the report’s figures.`,
  columnPosition: 'Record',
  columnRecordId: 'Record ID',
  columnReasons: 'Why it could not be read',
  position: (position: number) => `Number ${f.ordinalPosition(position)}`,
  noRecordId: 'None',

  headlineTitle: 'Headline figures',
  recordsRead: 'Records read',
  episodes: 'Episodes',
  episodesEnded: 'Episodes ended',
  ascofHeadline: 'Short-term support with no further request for ongoing support (ASCOF 2A)',
  goalsHeadline: 'Goal plans at or above the expected outcome',
  careRemoved: 'Episodes whose planned care was removed',
  careReduced: 'Episodes whose planned care was reduced',
  outOf: (part: string, whole: string) => `${part} of ${whole}`,
  proportionOf: (proportion: string, part: string, whole: string) => `${proportion} (${part} of ${whole})`,
  notWorkedOut: 'Not worked out: there are none to count',

  instrumentsTitle: 'Before and after, by instrument',
  instrumentsIntro: 'Episodes with both a baseline and a discharge total of an instrument. The change is the discharge total minus the baseline total.',
  noInstruments: 'No episode has both a baseline and a discharge total of any instrument.',
  instrumentN: 'Episodes',
  baselineMean: 'Mean at baseline',
  dischargeMean: 'Mean at discharge',
  meanChange: 'Mean change',
  changeInterval: '95% confidence interval of the change',
  interval: (lower: string, upper: string) => `${lower} to ${upper}`,
  intervalNeedsTwo: 'Not worked out: it needs 2 or more',
  direction: (betterWhen: BetterWhen | null) =>
    betterWhen === 'higher'
      ? 'A higher total is better.'
      : betterWhen === 'lower'
        ? 'A lower total is better.'
        : 'The records do not say whether a higher or a lower total is better, so no change is counted as better or worse.',
  improved: 'Better',
  same: 'No change',
  worse: 'Worse',
  notKnown: 'Not known',
  changeChartName: (title: string) => `How many episodes got better, stayed the same or got worse on ${title}. The figures are under “Show the figures”.`,
  changeTableCaption: (title: string) => `Episodes by change in ${title}`,
  columnChange: 'Change',
  columnEpisodes: 'Episodes',

  goalsTitle: 'Goal attainment',
  goalsIntro: 'Goal plans with a baseline T-score and at least one review. A T-score of 50 means every goal reached its expected outcome.',
  goalPlans: 'Goal plans',
  meanBaselineTScore: 'Mean T-score at the start',
  meanLatestTScore: 'Mean T-score at the latest review',
  atOrAboveExpected: 'At or above the expected outcome (T-score 50 or more)',
  tScoreBin: (from: number | null, to: number | null) =>
    from === null ? `Below ${f.number(to!)}` : to === null ? `${f.number(from)} or more` : `${f.number(from)} to ${f.decimal(to - 0.1)}`,
  spreadChartName: (plans: Shown) => `Latest T-scores of ${goalPlans(plans)}, in bands of 10 points. The figures are under “Show the figures”.`,
  spreadTableCaption: 'Goal plans by their latest T-score',
  columnTScore: 'Latest T-score',
  columnPlans: 'Goal plans',

  careHoursTitle: 'Planned care hours',
  careHoursIntro: 'Ended episodes with planned care hours a week recorded at both the start and the end.',
  careRemovedShort: 'Removed',
  careReducedShort: 'Reduced',
  careMaintainedShort: 'Stayed the same',
  careIncreasedShort: 'Increased',
  careNotKnown: 'Ended episodes without hours at both the start and the end',
  hoursAtStart: 'Planned hours a week at the start, added up',
  hoursAtEnd: 'Planned hours a week at the end, added up',
  hours: (value: number) => countWords(LOCALE, value, { one: () => `${f.number(value)} hour`, other: () => `${f.number(value)} hours` }),
  careChartName: 'Ended episodes by what happened to their planned care hours. The figures are under “Show the figures”.',
  careTableCaption: 'Ended episodes by change in planned care hours',
  columnCare: 'Planned care hours',

  ascofTitle: 'ASCOF 2A',
  ascofIntro:
    'Ended short-term support to maximise independence (ST-Max) episodes, by the 2023/24 definition: the proportion that needed no further ongoing support. Deaths and admissions to hospital are taken out of the measure.',
  numerator: 'No further request for ongoing support (numerator)',
  denominator: 'Episodes in the measure (denominator)',
  proportion: 'Proportion',
  unclassified: 'Not classified: what followed is not known (not in the measure)',
  /** Shown only when there are some: an episode ended with an outcome from another vocabulary (Scotland's, a council's own), which ASCOF 2A cannot read. */
  endOutcomeNotCld: 'Of those not classified: the outcome at the end is from another list, not CLD',
  excluded: 'Taken out of the measure',
  sequelsCaption: 'Ended ST-Max episodes by what followed',
  /** The sequels are named by the `vocabulary` namespace's labels of CLD's values, which in English are CLD's own words. */
  sequelsNote: 'What followed is written as in the Client Level Data (CLD) return, so that it matches the council’s return.',
  columnSequel: 'What followed',
  unclassifiedSequel: 'Not known',
  noSequels: 'There are no ended ST-Max episodes.',

  followUpTitle: 'Follow-up',
  followUpIntro: 'Where people were at their latest follow-up after leaving hospital.',
  followUpCaption: 'Episodes by where the person was at each follow-up',
  columnStatus: 'Where the person was',
  followUpKinds: { '84-day': '84 days (12 weeks)', '91-day': '91 days' } satisfies Record<FollowUpKind, string>,
  followUpStatuses: {
    'at-home': 'At home',
    'in-community': 'In the community',
    readmitted: 'Readmitted to hospital',
    'res-nursing-admission': 'Admitted to a residential or nursing home',
    deceased: 'Died',
    unknown: 'Not known',
  } satisfies Record<FollowUpStatus, string>,

  adaptationsTitle: 'Adaptations',
  minorAdaptations: 'Minor adaptations (£1,000 or less)',
  majorAdaptations: 'Major adaptations (Disabled Facilities Grants)',
  majorCompleted: 'Major adaptations completed, with both dates recorded',
  medianDays: 'Median days from recommendation to completion',
  days: (value: number) => countWords(LOCALE, value, { one: () => `${f.number(value)} day`, other: () => `${f.number(value)} days` }),

  showFigures: 'Show the figures',

  exportTitle: 'Download the figures',
  exportIntro: 'The files are made on this device. Nothing is sent anywhere.',
  downloadSummary: 'Download the summary (CSV)',
  downloadSummaryHint: (label: string) => `Every figure for every group and period, with small numbers shown as “${label}”. This is the file to share.`,
  downloadExtract: 'Download the person-level extract (CSV)',
  downloadExtractHint: 'One row per episode. It is about individual people: keep it inside the council.',
  extractNeedsRecords: 'Not available: the report was given a summary, not the records, so there is nothing to make the extract from.',
  summaryFilename: 'outcome-summary.csv',
  extractFilename: 'outcome-extract.csv',

  /** The summary download's header, for people. Its figures keep their paths (`ascof2a.numerator`), the same in every language: docs/outcome-evidence.md. */
  summaryCsvColumns: { group: 'Group', period: 'Period', figure: 'Figure', value: 'Value' } satisfies Record<SummaryCsvColumn, string>,
  /** The person-level extract download's header, for people, column by column (the machine names are in docs/outcome-evidence.md). */
  extractCsvColumns: {
    recordId: 'Record ID',
    subjectReference: 'Person’s reference',
    requestDate: 'Date of the request',
    routeOfAccess: 'Route of access (CLD)',
    startedOn: 'Started on',
    endedOn: 'Ended on',
    serviceType: 'Service type (CLD)',
    serviceComponent: 'Service component (CLD)',
    endOutcome: 'Outcome at the end (CLD)',
    nextServiceType: 'Next service type (CLD)',
    nextServiceComponent: 'Next service component (CLD)',
    ascof2aPlacement: 'ASCOF 2A: place in the measure',
    ascof2aSequel: 'ASCOF 2A: what followed',
    ascof2aDecidedBy: 'ASCOF 2A: decided by',
    careHoursAtStart: 'Planned care hours a week at the start',
    careHoursAtEnd: 'Planned care hours a week at the end',
    careHoursChange: 'Change in planned care hours',
    equipmentIssued: 'Items of equipment issued',
    equipmentHeldAtEnd: 'Items of equipment held at the end',
    minorAdaptations: 'Minor adaptations',
    majorAdaptations: 'Major adaptations',
    majorAdaptationDaysToComplete: 'Days to complete each major adaptation',
    gasBaselineTScore: 'Goal attainment T-score at the start',
    gasLatestTScore: 'T-score at the latest review',
    gasReviews: 'Reviews of the goal plan',
    followUp84Status: 'Latest 84-day follow-up',
    followUp91Status: 'Latest 91-day follow-up',
  } satisfies Record<FixedExtractColumnName, string>,
  /** The header of an instrument's two extract columns; `instrument` is its id as in the records. */
  extractInstrumentColumn: (instrument: string, at: 'baseline' | 'discharge') => (at === 'baseline' ? `${instrument}: total at baseline` : `${instrument}: total at discharge`),
};

export type ReportMessages = typeof reportMessages;
