import type { Catalogue } from '../i18n/catalogue.js';
import { plural } from '../i18n/intl.js';

/**
 * Geiriau `<ot-home-visit>` yn Gymraeg: the Welsh of `home-visit.en.ts`, in
 * GOV.UK Welsh style ("Mae problem", "Parhau", "Newid"). Counts use Welsh's
 * six plural forms; a number written in digits takes the singular noun and
 * the mutation it would take read aloud ("2 gwestiwn", "3 chwestiwn").
 */

const locale = 'cy';

const questionsAnswered = (count: number) =>
  plural(locale, count, {
    zero: 'Dim cwestiynau wedi’u hateb',
    one: `${count} cwestiwn wedi’i ateb`,
    two: `${count} gwestiwn wedi’u hateb`,
    few: `${count} chwestiwn wedi’u hateb`,
    many: `${count} chwestiwn wedi’u hateb`,
    other: `${count} cwestiwn wedi’u hateb`,
  });

const photos = (count: number) =>
  plural(locale, count, { zero: 'dim lluniau', one: `${count} llun`, two: `${count} lun`, few: `${count} llun`, many: `${count} llun`, other: `${count} llun` });

export const homeVisitMessagesCy: Catalogue['homeVisit'] = {
  loading: 'Wrthi’n llwytho’r ymweliad cartref',
  formIncomplete: 'Gorffennwch yr ymweliad cartref cyn cyflwyno’r ffurflen',
  invalidDefinitions: 'Ni all yr ymweliad cartref ddechrau oherwydd nad yw diffiniad yn ddilys.',
  errorSummaryTitle: 'Mae problem',
  errorPrefix: 'Gwall:',

  stepsLabel: 'Camau’r ymweliad cartref',
  stepNumber: (number) => `${number}.`,
  stepOf: (number, count) => `Cam ${number} o ${count}`,
  stepRecommendations: 'Argymhellion',
  stepReview: 'Gwirio a gorffen',
  stepStatus: { done: '(Wedi’i gwblhau)', current: '(Cam presennol)', todo: '(Heb ddechrau eto)' },

  recommendationsTitle: 'Argymhellion',
  recommendationsIntro:
    'Penderfynwch ar bob awgrym o’r asesiadau, yna cofnodwch beth rydych chi’n ei argymell. Cysylltwch bob argymhelliad â’r anghenion a’r nodau y mae’n eu diwallu.',
  suggestionsHeading: 'Awgrymiadau i benderfynu arnynt',
  noSuggestions: 'Nid oes unrhyw awgrymiadau ar ôl i benderfynu arnynt.',
  suggestionLegend: (number) => `Awgrym ${number}`,
  suggestionWhy: 'Pam mae’n cael ei awgrymu',
  suggestionNeeds: 'O’r atebion i',
  suggestionPriority: 'Blaenoriaeth',
  suggestionRoute: 'Sut y caiff ei ddarparu',
  decisionReasonLabel: 'Eich rheswm dros ei dderbyn neu ei wrthod',
  decisionReasonHint: 'Caiff hyn ei gadw gyda’r cofnod y naill ffordd neu’r llall.',
  accept: 'Derbyn',
  dismiss: 'Gwrthod',
  ofSuggestion: (what) => ` yr awgrym: ${what}`,
  decidedHeading: 'Awgrymiadau y penderfynwyd arnynt',
  decided: { accepted: 'Derbyniwyd', dismissed: 'Gwrthodwyd' },
  decidedAs: { accepted: 'Derbyniwyd:', dismissed: 'Gwrthodwyd:' },
  decision: (what, reason) => `${what}. ${reason}`,
  decidedOn: (date) => `(${date})`,
  reconsider: 'Penderfynu eto',
  ofReconsidered: (what) => ` ar yr awgrym: ${what}`,

  recommendationsHeading: 'Argymhellion',
  noRecommendations: 'Dim wedi’u hychwanegu.',
  recommendationLegend: (number) => `Argymhelliad ${number}`,
  ofRecommendation: (number) => ` (argymhelliad ${number})`,
  fromSuggestion: 'Wedi’i dderbyn o awgrym.',
  kindLabel: 'Math o argymhelliad',
  whatLabel: 'Beth sy’n cael ei argymell',
  whatHint: 'Er enghraifft, “Rheilen gydio wrth y drws ffrynt, ar yr ochr chwith”.',
  reasonLabel: 'Pam mae ei angen',
  reasonHint: 'Dywedwch sut mae’n diwallu anghenion y person.',
  needsLegend: 'Anghenion a aseswyd y mae’n eu diwallu (dewisol)',
  goalsLegend: 'Nodau y mae’n eu cefnogi (dewisol)',
  priorityLabel: 'Blaenoriaeth',
  routeLabel: 'Sut y caiff ei ddarparu',
  statusHeading: 'Cynnydd',
  statusDateLabel: 'Dyddiad',
  skipHint:
    'Y cam nesaf fel arfer. Dewiswch gam diweddarach dim ond pan na fydd cam yn digwydd: er enghraifft, nid yw offer y mae’r person yn ei brynu ei hun byth yn cael ei archebu.',
  removeRecommendation: (number) => `Dileu argymhelliad ${number}`,
  addRecommendation: 'Ychwanegu argymhelliad',
  continue: 'Parhau',

  reviewTitle: 'Gwirio’r ymweliad cartref cyn gorffen',
  reviewIntro: 'Gwiriwch yr asesiadau a’r argymhellion. Mae gorffen yr ymweliad yn creu ei gofnod.',
  assessmentsHeading: 'Asesiadau',
  assessed: (answered, photoCount) =>
    photoCount === 0 ? `Wedi’i gwblhau: ${questionsAnswered(answered)}` : `Wedi’i gwblhau: ${questionsAnswered(answered)}, ${photos(photoCount)}`,
  suggestionsSummary: 'Awgrymiadau',
  noDecisions: 'Dim',
  recommendationsSummary: 'Argymhellion',
  recommendationTitle: (number, what) => `Argymhelliad ${number}: ${what}`,
  summaryKind: 'Math',
  summaryReason: 'Pam',
  summaryPriority: 'Blaenoriaeth',
  summaryRoute: 'Sut y caiff ei ddarparu',
  summaryStatus: 'Cynnydd',
  change: 'Newid',
  changeRecommendations: ' yr argymhellion',
  finish: 'Gorffen yr ymweliad',

  doneTitle: 'Ymweliad cartref wedi’i gwblhau',
  doneBody: 'Mae cofnod yr ymweliad cartref wedi’i drosglwyddo i’r system rydych chi’n ei defnyddio.',
  recordId: 'Cyfeirnod y cofnod:',
  visitedOn: (date) => `Ymwelwyd ar ${date}`,
};
