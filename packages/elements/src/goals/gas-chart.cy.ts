import type { Catalogue } from '../i18n/catalogue.js';
import { formatList, formatNumber, plural } from '../i18n/intl.js';

/**
 * Geiriau `<ot-gas-chart>` yn Gymraeg: the `gasChart` namespace in Welsh.
 * Numbers are written as digits with the singular noun ("3 nod"), as Welsh
 * does after a numeral, so no goal statement or label ever needs mutating.
 */
const LOCALE = 'cy';
const n = (value: number) => formatNumber(LOCALE, value);

export const gasChartCy: Catalogue['gasChart'] = {
  caption: (date) => (date ? `Cyrhaeddiad nodau yn yr adolygiad ar ${date}` : 'Cyrhaeddiad nodau: llinell sylfaen'),
  chartName: (goals, date, above, at, below) =>
    `Graddfa cyrhaeddiad nodau o \u22122, llawer llai na’r disgwyl, i +2, llawer mwy na’r disgwyl, ar gyfer ${n(goals)} nod. ` +
    (date
      ? `Yn yr adolygiad ar ${date}: ${n(above)} uwchlaw’r canlyniad disgwyliedig, ${n(at)} ar y canlyniad disgwyliedig, ${n(below)} islaw’r canlyniad disgwyliedig. `
      : "Llinell sylfaen yn unig: heb ei adolygu eto. ") +
    "Mae’r ffigurau o dan “Dangos y ffigurau”.",
  tScoreName: (baseline, review) => {
    if (baseline === null) return 'Dim sgôr T: nid oes gan unrhyw nod bwysau.';
    const atReview = review?.tScore == null ? '' : `; yn yr adolygiad ar ${review.date}: ${review.tScore}`;
    return `Sgôr T ar y llinell sylfaen: ${baseline}${atReview}. Mae’r raddfa o 20 i 80, a 50 yw’r canlyniad disgwyliedig.`;
  },
  levelLabels: {
    [-2]: "Llawer llai na’r disgwyl",
    [-1]: "Ychydig yn llai na’r disgwyl",
    0: 'Y canlyniad disgwyliedig',
    1: "Ychydig yn fwy na’r disgwyl",
    2: "Llawer mwy na’r disgwyl",
  },
  levelHeaderLines: {
    [-2]: ['Llawer llai', "na’r disgwyl"],
    [-1]: ['Ychydig yn llai', "na’r disgwyl"],
    0: ['Y canlyniad', 'disgwyliedig'],
    1: ['Ychydig yn fwy', "na’r disgwyl"],
    2: ['Llawer mwy', "na’r disgwyl"],
  },
  shortened: (start) => `${start}…`,
  goalNumber: (number) => `${n(number)}.`,
  legendBaseline: 'Llinell sylfaen',
  legendExpected: 'Y canlyniad disgwyliedig (0)',
  legendAttained: 'Y lefel a gyrhaeddwyd yn yr adolygiad',
  legendChange: 'Newid ers y llinell sylfaen',
  tScoreTitle: 'Sgôr T',
  axisBaseline: 'Sylfaen',
  axisReview: 'Adolygiad',
  axisExpected: '50 disgwyliedig',
  notReviewedYet: 'Heb ei adolygu eto',
  notReviewedPlan: "Heb ei adolygu eto. Mae’r siart yn dangos llinell sylfaen pob nod a’r canlyniad disgwyliedig yn unig.",
  notReviewedGoals: (numbers) => {
    const list = formatList(LOCALE, numbers.map(n));
    return plural(LOCALE, numbers.length, {
      one: `Nid yw nod ${list} wedi’i adolygu eto, felly mae’n cyfrif ar ei linell sylfaen yn y sgôr T.`,
      other: `Nid yw nodau ${list} wedi’u hadolygu eto, felly maen nhw’n cyfrif ar eu llinell sylfaen yn y sgôr T.`,
    });
  },
  showFigures: 'Dangos y ffigurau',
  tableCaption: 'Cyrhaeddiad nodau',
  columnGoal: 'Nod',
  columnWeight: 'Pwysau',
  columnBaseline: 'Llinell sylfaen',
  columnExpected: 'Disgwyliedig',
  columnAttained: (date) => (date ? `Lefel a gyrhaeddwyd ar ${date}` : 'Lefel a gyrhaeddwyd'),
  weight: (weight, importance, difficulty) =>
    importance === undefined || difficulty === undefined ? n(weight) : `${n(weight)} (pwysigrwydd ${n(importance)} × anhawster ${n(difficulty)})`,
  tScoreAtBaseline: 'Sgôr T ar y llinell sylfaen',
  tScoreAtReview: (date) => `Sgôr T yn yr adolygiad ar ${date}`,
  tScoreAtNextReview: 'Sgôr T yn yr adolygiad',
  change: 'Newid ers y llinell sylfaen',
  noTScore: 'Dim sgôr T: nid oes gan unrhyw nod bwysau.',
  value: (value) => value ?? 'Dim',
  method: (rho, weighted) =>
    `Sgôr T Kiresuk–Sherman, ρ = ${n(rho)}, ${weighted ? "wedi’i bwysoli yn ôl pwysigrwydd × anhawster" : 'heb ei bwysoli'}. ` +
    "Mae 50 yn golygu bod pob nod ar ei ganlyniad disgwyliedig. Wedi’i dalgrynnu i 1 lle degol.",
  invalidPlan: "Ni ellir dangos y cynllun nodau hwn:",
  planProblem: (path, rule, _english, values) => {
    const words =
      rule === 'goal-id-repeated'
        ? `Mae dynodydd y nod "${values.id ?? ''}" yn cael ei ddefnyddio fwy nag unwaith`
        : rule === 'goal-weights-missing'
          ? "Mae angen pwysigrwydd ac anhawster ar gyfer pob nod mewn cynllun wedi’i bwysoli"
          : rule === 'goal-statement-blank'
            ? "Rhowch y nod yng ngeiriau’r person ei hun"
            : 'Nid yw hwn yn ddilys';
    return path ? `${path}: ${words}` : words;
  },
};
