import type { Catalogue } from '../i18n/catalogue.js';
import { formatNumber } from '../i18n/intl.js';

/**
 * Geiriau `<ot-goal-plan>` yn Gymraeg: the `goals` namespace in Welsh, in
 * plain GOV.UK Welsh. The person is "y person" (masculine noun, so "ei hun"
 * and "ei" agree with it, not with the person’s gender); numbers are digits
 * followed by the singular noun ("6 nod"), as Welsh does after a numeral, so
 * the same words serve every count. No message puts a mutated form of a goal
 * statement, label or code into a sentence.
 */
const LOCALE = 'cy';
const MINUS = '\u2212';
const n = (value: number) => formatNumber(LOCALE, value);

export const goalsCy: Catalogue['goals'] = {
  loading: "Wrthi’n llwytho’r cynllun nodau",
  formIncomplete: "Cytunwch ar y cynllun nodau a’i gau cyn cyflwyno’r ffurflen",
  errorSummaryTitle: 'Mae problem',
  errorPrefix: 'Gwall:',

  draftingTitle: "Cytuno ar nodau gyda’r person",
  draftingIntro:
    "Ysgrifennwch bob nod gyda’r person, yng ngeiriau’r person ei hun. Cytunwch ble mae’n dechrau a beth ddylai allu ei wneud erbyn y dyddiad targed.",
  goalsLabel: 'Nodau',
  noGoals: 'Dim nodau eto.',
  goalLegend: (number) => `Nod ${n(number)}`,
  statementLabel: "Y nod yng ngeiriau’r person ei hun",
  statementHint: "Ysgrifennwch y nod fel mae’r person yn ei ddweud. Ni chaiff ei newid byth.",
  domainLabel: 'Maes canlyniad (dewisol)',
  domainHint: "Y rhan o fywyd y mae’r nod yn ymwneud â hi.",
  domains: {
    'personal-care': 'Gofal personol',
    'domestic-life': 'Bywyd yn y cartref',
    mobility: 'Symudedd',
    'community-leisure': 'Cymuned a hamdden',
    'work-learning': 'Gwaith a dysgu',
    relationships: 'Perthnasoedd',
    safety: 'Diogelwch',
    wellbeing: 'Llesiant',
  },
  baselineLabel: "Ble mae’r person yn dechrau",
  baselineHint: "Gallu’r person tuag at y nod nawr.",
  baselineOptions: [
    { code: '-1', label: `${MINUS}1: rhywfaint o allu tuag at y nod` },
    { code: '-2', label: `${MINUS}2: dim gallu tuag at y nod eto` },
  ],
  levelsLegend: 'Lefelau cyrhaeddiad',
  levelsHint: 'Disgrifiwch sut olwg fyddai ar bob lefel ar gyfer y nod hwn. Dim ond y canlyniad disgwyliedig (0) sydd ei angen.',
  levelHints: {
    [-2]: `Os yw’n dechrau ar ${MINUS}2, dyma ble mae nawr.`,
    [-1]: `Os yw’n dechrau ar ${MINUS}1, dyma ble mae nawr.`,
    0: 'Beth ddylai allu ei wneud erbyn y dyddiad targed.',
    1: "Ychydig yn well na’r disgwyl.",
    2: "Llawer gwell na’r disgwyl.",
  },
  levelLabel: (level, words, optional) => `${level}: ${words.toLowerCase()}${optional ? ' (dewisol)' : ''}`,
  dueDateLabel: 'Dyddiad targed',
  dueDateHint: 'Pryd y dylid cyrraedd y canlyniad disgwyliedig.',
  importanceLabel: "Pa mor bwysig yw’r nod hwn i’r person?",
  importanceOptions: ['0: ddim yn bwysig', '1: pwysig', '2: pwysig iawn', '3: hynod o bwysig'],
  difficultyLabel: "Pa mor anodd fydd hi i’w gyflawni?",
  difficultyOptions: ['0: ddim yn anodd', '1: ychydig yn anodd', '2: gweddol anodd', '3: hynod o anodd'],
  ratingHint: "Pwysau’r nod yw pwysigrwydd × anhawster.",
  smartSummary: 'Manylu ar y nod (dewisol)',
  smartWhatLabel: 'Beth fydd yn ei wneud (dewisol)',
  smartWhatHint: 'Y gweithgaredd penodol.',
  smartHowWellLabel: 'Pa mor dda (dewisol)',
  smartHowWellHint: "Sut byddwch chi’n gwybod ei fod wedi’i gyflawni.",
  smartByWhenLabel: 'Erbyn pryd (dewisol)',
  smartByWhenHint: "Dyddiad, os yw’n wahanol i’r dyddiad targed.",
  moveUp: 'Symud i fyny',
  moveDown: 'Symud i lawr',
  ofGoal: (number) => ` nod ${n(number)}`,
  removeGoal: (number) => `Dileu nod ${n(number)}`,
  addGoal: 'Ychwanegu nod',
  goalLimit: (count) => `Gall cynllun gynnwys hyd at ${n(count)} nod.`,
  agree: "Cytuno ar y cynllun",
  seedsTitle: "O’r sgwrs",
  seedsIntro: "Dechreuwch nod o rywbeth a ddywedodd y person. Caiff geiriau’r person eu copïo’n union fel y cawsant eu cofnodi.",
  useSeed: 'Defnyddio fel nod',
  ofSeed: (label) => `: ${label}`,

  activeTitle: 'Nodau y cytunwyd arnynt',
  agreedOn: (date) => `Cytunwyd arnynt gyda’r person ar ${date}.`,
  // The detail is the schema’s en-GB words: a Welsh page says only what happened.
  agreedPlanProblem: () => 'Ni ellir dangos y cynllun y cytunwyd arno.',
  scoresTitle: 'Sgôr T cyrhaeddiad nodau',
  tScoreAtBaseline: 'Sgôr T ar y llinell sylfaen',
  tScoreAtReview: (date) => `Sgôr T yn yr adolygiad ar ${date}`,
  change: 'Newid ers y llinell sylfaen',
  noTScore: 'Dim sgôr T: nid oes gan unrhyw nod bwysau.',
  scoresHint: "Mae 50 yn golygu bod pob nod ar ei ganlyniad disgwyliedig. Wedi’i dalgrynnu i 1 lle degol.",
  domainTerm: 'Maes canlyniad',
  baselineTerm: 'Man cychwyn',
  expectedTerm: 'Y canlyniad disgwyliedig (0)',
  dueDateTerm: 'Dyddiad targed',
  weightTerm: 'Pwysau',
  weight: (weight, importance, difficulty) => `${n(weight)} (pwysigrwydd ${n(importance ?? 0)} × anhawster ${n(difficulty ?? 0)})`,
  latestTerm: (date) => `Yn yr adolygiad ar ${date}`,
  recordReview: 'Cofnodi adolygiad',
  closePlan: "Cau’r cynllun",

  reviewTitle: 'Cofnodi adolygiad',
  reviewCaption: (date) => `Adolygiad ar ${date}`,
  reviewIntro: "Ar gyfer pob nod, dewiswch y lefel sy’n disgrifio orau beth y gall y person ei wneud nawr.",
  rateLegend: (number) => `I ba raddau mae nod ${n(number)} wedi’i gyflawni?`,
  rateHint: 'Mae pob lefel yn dangos y geiriau y cytunwyd arnynt ar ei chyfer, lle mae rhai.',
  levelWords: {
    [-2]: "Llawer llai na’r disgwyl",
    [-1]: "Ychydig yn llai na’r disgwyl",
    0: 'Y canlyniad disgwyliedig',
    1: "Ychydig yn fwy na’r disgwyl",
    2: "Llawer mwy na’r disgwyl",
  },
  whereTheyStarted: 'Man cychwyn.',
  saveReview: "Cadw’r adolygiad",
  cancel: 'Canslo',

  closedTitle: "Cynllun nodau wedi’i gau",
  closedBody: "Mae’r cofnod canlyniadau wedi’i drosglwyddo i’r system rydych chi’n ei defnyddio.",
  recordId: 'Cyfeirnod y cofnod:',
  finalScoresTitle: 'Sgôr T terfynol cyrhaeddiad nodau',

  errors: {
    tooFewGoals: ({ min = 1 }) => `Ychwanegwch o leiaf ${n(min)} nod`,
    tooManyGoals: ({ max = 0, excess = 0 }) => `Gall cynllun gynnwys hyd at ${n(max)} nod; dilëwch ${n(excess)}`,
    statementMissing: ({ goal = 0 }) => `Rhowch nod ${n(goal)} yng ngeiriau’r person ei hun`,
    domainNotListed: ({ goal = 0 }) => `Dewiswch faes canlyniad ar gyfer nod ${n(goal)} o’r rhestr`,
    baselineMissing: ({ goal = 0 }) => `Dewiswch ble mae’r person yn dechrau ar gyfer nod ${n(goal)}`,
    expectedMissing: ({ goal = 0 }) => `Disgrifiwch y canlyniad disgwyliedig ar gyfer nod ${n(goal)}`,
    dueDateMissing: ({ goal = 0 }) => `Rhowch ddyddiad targed ar gyfer nod ${n(goal)}`,
    importanceMissing: ({ goal = 0 }) => `Dewiswch pa mor bwysig yw nod ${n(goal)}`,
    difficultyMissing: ({ goal = 0 }) => `Dewiswch pa mor anodd yw nod ${n(goal)}`,
    byWhenNotADate: ({ goal = 0 }) => `Rhowch ddyddiad go iawn ar gyfer pryd y dylid cyflawni nod ${n(goal)}`,
    levelMissing: ({ goal = 0 }) => `Dewiswch i ba raddau mae nod ${n(goal)} wedi’i gyflawni`,
  },
};
