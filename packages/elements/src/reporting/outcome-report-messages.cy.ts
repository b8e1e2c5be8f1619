import type { Shown } from '@otforms/reporting';
import type { Catalogue } from '../i18n/catalogue.js';
import { countWords, financialQuarter, monthOf } from './report-words.js';
import { reportFormat } from './report-format.js';

/**
 * Cymraeg: every word `<ot-outcome-report>` shows, in plain Welsh. After a
 * numeral Welsh keeps the noun singular and mutates it as the number spoken
 * would (2 gofnod, 3 chofnod, 6 chofnod), so counts pick their form through
 * the locale's plural rules (zero, one, two, few, many, other). ASCOF, CLD
 * and ST-Max are England's names for its measure, its data return and its
 * service: they stay as they are and are explained in Welsh where they
 * first appear. Group keys and instrument titles come from the records or
 * the host and are shown as they are; CLD sequels are named by the Welsh
 * `vocabulary` labels, with CLD's English string under each.
 */

const LOCALE = 'cy';
const f = reportFormat(LOCALE);

const records = (value: Shown) =>
  countWords(LOCALE, value, { two: (n) => `${n} gofnod`, few: (n) => `${n} chofnod`, many: (n) => `${n} chofnod`, other: (n) => `${n} cofnod` });
const episodes = (value: Shown) =>
  countWords(LOCALE, value, { two: (n) => `${n} gyfnod`, few: (n) => `${n} chyfnod`, many: (n) => `${n} chyfnod`, other: (n) => `${n} cyfnod` });
const goalPlans = (value: Shown) =>
  countWords(LOCALE, value, { two: (n) => `${n} gynllun nodau`, few: (n) => `${n} chynllun nodau`, many: (n) => `${n} chynllun nodau`, other: (n) => `${n} cynllun nodau` });

/** "na" becomes "nag" before a vowel: before a number spoken with un (1, 11–19) or wyth (8, 80…). */
const than = (value: number) => (value === 1 || (value >= 11 && value <= 19) || String(value).startsWith('8') ? 'nag' : 'na');

/** Named here, not by Intl: Chromium has no Welsh date names and would write "July". */
const MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'] as const;

/** Financial quarters by number: Ebrill i Fehefin is the first (soft mutation after "i"). */
const QUARTERS = { 1: 'Ebrill i Fehefin', 2: 'Gorffennaf i Fedi', 3: 'Hydref i Ragfyr', 4: 'Ionawr i Fawrth' } as const;

const SHOW_FIGURES = 'Dangos y ffigurau';

export const reportMessagesCy: Catalogue['report'] = {
  suppressedLabel: (threshold) => `llai ${than(threshold)} ${f.count(threshold)}`,
  suppressionNote: (label) => `Mae niferoedd bach yn cael eu dangos fel “${label}” fel na ellir adnabod neb. Mae ffigurau sydd wedi’u cyfrifo ohonynt wedi’u cuddio hefyd.`,

  empty: 'Nid oes cofnodion i adrodd arnynt.',
  noneReadable: 'Nid oedd modd darllen yr un o’r cofnodion, felly nid oes ffigurau i’w dangos.',
  noneInSelection: 'Nid oes cofnodion ar gyfer y grŵp a’r cyfnod amser hwn.',
  failed: 'Nid oedd modd creu’r adroddiad:',
  invalidSummary: 'Nid oes modd dangos y crynodeb a roddwyd:',

  progressLabel: 'Crynhoi’r cofnodion',
  readProgress: (done) => (done === 0 ? 'Darllen y cofnodion' : `Wedi darllen ${records(done)} hyd yma`),
  progress: (done, total) => (done === 0 ? `Crynhoi ${records(total)}` : `Wedi crynhoi ${f.count(done)} o ${records(total)}`),
  extractProgressLabel: 'Paratoi’r detholiad lefel unigolyn',
  extractProgress: (done, total) => (done === 0 ? `Paratoi ${records(total)} ar gyfer y detholiad` : `Wedi paratoi ${f.count(done)} o ${records(total)} ar gyfer y detholiad`),
  ready: (total) => `Mae’r adroddiad yn barod: ${records(total)} wedi’u crynhoi.`,
  showing: (group, period, count) => `Yn dangos ${group}, ${period}: ${episodes(count)}.`,
  downloaded: (filename) => `Mae ${filename} yn barod.`,
  exportFailed: 'Nid oedd modd creu’r ffeil:',

  filtersTitle: 'Dewiswch beth i’w ddangos',
  periodLabel: 'Pryd daeth y cyfnod i ben',
  groupLabel: 'Grŵp',
  allPeriods: 'Pob cyfnod amser',
  allGroups: 'Pob grŵp',
  period: (key) => {
    if (key === 'not ended') return 'Heb ddod i ben eto';
    const month = monthOf(key);
    if (month) return `${MONTHS[month.month - 1]} ${month.year}`;
    const quarter = financialQuarter(key);
    if (quarter) return `${QUARTERS[quarter.quarter]} ${quarter.year} (chwarter ${quarter.quarter} o flwyddyn ariannol ${quarter.from} i ${quarter.to})`;
    return key;
  },
  allGroupsShort: 'pob grŵp',
  figuresFor: (group, period) => `Ffigurau ar gyfer ${group}, ${period}.`,
  allPeriodsShort: 'pob cyfnod amser',

  unreadableTitle: (count) => `Nid oedd modd darllen ${records(count)}`,
  unreadableBody: 'Nid ydynt mewn unrhyw ffigur. Mae pob un wedi’i restru gyda’i le yn y cofnodion a roddwyd (gan gyfrif o 1) a pham nad oedd modd ei ddarllen.',
  unreadableCaption: 'Cofnodion nad oedd modd eu darllen',
  unreadableMore: (listed, count) =>
    `Mae’r ${f.count(listed)} cyntaf o ${f.count(count)} wedi’u rhestru yma. Gofynnwch i bwy bynnag sy’n rhedeg eich system am y rhestr lawn: mae’n cael ei chadw gyda ffigurau’r adroddiad.`,
  columnPosition: 'Cofnod',
  columnRecordId: 'Rhif adnabod y cofnod',
  columnReasons: 'Pam nad oedd modd ei ddarllen',
  position: (position) => `Rhif ${f.ordinalPosition(position)}`,
  noRecordId: 'Dim',

  headlineTitle: 'Prif ffigurau',
  recordsRead: 'Cofnodion a ddarllenwyd',
  episodes: 'Cyfnodau',
  episodesEnded: 'Cyfnodau a ddaeth i ben',
  ascofHeadline: 'Cymorth tymor byr heb gais pellach am gymorth parhaus (ASCOF 2A)',
  goalsHeadline: 'Cynlluniau nodau a gyrhaeddodd y canlyniad disgwyliedig neu’n well',
  careRemoved: 'Cyfnodau lle daeth y gofal a gynlluniwyd i ben',
  careReduced: 'Cyfnodau lle cafodd y gofal a gynlluniwyd ei leihau',
  outOf: (part, whole) => `${part} o ${whole}`,
  proportionOf: (proportion, part, whole) => `${proportion} (${part} o ${whole})`,
  notWorkedOut: 'Heb ei gyfrifo: nid oes dim i’w gyfrif',

  instrumentsTitle: 'Cyn ac ar ôl, fesul offeryn',
  instrumentsIntro: 'Cyfnodau sydd â chyfanswm ar y llinell sylfaen a chyfanswm wrth ryddhau ar gyfer offeryn. Y newid yw’r cyfanswm wrth ryddhau llai’r cyfanswm ar y llinell sylfaen.',
  noInstruments: 'Nid oes gan yr un cyfnod gyfanswm ar y llinell sylfaen a chyfanswm wrth ryddhau ar gyfer unrhyw offeryn.',
  instrumentN: 'Cyfnodau',
  baselineMean: 'Cymedr ar y llinell sylfaen',
  dischargeMean: 'Cymedr wrth ryddhau',
  meanChange: 'Newid cymedrig',
  changeInterval: 'Cyfwng hyder 95% y newid',
  interval: (lower, upper) => `${lower} i ${upper}`,
  intervalNeedsTwo: 'Heb ei gyfrifo: mae angen 2 neu fwy',
  direction: (betterWhen) =>
    betterWhen === 'higher'
      ? 'Mae cyfanswm uwch yn well.'
      : betterWhen === 'lower'
        ? 'Mae cyfanswm is yn well.'
        : 'Nid yw’r cofnodion yn dweud a yw cyfanswm uwch neu is yn well, felly nid oes newid yn cael ei gyfrif yn well nac yn waeth.',
  improved: 'Gwell',
  same: 'Dim newid',
  worse: 'Gwaeth',
  notKnown: 'Anhysbys',
  changeChartName: (title) => `Faint o gyfnodau a wellodd, a arhosodd yr un fath neu a waethygodd ar ${title}. Mae’r ffigurau o dan “${SHOW_FIGURES}”.`,
  changeTableCaption: (title) => `Cyfnodau yn ôl y newid ar ${title}`,
  columnChange: 'Newid',
  columnEpisodes: 'Cyfnodau',

  goalsTitle: 'Cyrhaeddiad nodau',
  goalsIntro: 'Cynlluniau nodau sydd â sgôr T ar y llinell sylfaen ac o leiaf un adolygiad. Mae sgôr T o 50 yn golygu bod pob nod wedi cyrraedd ei ganlyniad disgwyliedig.',
  goalPlans: 'Cynlluniau nodau',
  meanBaselineTScore: 'Sgôr T cymedrig ar y dechrau',
  meanLatestTScore: 'Sgôr T cymedrig yn yr adolygiad diweddaraf',
  atOrAboveExpected: 'Ar y canlyniad disgwyliedig neu’n uwch (sgôr T o 50 neu fwy)',
  tScoreBin: (from, to) => (from === null ? `O dan ${f.number(to!)}` : to === null ? `${f.number(from)} neu fwy` : `${f.number(from)} i ${f.decimal(to - 0.1)}`),
  spreadChartName: (plans) => `Sgorau T diweddaraf ${goalPlans(plans)}, mewn bandiau o 10 pwynt. Mae’r ffigurau o dan “${SHOW_FIGURES}”.`,
  spreadTableCaption: 'Cynlluniau nodau yn ôl eu sgôr T diweddaraf',
  columnTScore: 'Sgôr T diweddaraf',
  columnPlans: 'Cynlluniau nodau',

  careHoursTitle: 'Oriau gofal a gynlluniwyd',
  careHoursIntro: 'Cyfnodau a ddaeth i ben, gydag oriau gofal yr wythnos a gynlluniwyd wedi’u cofnodi ar y dechrau ac ar y diwedd.',
  careRemovedShort: 'Daeth i ben',
  careReducedShort: 'Wedi lleihau',
  careMaintainedShort: 'Yr un fath',
  careIncreasedShort: 'Wedi cynyddu',
  careNotKnown: 'Cyfnodau a ddaeth i ben heb oriau ar y dechrau ac ar y diwedd',
  hoursAtStart: 'Oriau’r wythnos a gynlluniwyd ar y dechrau, wedi’u hadio',
  hoursAtEnd: 'Oriau’r wythnos a gynlluniwyd ar y diwedd, wedi’u hadio',
  // "awr" starts with a vowel, so no number mutates it.
  hours: (value) => countWords(LOCALE, value, { other: () => `${f.number(value)} awr` }),
  careChartName: `Cyfnodau a ddaeth i ben yn ôl beth ddigwyddodd i’w horiau gofal a gynlluniwyd. Mae’r ffigurau o dan “${SHOW_FIGURES}”.`,
  careTableCaption: 'Cyfnodau a ddaeth i ben yn ôl y newid yn yr oriau gofal a gynlluniwyd',
  columnCare: 'Oriau gofal a gynlluniwyd',

  ascofTitle: 'ASCOF 2A',
  ascofIntro:
    'ASCOF yw Fframwaith Canlyniadau Gofal Cymdeithasol i Oedolion Lloegr, a 2A yw ei fesur o gymorth tymor byr. Dyma’r cyfnodau a ddaeth i ben o gymorth tymor byr i wneud y mwyaf o annibyniaeth (ST-Max), yn ôl diffiniad 2023/24: y gyfran nad oedd angen cymorth parhaus pellach arni. Mae marwolaethau a derbyniadau i’r ysbyty wedi’u tynnu allan o’r mesur.',
  numerator: 'Dim cais pellach am gymorth parhaus (rhifiadur)',
  denominator: 'Cyfnodau yn y mesur (enwadur)',
  proportion: 'Cyfran',
  unclassified: 'Heb eu dosbarthu: nid yw’n hysbys beth ddigwyddodd wedyn (nid yw yn y mesur)',
  endOutcomeNotCld: 'O’r rhai heb eu dosbarthu: mae’r canlyniad ar y diwedd o restr arall, nid CLD',
  excluded: 'Wedi’u tynnu allan o’r mesur',
  sequelsCaption: 'Cyfnodau ST-Max a ddaeth i ben yn ôl beth ddigwyddodd wedyn',
  sequelsNote:
    'O dan beth ddigwyddodd wedyn mae’r geiriad Saesneg, fel yn ffurflen Data Lefel Cleient (CLD) Lloegr, er mwyn iddo gyfateb i ffurflen y cyngor.',
  columnSequel: 'Beth ddigwyddodd wedyn',
  unclassifiedSequel: 'Anhysbys',
  noSequels: 'Nid oes cyfnodau ST-Max sydd wedi dod i ben.',

  followUpTitle: 'Dilyn i fyny',
  followUpIntro: 'Ble roedd pobl pan gawsant eu dilyn i fyny ddiwethaf ar ôl gadael yr ysbyty.',
  followUpCaption: 'Cyfnodau yn ôl ble roedd y person bob tro y cafodd ei ddilyn i fyny',
  columnStatus: 'Ble roedd y person',
  followUpKinds: { '84-day': '84 diwrnod (12 wythnos)', '91-day': '91 diwrnod' },
  followUpStatuses: {
    'at-home': 'Gartref',
    'in-community': 'Yn y gymuned',
    readmitted: 'Wedi’i aildderbyn i’r ysbyty',
    'res-nursing-admission': 'Wedi’i dderbyn i gartref preswyl neu gartref nyrsio',
    deceased: 'Wedi marw',
    unknown: 'Anhysbys',
  },

  adaptationsTitle: 'Addasiadau',
  minorAdaptations: 'Mân addasiadau (£1,000 neu lai)',
  majorAdaptations: 'Addasiadau mawr (Grantiau Cyfleusterau i’r Anabl)',
  majorCompleted: 'Addasiadau mawr wedi’u cwblhau, gyda’r ddau ddyddiad wedi’u cofnodi',
  medianDays: 'Canolrif y diwrnodau o’r argymhelliad i’r cwblhau',
  days: (value) => countWords(LOCALE, value, { two: () => `${f.number(value)} ddiwrnod`, other: () => `${f.number(value)} diwrnod` }),

  showFigures: SHOW_FIGURES,

  exportTitle: 'Lawrlwytho’r ffigurau',
  exportIntro: 'Mae’r ffeiliau’n cael eu creu ar y ddyfais hon. Nid oes dim yn cael ei anfon i unman.',
  downloadSummary: 'Lawrlwytho’r crynodeb (CSV)',
  downloadSummaryHint: (label) => `Pob ffigur ar gyfer pob grŵp a chyfnod amser, gyda niferoedd bach yn cael eu dangos fel “${label}”. Dyma’r ffeil i’w rhannu.`,
  downloadExtract: 'Lawrlwytho’r detholiad lefel unigolyn (CSV)',
  downloadExtractHint: 'Un rhes ar gyfer pob cyfnod. Mae’n ymwneud ag unigolion: cadwch ef o fewn y cyngor.',
  extractNeedsRecords: 'Nid yw ar gael: cafodd yr adroddiad grynodeb, nid y cofnodion, felly nid oes dim i greu’r detholiad ohono.',
  summaryFilename: 'crynodeb-canlyniadau.csv',
  extractFilename: 'detholiad-canlyniadau.csv',

  summaryCsvColumns: { group: 'Grŵp', period: 'Cyfnod amser', figure: 'Ffigur', value: 'Gwerth' },
  extractCsvColumns: {
    recordId: 'Rhif adnabod y cofnod',
    subjectReference: 'Cyfeirnod y person',
    requestDate: 'Dyddiad y cais',
    routeOfAccess: 'Llwybr mynediad (CLD)',
    startedOn: 'Dyddiad dechrau',
    endedOn: 'Dyddiad gorffen',
    serviceType: 'Math o wasanaeth (CLD)',
    serviceComponent: 'Elfen o’r gwasanaeth (CLD)',
    endOutcome: 'Canlyniad ar y diwedd (CLD)',
    nextServiceType: 'Math o wasanaeth nesaf (CLD)',
    nextServiceComponent: 'Elfen o’r gwasanaeth nesaf (CLD)',
    ascof2aPlacement: 'ASCOF 2A: lle yn y mesur',
    ascof2aSequel: 'ASCOF 2A: beth ddigwyddodd wedyn',
    ascof2aDecidedBy: 'ASCOF 2A: beth a’i penderfynodd',
    careHoursAtStart: 'Oriau gofal yr wythnos a gynlluniwyd ar y dechrau',
    careHoursAtEnd: 'Oriau gofal yr wythnos a gynlluniwyd ar y diwedd',
    careHoursChange: 'Newid yn yr oriau gofal a gynlluniwyd',
    equipmentIssued: 'Eitemau o offer a roddwyd',
    equipmentHeldAtEnd: 'Eitemau o offer a oedd gan y person ar y diwedd',
    minorAdaptations: 'Mân addasiadau',
    majorAdaptations: 'Addasiadau mawr',
    majorAdaptationDaysToComplete: 'Diwrnodau i gwblhau pob addasiad mawr',
    gasBaselineTScore: 'Sgôr T cyrhaeddiad nodau ar y dechrau',
    gasLatestTScore: 'Sgôr T yn yr adolygiad diweddaraf',
    gasReviews: 'Adolygiadau o’r cynllun nodau',
    followUp84Status: 'Dilyn i fyny diweddaraf ar ôl 84 diwrnod',
    followUp91Status: 'Dilyn i fyny diweddaraf ar ôl 91 diwrnod',
  },
  extractInstrumentColumn: (instrument, at) => (at === 'baseline' ? `${instrument}: cyfanswm ar y llinell sylfaen` : `${instrument}: cyfanswm wrth ryddhau`),
};
