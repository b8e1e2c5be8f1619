import type { TranslationInput } from '../definition-input.js';
import { otformsWelshSource } from '../otforms-licence.js';

const strengthAndBalance = 'Rhaglen ymarfer corff ar gyfer cryfder a chydbwysedd, er enghraifft drwy’r gwasanaeth atal cwympiadau lleol';

/** Our own Welsh for falls-risk-checklist: every text field, suggestion rules included (catalogue-welsh.test.ts checks). */
export const fallsRiskChecklistWelsh = {
  source: otformsWelshSource,
  title: 'Rhestr wirio risg cwympo',
  description:
    'Holwch y person (a phwy bynnag sy’n ei adnabod yn dda, os yw’n cytuno) am bob ffactor risg. Mae pob ateb sy’n peri pryder yn awgrymu rhywbeth i’w wneud amdano, i chi ei dderbyn neu ei wrthod. Does dim sgôr.',
  notes: [
    'Cafodd pob cwestiwn a rheol yma eu hysgrifennu ar gyfer otforms. Nid ydynt yn atgynhyrchu geiriad, trefn na sgorio unrhyw offeryn sgrinio cwympo sydd wedi’i gyhoeddi.',
    'Does dim sgôr yn fwriadol. Am yr offer sgrinio cwympo cyhoeddedig sy’n rhoi sgôr, naill ai ni ellid cadarnhau eu bod yn rhydd i’w hatgynhyrchu mewn meddalwedd (mae rhai wedi’u haddasu gyda chaniatâd eu hawduron, ar delerau na ellid eu gwirio), neu nid ein lle ni yw ailddatgan eu pwyntiau torri. Byddai adio’r atebion yma yn gyfanswm yn creu offeryn sgrinio heb ei ddilysu, felly mae pob ffactor risg yn ysgogi ei argymhelliad ei hun yn lle hynny.',
    'Nid yw rhestr wirio yn cymryd lle asesiad amlffactor o risg cwympo: mae ei rheol gyntaf yn awgrymu atgyfeirio am un pryd bynnag mae’r person wedi cwympo yn ystod y 12 mis diwethaf.',
    'Data yw’r rheolau awgrymu: gall cyngor newid llwybr, blaenoriaeth neu eiriad yn ei gopi ei hun o’r diffiniad hwn (gyda’i ddynodydd ei hun).',
    'Nid penderfyniad yw awgrym byth. Mae’r therapydd galwedigaethol yn derbyn neu’n gwrthod pob un gyda rheswm, a chaiff y ddau eu cofnodi.',
  ],
  sections: {
    falls: { title: 'Cwympiadau a phryder am gwympo' },
    health: { title: 'Iechyd a meddyginiaethau' },
    feet: { title: 'Traed, esgidiau a chymhorthion cerdded' },
  },
  items: {
    fallenPastYear: {
      label: 'Ydy’r person wedi cwympo yn ystod y 12 mis diwethaf?',
      hint: 'Unrhyw gwymp, gan gynnwys llithro neu faglu a arweiniodd at fod ar y llawr neu ar lefel is.',
    },
    fallCount: { label: 'Sawl gwaith?' },
    fallInjured: { label: 'Gafodd y person ei anafu, neu oedd angen help meddygol arno, ar ôl unrhyw un o’r cwympiadau hynny?' },
    unsteady: { label: 'Ydy’r person yn teimlo’n simsan wrth sefyll neu gerdded?' },
    fearOfFalling: { label: 'Ydy’r person yn poeni am gwympo, neu’n osgoi pethau rhag ofn iddo gwympo?' },
    getUpFromFloor: {
      label: 'Allai’r person godi oddi ar y llawr ar ei ben ei hun?',
      hint: 'Gofynnwch am y tro diwethaf roedd ar y llawr, neu beth fyddai’n ei wneud.',
    },
    livesAlone: { label: 'Ydy’r person yn byw ar ei ben ei hun, neu’n treulio cyfnodau hir ar ei ben ei hun?' },
    hasAlarm: { label: 'Oes gan y person larwm personol i’w wisgo, neu ffordd arall o alw am help o’r llawr?' },
    manyMedicines: { label: 'Ydy’r person yn cymryd 4 meddyginiaeth neu fwy bob dydd?' },
    drowsyMedicines: {
      label: 'Ydy’r person yn cymryd unrhyw feddyginiaeth sy’n gwneud iddo deimlo’n gysglyd neu’n benysgafn?',
      hint: 'Er enghraifft, rhai meddyginiaethau ar gyfer cwsg, hwyliau, gorbryder, poen neu bwysedd gwaed.',
    },
    dizziness: { label: 'Ydy’r person yn teimlo’n benysgafn neu’n chwil, er enghraifft wrth godi ar ei draed?' },
    eyesight: { label: 'Oes gan y person broblemau gyda’i olwg, hyd yn oed gyda’i sbectol?' },
    urgency: { label: 'Oes angen i’r person ruthro i’r toiled yn aml, neu godi yn y nos i basio dŵr?' },
    memoryConcern: { label: 'Oes pryder am gof y person, neu am ddryswch?' },
    footProblems: { label: 'Oes gan y person draed poenus, neu broblemau traed sy’n effeithio ar y ffordd mae’n cerdded?' },
    unsafeFootwear: { label: 'Ydy esgidiau neu sliperi arferol y person yn llac, wedi treulio, heb gefn neu’n llithrig?' },
    usesWalkingAid: { label: 'Ydy’r person yn defnyddio cymorth cerdded?' },
    walkingAidProblem: {
      label: 'Oes problem gyda’r cymorth cerdded?',
      hint: 'Er enghraifft, mae ar yr uchder anghywir, mae’r traed rwber neu’r brêcs wedi treulio, neu nid yw’n cael ei ddefnyddio lle mae ei angen.',
    },
  },
  suggestions: {
    'falls-service': {
      what: 'Atgyfeirio at y gwasanaeth atal cwympiadau lleol am asesiad risg cwympo',
      reason:
        'Mae’r person wedi cwympo yn ystod y 12 mis diwethaf. Mae canllawiau ar gwympiadau yn cynnig asesiad i bobl sydd wedi cwympo o pam y digwyddodd, ac o beth fyddai’n lleihau eu risg.',
    },
    'strength-balance': {
      what: strengthAndBalance,
      reason: 'Mae’r person yn teimlo’n simsan, neu’n poeni am gwympo. Mae ymarfer corff ar gyfer cryfder a chydbwysedd yn lleihau’r risg o gwympo, a gall adfer hyder.',
    },
    'telecare-floor': {
      what: 'Larwm personol i’w wisgo am y gwddf neu’r arddwrn, wedi’i gysylltu â chanolfan fonitro, gyda synhwyrydd cwympo os yw’n addas i’r person',
      reason: 'Ni allai’r person godi oddi ar y llawr ar ei ben ei hun, mae ar ei ben ei hun yn aml, a does ganddo ddim larwm i alw am help.',
    },
    'getting-up-practice': {
      what: 'Dysgu ac ymarfer ffyrdd o godi oddi ar y llawr, neu o gadw’n gynnes a galw am help os nad yw’n gallu codi',
      reason: 'Ni allai’r person godi oddi ar y llawr ar ei ben ei hun. Mae gorwedd ar y llawr am amser hir ar ôl cwympo yn achosi niwed ynddo’i hun.',
    },
    'medication-review': {
      what: 'Gofyn i’r meddyg teulu neu fferyllydd adolygu meddyginiaethau’r person',
      reason: 'Gall sawl meddyginiaeth, meddyginiaethau sy’n gallu achosi cysgadrwydd neu bendro, neu bendro ei hun, wneud cwymp yn fwy tebygol.',
    },
    'eye-test': {
      what: 'Cyngor i gael prawf llygaid gydag optegydd',
      reason: 'Mae gan y person broblemau gyda’i olwg, a gall hynny wneud cwymp yn fwy tebygol.',
    },
    continence: {
      what: 'Cyngor am ymataliaeth, ac atgyfeirio at y gwasanaeth ymataliaeth os yw’r person yn cytuno',
      reason: 'Gall rhuthro i’r toiled, yn enwedig yn y nos, arwain at gwymp.',
    },
    footwear: {
      what: 'Cyngor ar esgidiau a sliperi diogel sy’n ffitio’n dda',
      reason: 'Mae esgidiau neu sliperi arferol y person yn llac, wedi treulio, heb gefn neu’n llithrig.',
    },
    podiatry: {
      what: 'Atgyfeirio at y gwasanaeth podiatreg',
      reason: 'Mae traed poenus, neu broblemau traed, yn effeithio ar y ffordd mae’r person yn cerdded.',
    },
    'walking-aid': {
      what: 'Gwirio’r cymorth cerdded: addasu ei uchder, ei drwsio neu roi un newydd yn ei le',
      reason: 'Mae’r cymorth cerdded ar yr uchder anghywir, wedi treulio, neu nid yw’n cael ei ddefnyddio lle mae ei angen.',
    },
    memory: {
      what: 'Siarad â’r meddyg teulu am y pryder ynghylch y cof neu ddryswch',
      reason: 'Gall problemau gyda’r cof neu ddryswch wneud cwymp yn fwy tebygol.',
    },
  },
} satisfies TranslationInput;
