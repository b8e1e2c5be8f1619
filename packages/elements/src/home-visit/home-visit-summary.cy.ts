import type { RecommendationPriority, RecommendationRoute, RecommendationStatus } from '@otforms/core';
import type { Catalogue } from '../i18n/catalogue.js';
import { plural } from '../i18n/intl.js';

/**
 * Geiriau `<ot-home-visit-summary>` yn Gymraeg: the Welsh of
 * `home-visit-summary.en.ts`. For the person: plain Welsh, "chi" and "ni",
 * short sentences. Every date a message takes is already written in Welsh
 * (`t.format.date`: "3 Rhagfyr 2026").
 */

const locale = 'cy';

type Reached = Exclude<RecommendationStatus, 'recommended'>;

const routeForPerson: Record<RecommendationRoute, string> = {
  'community-equipment-service': 'Bydd y gwasanaeth offer cymunedol yn dod ag ef i’ch cartref.',
  'minor-adaptations-service': 'Bydd tîm addasiadau cartref y cyngor yn ei osod.',
  'disabled-facilities-grant':
    'Mae hwn yn newid mwy i’ch cartref. Bydd tîm tai’r cyngor yn cysylltu â chi am grant i dalu amdano, o’r enw Grant Cyfleusterau i’r Anabl.',
  'housing-provider': 'Byddwn yn gofyn i’ch landlord wneud hyn.',
  'self-purchase-signposting': 'Gallwch brynu hwn eich hun. Rydym wedi dweud wrthych ble.',
};

const statusForPerson: Record<Reached, (on: string) => string> = {
  agreed: (on) => `Fe wnaethom gytuno ar hyn ar ${on}.`,
  ordered: (on) => `Fe wnaethom archebu hwn ar ${on}.`,
  completed: (on) => `Cafodd hyn ei wneud ar ${on}.`,
  reviewed: (on) => `Fe wnaethom wirio hyn gyda chi ar ${on}.`,
};

const equipmentStatus: Record<Reached | 'issued', (on: string) => string> = {
  agreed: (on) => `Cytunwyd arno ar ${on}`,
  ordered: (on) => `Archebwyd ar ${on}`,
  completed: (on) => `Danfonwyd ar ${on}`,
  reviewed: (on) => `Gwiriwyd gyda chi ar ${on}`,
  issued: (on) => `Mae gennych hwn ers ${on}`,
};

const priorities: Record<RecommendationPriority, string> = { urgent: 'Brys', high: 'Uchel', routine: 'Arferol' };

const statusForHousing: Record<RecommendationStatus, string> = {
  recommended: 'Wedi’i argymell',
  agreed: 'Wedi’i gytuno gyda’r person',
  ordered: 'Wedi’i archebu',
  completed: 'Wedi’i gwblhau',
  reviewed: 'Wedi’i adolygu',
};

export const homeVisitSummaryMessagesCy: Catalogue['homeVisitSummary'] = {
  invalidRecord: 'Ni ellir dangos yr ymweliad cartref hwn:',
  notARecord: 'nid yw’n gofnod canlyniad',
  noHomeVisit: 'nid oes ymweliad cartref yn y cyfnod hwn',
  otherKind: (kind) => `nid oes ymweliad cartref mewn cofnod o’r math “${kind}”`,
  invalidAt: (path) => (path ? `nid yw’r cofnod yn ddilys yn ${path}:` : 'nid yw’r cofnod yn ddilys:'),
  person: {
    title: 'Eich ymweliad cartref',
    visited: (on) => `Fe wnaethom ymweld â chi gartref ar ${on}. Dyma beth y buom yn siarad amdano a beth y cytunwyd arno.`,
    ownWordsHeading: 'Beth sy’n bwysig i chi',
    ownWordsIntro: 'Dyma beth ddywedoch chi wrthym, yn eich geiriau eich hun.',
    noOwnWords: 'Ni wnaethom ysgrifennu beth sy’n bwysig i chi yn yr ymweliad hwn.',
    unreadOwnWords: 'Nid yw rhywfaint o’r hyn a ddywedoch wrthym yn cael ei ddangos yma. Gofynnwch i ni am gopi.',
    goalsHeading: 'Eich nodau',
    goalsIntro: 'Dyma’r nodau a osodwyd gennych, yn eich geiriau eich hun.',
    noGoals: 'Nid oes nodau yn y crynodeb hwn.',
    agreedHeading: 'Beth y cytunwyd arno',
    nothingAgreed: 'Nid oes dim wedi’i gytuno eto.',
    why: 'Pam:',
    route: (route) => routeForPerson[route],
    status: (status, on) => statusForPerson[status](on),
    equipmentHeading: 'Offer',
    noEquipment: 'Ni wnaethom gytuno ar unrhyw offer i chi.',
    equipmentLine: (what) => `${what}:`,
    equipmentStatus: (status, on) => equipmentStatus[status](on),
    returnHeading: 'Sut i ddychwelyd offer',
    returnIntro: 'Rhowch offer yn ôl pan na fydd ei angen arnoch mwyach, er mwyn i rywun arall allu ei ddefnyddio.',
    noReturn: 'Gofynnwch i ni sut i ddychwelyd offer pan na fydd ei angen arnoch mwyach.',
    contactHeading: 'Â phwy i gysylltu',
    noContact: 'Ni chafodd manylion cyswllt eu hychwanegu at y crynodeb hwn. Gofynnwch i’r person a ymwelodd â chi â phwy y dylech gysylltu.',
    name: 'Enw',
    phone: 'Ffôn:',
    email: 'E-bost:',
    hours: 'Pryd i ffonio:',
    reviewHeading: 'Eich adolygiad nesaf',
    review: (on) => `Bydd eich adolygiad nesaf ar ${on}.`,
    noReview: 'Nid ydym wedi pennu dyddiad ar gyfer eich adolygiad nesaf eto. Byddwn yn cysylltu â chi i’w drefnu.',
  },
  housing: {
    title: 'Grant Cyfleusterau i’r Anabl: argymhelliad therapi galwedigaethol',
    visitedOn: 'Dyddiad yr ymweliad cartref',
    assessor: 'Aseswr',
    assessorText: (role, reference) => (role && reference ? `${role} (${reference})` : (role ?? reference ?? '')),
    notRecorded: 'Heb ei gofnodi',
    subject: 'Cyfeirnod y person',
    needHeading: 'Angen y person',
    needIntro: 'Beth a ganfu’r asesiad, ar gyfer yr anghenion y mae’r argymhelliad hwn yn eu diwallu.',
    noNeeds: 'Nid yw’r argymhelliad yn enwi’r anghenion a aseswyd y mae’n eu diwallu.',
    needColumns: { question: 'Cwestiwn', answer: 'Ateb' },
    from: (instrument) => `O: ${instrument}`,
    needCaption: 'Anghenion a aseswyd',
    photosAnswer: (count) =>
      plural(locale, count, {
        zero: 'Dim lluniau',
        one: `${count} llun (gweler Lluniau)`,
        two: `${count} lun (gweler Lluniau)`,
        few: `${count} llun (gweler Lluniau)`,
        many: `${count} llun (gweler Lluniau)`,
        other: `${count} llun (gweler Lluniau)`,
      }),
    noAnswer: 'Heb ei ateb',
    recommendationHeading: 'Argymhelliad',
    noRecommendation: 'Nid oes unrhyw argymhelliad yn y cofnod hwn yn mynd at Grant Cyfleusterau i’r Anabl.',
    code: 'Cod',
    priority: 'Blaenoriaeth',
    priorityText: (priority) => priorities[priority],
    status: 'Statws',
    statusText: (status, on) => `${statusForHousing[status]} ar ${on}`,
    goals: 'Nodau’r person y mae’n eu cefnogi',
    whyHeading: 'Pam mae’n angenrheidiol ac yn briodol',
    noWhy: 'Ni roddir rhesymau, gan nad oes argymhelliad am grant.',
    whyFor: (what) => `${what}:`,
    measurementsHeading: 'Mesuriadau',
    measurementsCaption: 'Mesuriadau a gymerwyd yn yr ymweliad cartref',
    measurementColumns: { question: 'Mesuriad', value: 'Gwerth', unit: 'Uned' },
    noUnit: 'Heb ei gofnodi',
    noMeasurements: 'Ni chymerwyd unrhyw fesuriadau yn yr ymweliad hwn.',
    photosHeading: 'Lluniau',
    noPhotos: 'Ni thynnwyd unrhyw luniau yn yr ymweliad hwn.',
    photoAlt: (question, number, count) => (count === 1 ? question : `${question}, llun ${number} o ${count}`),
    unlabelled:
      'Mae rhai cwestiynau wedi’u henwi yn ôl eu dynodydd ac nid oes uned gan rai rhifau, oherwydd na roddwyd diffiniad eu hasesiad i’r crynodeb hwn.',
  },
  answers: {
    yes: 'Ydy',
    no: 'Nac ydy',
    seconds: 'eiliad',
    withUnit: (value, unit) => `${value} ${unit}`,
    inEntry: (group, entryLabel, number, question) => `${group}, ${entryLabel.toLowerCase()} ${number}: ${question}`,
  },
};
