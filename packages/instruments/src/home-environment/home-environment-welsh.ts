import type { TranslationInput } from '../definition-input.js';
import { otformsWelshSource } from '../otforms-licence.js';
import { HIGH_STEP_MM, LOW_TOILET_SEAT_MM, NARROW_DOOR_MM } from './home-environment-suggestions.js';

// The English builds many questions from shared pieces (home-environment-items.ts); so does the Welsh.
const managesOptions = {
  independently: 'Ar ei ben ei hun, heb anhawster',
  'with-difficulty': 'Ar ei ben ei hun, gydag anhawster',
  'with-help': 'Gyda help person arall',
  cannot: 'Methu ei wneud',
};
const manages = (label: string, hint?: string) => ({ label, ...(hint ? { hint } : {}), options: managesOptions });
const doorHint = 'Gyda’r drws ar agor, o wyneb y drws i’r stop drws ar yr ochr arall.';
const railHint = 'Yn syth i fyny o ymyl blaen gris i ben y canllaw.';
const dfg = 'Rhaid i waith a delir amdano gan Grant Cyfleusterau i’r Anabl fod yn angenrheidiol ac yn briodol, ac yn rhesymol ac yn ymarferol.';
const entranceRail = 'Canllaw cydio neu ganllaw grisiau wrth ymyl grisiau’r fynedfa';
const pendantAlarm = 'Larwm personol i’w wisgo am y gwddf neu’r arddwrn, wedi’i gysylltu â chanolfan fonitro, gyda synhwyrydd cwympo os yw’n addas i’r person';
const handlingReason =
  'Pan na all person symud rhwng y gwely, y gadair neu’r toiled heb gael ei godi, rhaid asesu’r risg iddo ac i bwy bynnag sy’n helpu, ac osgoi codi lle gall offer leihau’r risg (HSE, Manual Handling Operations Regulations 1992).';

/**
 * Our own Welsh for home-environment: every text field, suggestion rules
 * included (catalogue-welsh.test.ts checks). Acts of Parliament and
 * regulations keep their English titles, as they have no official Welsh ones.
 */
export const homeEnvironmentWelsh = {
  source: otformsWelshSource,
  title: 'Asesiad amgylchedd y cartref a gweithrediad',
  description:
    'Ewch drwy’r cartref gyda’r person, o’r ffordd i mewn i’r ystafelloedd mae’n eu defnyddio. Ar gyfer pob gweithgaredd, cofnodwch sut mae’n ymdopi ag ef nawr; mesurwch lle gallai fod angen offer neu addasiad. Mae’r atebion yn awgrymu argymhellion i chi eu derbyn neu eu gwrthod.',
  notes: [
    'Cafodd pob cwestiwn, opsiwn a rheol yma eu hysgrifennu ar gyfer otforms. Nid ydynt yn atgynhyrchu geiriad, cynllun na sgorio unrhyw asesiad cartref cyhoeddedig neu fasnachol.',
    'Does dim sgôr na chyfanswm: mae’n cofnodi sut mae’r person yn ymdopi a sut le yw’r cartref, i gefnogi argymhellion. Does dim ynddo’n dweud a yw canlyniad uwch neu is yn well.',
    'Mae’r mesuriadau mewn milimetrau ac yn ddewisol. Mesurwch led clir drysau, grisiau o wadn i wadn, ac uchder seddi wedi’u gwasgu i lawr lle mae’r person yn eistedd.',
    `Data yw’r rheolau awgrymu. Gwerthoedd diofyn otforms yw eu trothwyon (gris sy’n uwch na ${HIGH_STEP_MM} mm, sedd toiled sy’n is na ${LOW_TOILET_SEAT_MM} mm, drws sy’n gulach na ${NARROW_DOOR_MM} mm ar gyfer cadair olwyn), nid ffigurau wedi’u dyfynnu o ganllawiau: mae cyngor yn gosod ei rai ei hun yn ei gopi ei hun o’r diffiniad hwn (gyda’i ddynodydd ei hun), er enghraifft o’i fanyleb mân addasiadau, a gall newid llwybr, blaenoriaeth neu eiriad unrhyw reol.`,
    'Nid penderfyniad yw awgrym byth. Mae’r therapydd galwedigaethol yn derbyn neu’n gwrthod pob un gyda rheswm, a chaiff y ddau eu cofnodi.',
    'Rhaid i addasiadau mawr a delir amdanynt gan Grant Cyfleusterau i’r Anabl fod yn angenrheidiol ac yn briodol, ac yn rhesymol ac yn ymarferol (Housing Grants, Construction and Regeneration Act 1996); yr awgrym yw man cychwyn yr asesiad hwnnw.',
    'Tynnwch luniau dim ond gyda chytundeb y person, a chadwch bobl allan ohonyn nhw.',
  ],
  sections: {
    access: { title: 'Mynediad a’r fynedfa' },
    steps: {
      title: 'Grisiau y tu allan a chanllawiau',
      description: 'Grisiau, cyrbiau a chanllawiau ar y ffordd o’r stryd neu’r ardd i mewn i’r cartref.',
    },
    stairs: { title: 'Grisiau y tu mewn' },
    bathing: { title: 'Ymolchi yn y bath a’r gawod' },
    toileting: { title: 'Defnyddio’r toiled' },
    transfers: { title: 'Symud i’r gwely a’r gadair ac oddi arnynt' },
    kitchen: { title: 'Y gegin' },
    indoors: { title: 'Symud o gwmpas dan do' },
    hazards: { title: 'Goleuadau a pheryglon baglu' },
    alarms: { title: 'Larymau a theleofal' },
    support: { title: 'Gofalwyr a’r rhwydwaith cymorth' },
  },
  items: {
    hardestAtHome: {
      label: 'Beth mae’r person yn ei chael hi’n anoddaf wrth symud o gwmpas ei gartref',
      hint: 'Ysgrifennwch yr hyn mae’n ei ddweud, yn ei eiriau ei hun.',
    },
    entranceManage: manages('Mynd i mewn ac allan o’r cartref drwy’r drws mae’n ei ddefnyddio fel arfer'),
    entranceDoorWidth: { label: 'Lled clir y drws hwnnw', hint: doorHint },
    entranceThreshold: { label: 'Oes trothwy uchel neu wefus wrth y drws hwnnw?' },
    entranceThresholdHeight: { label: 'Uchder y trothwy', hint: 'O’r llawr y tu allan i ben y trothwy.' },
    accessPhotos: {
      label: 'Lluniau o’r ffordd at y fynedfa a’r fynedfa ei hun',
      hint: 'Hyd at 3. Tynnwch nhw gyda chytundeb y person, a gadewch bobl allan o’r llun.',
    },
    outsideSteps: { label: 'Oes grisiau neu gwrb ar y ffordd i mewn i’r cartref?' },
    outsideStepCount: { label: 'Sawl gris?' },
    outsideStepRiser: { label: 'Uchder y gris uchaf (codiad)', hint: 'O ben un gwadn i ben y nesaf.' },
    outsideStepsManage: manages('Mynd i fyny ac i lawr y grisiau hyn'),
    outsideRail: { label: 'Oes canllaw cadarn wrth ymyl y grisiau hyn y gall y person gydio ynddo?' },
    outsideRailHeight: { label: 'Uchder y canllaw', hint: railHint },
    indoorStairs: {
      label: 'Oes angen i’r person ddefnyddio grisiau y tu mewn i’r cartref?',
      hint: 'Er enghraifft, i gyrraedd yr ystafell wely, yr ystafell ymolchi neu’r toiled.',
    },
    stairsManage: manages('Mynd i fyny ac i lawr y grisiau'),
    stairRails: {
      label: 'Canllawiau ar y grisiau',
      options: { none: 'Dim canllaw', 'one-side': 'Canllaw ar un ochr', 'both-sides': 'Canllawiau ar y ddwy ochr' },
    },
    stairRailHeight: { label: 'Uchder canllaw’r grisiau', hint: railHint },
    stairWidth: {
      label: 'Lled y grisiau',
      hint: 'Yn y man culaf, o wal i wal neu o’r wal i’r balwstrad. Mae angen hwn os oes lifft grisiau’n cael ei ystyried.',
    },
    stairShape: {
      label: 'Siâp y grisiau',
      options: { straight: 'Un rhes syth', turns: 'Troeon, grisiau troellog neu landin hanner ffordd i fyny' },
    },
    stairPhotos: { label: 'Lluniau o’r grisiau', hint: 'Hyd at 3: o’r gwaelod ac o’r top.' },
    washFacility: {
      label: 'Beth sydd gan y person i ymolchi ynddo?',
      options: {
        bath: 'Bath heb gawod uwch ei ben',
        'bath-shower': 'Bath gyda chawod uwch ei ben',
        cubicle: 'Cawod gyda gris neu wefus i gamu drosti',
        'level-access': 'Cawod mynediad gwastad neu ystafell wlyb',
        none: 'Dim bath na chawod y gall eu defnyddio',
      },
    },
    washManage: manages('Ymolchi drosto i gyd', 'Yn y bath neu’r gawod, neu ymolchi’n llwyr wrth y sinc.'),
    bathManage: manages('Mynd i mewn ac allan o’r bath'),
    bathRimHeight: { label: 'Uchder ymyl y bath', hint: 'O’r llawr i ben yr ymyl.' },
    showerManage: manages('Mynd i mewn ac allan o’r gawod'),
    showerStepHeight: { label: 'Uchder y gris neu’r wefus i mewn i’r gawod', hint: 'O lawr yr ystafell ymolchi i ben y wefus.' },
    bathroomDoorWidth: { label: 'Lled clir drws yr ystafell ymolchi', hint: doorHint },
    bathroomPhotos: { label: 'Lluniau o’r ystafell ymolchi', hint: 'Hyd at 3: y bath neu’r gawod, a’r ffordd i mewn.' },
    toiletManage: manages('Eistedd ar y toiled a chodi oddi arno'),
    toiletSeatHeight: { label: 'Uchder sedd y toiled', hint: 'O’r llawr i ben y sedd.' },
    toiletRail: { label: 'Oes canllaw neu ffrâm wrth ymyl y toiled y gall y person ei ddefnyddio?' },
    toiletInTime: { label: 'Ydy’r person yn gallu cyrraedd y toiled mewn pryd, ddydd a nos?' },
    bedManage: manages('Mynd i mewn i’r gwely a chodi ohono'),
    bedHeight: { label: 'Uchder y gwely', hint: 'O’r llawr i ben y fatres, wedi’i gwasgu i lawr lle mae’r person yn eistedd.' },
    chairManage: manages('Codi o’i gadair arferol ac eistedd ynddi'),
    chairSeatHeight: { label: 'Uchder sedd y gadair', hint: 'O’r llawr i flaen y sedd, wedi’i gwasgu i lawr lle mae’r person yn eistedd.' },
    kneeHeight: {
      label: 'Uchder pen-glin y person',
      hint: 'Yn eistedd, yn ei esgidiau arferol: o’r llawr i gefn y pen-glin. Cymharwch hyn ag uchder y seddi uchod.',
    },
    kitchenManage: manages('Gwneud diod boeth neu bryd syml'),
    carryManage: manages('Cario diod neu blât i’r man lle mae’n bwyta'),
    kitchenReach: { label: 'Ydy’r person yn gallu cyrraedd y pethau mae’n eu defnyddio bob dydd heb ddringo, ymestyn i fyny na phlygu’n isel?' },
    cookerConcern: {
      label: 'Oes unrhyw bryder am ddefnyddio’r popty neu’r hob yn ddiogel?',
      hint: 'Er enghraifft, sosbenni’n cael eu gadael ar y gwres, neu’r nwy’n cael ei adael ymlaen heb ei gynnau.',
    },
    indoorManage: manages('Cerdded neu symud o gwmpas y tu mewn i’r cartref'),
    mobilityAid: {
      label: 'Cymorth symud a ddefnyddir dan do',
      options: {
        none: 'Dim',
        stick: 'Ffon neu ffyn',
        frame: 'Ffrâm gerdded',
        rollator: 'Rolator (ffrâm gerdded ag olwynion)',
        wheelchair: 'Cadair olwyn',
        other: 'Arall',
      },
    },
    narrowestDoorWidth: { label: 'Lled clir y drws culaf mae’r person yn ei ddefnyddio', hint: doorHint },
    narrowestHallWidth: { label: 'Lled y cyntedd neu’r coridor culaf', hint: 'O wal i wal, yn y man culaf.' },
    fallenPastYear: { label: 'Ydy’r person wedi cwympo gartref yn ystod y 12 mis diwethaf?' },
    lightingGood: { label: 'Ydy’r golau’n ddigon da i weld lloriau a grisiau’n glir, yn ystod y dydd a’r nos?' },
    nightLight: { label: 'Ydy’r person yn gallu troi golau ymlaen cyn codi o’r gwely?' },
    tripHazards: {
      label: 'Oes peryglon baglu lle mae’r person yn cerdded?',
      hint: 'Er enghraifft, rygiau rhydd, ceblau ar draws y llawr, annibendod neu loriau anwastad.',
    },
    tripHazardDetails: { label: 'Ble maen nhw, a beth mae’r person wedi cytuno i’w newid' },
    smokeAlarm: { label: 'Oes larwm mwg sy’n gweithio ar bob llawr mae’r person yn ei ddefnyddio?', hint: 'Pwyswch y botwm profi, gyda chytundeb y person.' },
    livesAlone: { label: 'Ydy’r person yn byw ar ei ben ei hun, neu’n treulio cyfnodau hir ar ei ben ei hun gartref?' },
    canSummonHelp: { label: 'Pe bai’n cwympo neu’n mynd yn sâl, a allai alw am help o unrhyw le yn y cartref, gan gynnwys o’r llawr?' },
    hasTelecare: { label: 'Oes gan y person larwm personol neu deleofal arall yn barod?' },
    hasHelp: { label: 'Oes unrhyw un yn helpu’r person gartref?', hint: 'Teulu, ffrindiau, cymdogion neu ofalwyr cyflogedig.' },
    helpers: { label: 'Pwy sy’n helpu, pa mor aml, a gyda beth' },
    carerCoping: {
      label: 'Sut mae’r prif ofalwr di-dâl yn ymdopi?',
      options: {
        'no-unpaid-carer': 'Does dim gofalwr di-dâl',
        well: 'Yn ymdopi’n dda',
        strain: 'Yn ymdopi, ond dan rywfaint o straen',
        struggling: 'Yn cael trafferth, neu efallai na fydd yn gallu parhau',
      },
    },
    carerLifts: { label: 'Oes unrhyw un yn codi’r person neu’n cymryd ei bwysau, mewn unrhyw dasg?' },
  },
  suggestions: {
    'steps-rail': {
      what: entranceRail,
      reason: 'Does dim canllaw ar y grisiau i mewn i’r cartref, a dim ond gydag anhawster neu gyda help mae’r person yn ymdopi â nhw.',
    },
    'high-step-rail': {
      what: entranceRail,
      reason: `Mae gris i mewn i’r cartref yn uwch na ${HIGH_STEP_MM} mm a does dim canllaw. Mae’r person yn ymdopi ag ef nawr; mae canllaw’n helpu i atal cwymp.`,
    },
    'entrance-ramp': { what: 'Ramp neu lifft gris i’r fynedfa', reason: `Ni all y person ddefnyddio’r grisiau i mewn i’w gartref. ${dfg}` },
    'stair-rail': { what: 'Canllaw grisiau', reason: 'Mae’r person yn defnyddio grisiau heb ganllaw.' },
    'stair-second-rail': {
      what: 'Ail ganllaw grisiau, fel bod canllaw ar y ddwy ochr',
      reason: 'Mae’r person yn ymdopi â’r grisiau gydag anhawster, gan gydio mewn canllaw ar un ochr yn unig.',
    },
    stairlift: {
      what: 'Lifft grisiau, os yw lled a siâp y grisiau’n caniatáu, neu ffordd arall o gyrraedd yr ystafell wely, yr ystafell ymolchi a’r toiled',
      reason: `Ni all y person ddefnyddio’r grisiau ar ei ben ei hun. ${dfg}`,
    },
    'level-access-shower': { what: 'Cawod mynediad gwastad yn lle’r bath', reason: `Ni all y person fynd i mewn ac allan o’r bath. ${dfg}` },
    'bath-board': {
      what: 'Bwrdd bath neu sedd bath, wedi’i roi ar brawf yn y bath cyn ei adael',
      reason: 'Mae’r person yn cael anhawster mynd i mewn ac allan o’r bath. Gall offer wneud cael bath yn ddiogel nawr, neu tra bo addasiad yn cael ei ystyried.',
    },
    'shower-rail': {
      what: 'Canllaw cydio wrth y ffordd i mewn i’r gawod',
      reason: 'Dim ond gydag anhawster neu gyda help mae’r person yn mynd i mewn ac allan o’r gawod.',
    },
    'raised-toilet-seat': {
      what: 'Sedd toiled uwch, ar uchder sy’n addas i uchder pen-glin y person',
      reason: `Mae sedd y toiled yn is na ${LOW_TOILET_SEAT_MM} mm, a dydy’r person ddim yn eistedd arni a chodi oddi arni heb anhawster.`,
    },
    'toilet-frame': {
      what: 'Ffrâm toiled, neu ganllawiau wrth ymyl y toiled',
      reason: 'Mae’r person yn cael anhawster eistedd ar y toiled a chodi oddi arno, a does dim byd wrth ei ymyl i gydio ynddo.',
    },
    commode: {
      what: 'Comôd neu wrinal ar gyfer pan na ellir cyrraedd y toiled mewn pryd',
      reason: 'Dydy’r person ddim bob amser yn gallu cyrraedd y toiled mewn pryd.',
    },
    'bed-equipment': {
      what: 'Lifer gwely, neu godwyr gwely i ddod â’r gwely i uchder sy’n addas i’r person',
      reason: 'Dim ond gydag anhawster neu gyda help mae’r person yn mynd i mewn i’r gwely a chodi ohono.',
    },
    'chair-raisers': {
      what: 'Codwyr cadair, neu gadair o uchder sy’n addas i’r person',
      reason: 'Dim ond gydag anhawster neu gyda help mae’r person yn codi o’i gadair.',
    },
    'moving-handling': {
      what: 'Offer symud a thrin ar gyfer trosglwyddo, fel cymorth sefyll neu declyn codi, wedi’i ddewis drwy asesiad risg symud a thrin',
      reason: handlingReason,
    },
    'carer-lifting': {
      what: 'Offer symud a thrin a chynllun, fel nad oes neb yn codi pwysau’r person',
      reason: `Mae rhywun yn codi’r person neu’n cymryd ei bwysau. ${handlingReason}`,
    },
    'perching-stool': {
      what: 'Stôl bwyso, fel bod y person yn gallu eistedd i baratoi bwyd',
      reason: 'Dim ond gydag anhawster neu gyda help mae’r person yn gwneud diod neu bryd syml.',
    },
    'kitchen-trolley': {
      what: 'Troli cegin i gario bwyd a diodydd',
      reason: 'Dim ond gydag anhawster neu gyda help mae’r person yn cario bwyd a diodydd.',
    },
    'kitchen-reach': {
      what: 'Cyngor ar gadw pethau bob dydd rhwng uchder y canol a’r ysgwydd, a ble i brynu teclyn gafael â choes hir',
      reason: 'Mae’r person yn dringo, yn ymestyn i fyny neu’n plygu’n isel i gyrraedd pethau mae’n eu defnyddio bob dydd.',
    },
    'cooker-safety': {
      what: 'Synhwyrydd gwres neu ddyfais diogelwch popty, wedi’i gysylltu â larwm teleofal',
      reason: 'Mae pryder am ddefnyddio’r popty neu’r hob yn ddiogel.',
    },
    'door-widening': {
      what: 'Lledu’r drysau mae angen i’r person eu defnyddio mewn cadair olwyn',
      reason: `Mae’r person yn defnyddio cadair olwyn dan do, ac mae drws sydd ei angen arno yn gulach na ${NARROW_DOOR_MM} mm.`,
    },
    lighting: {
      what: 'Gwell golau: bylbiau mwy disglair, golau nos wrth y gwely neu mewn soced, neu oleuadau sy’n dod ymlaen wrth synhwyro symudiad',
      reason: 'Mae golau gwael, neu orfod codi yn y tywyllwch, yn gwneud cwymp yn fwy tebygol.',
    },
    'trip-hazards': {
      what: 'Symud neu sicrhau peryglon baglu, fel y cytunwyd â’r person',
      reason: 'Mae peryglon baglu lle mae’r person yn cerdded. Mae canllawiau ar gwympiadau yn argymell chwilio am beryglon yn y cartref a delio â nhw.',
    },
    'fire-safety-check': {
      what: 'Atgyfeirio at y gwasanaeth tân ac achub am ymweliad diogelwch tân yn y cartref, gyda chyngor ar osod a phrofi larymau mwg',
      reason: 'Does dim larwm mwg sy’n gweithio ar bob llawr mae’r person yn ei ddefnyddio.',
    },
    'telecare-after-fall': {
      what: pendantAlarm,
      reason:
        'Mae’r person yn byw ar ei ben ei hun, neu ar ei ben ei hun yn aml, wedi cwympo gartref yn ystod y 12 mis diwethaf, a does ganddo ddim larwm personol na theleofal arall.',
    },
    'telecare-cannot-call': {
      what: pendantAlarm,
      reason: 'Mae’r person yn byw ar ei ben ei hun, neu ar ei ben ei hun yn aml, ac ni allai alw am help pe bai’n cwympo neu’n mynd yn sâl.',
    },
    'carer-assessment': {
      what: 'Cynnig asesiad gofalwr i’r gofalwr',
      reason:
        'Mae’r prif ofalwr di-dâl dan straen. Rhaid i gyngor gynnig asesiad gofalwr pan mae’n ymddangos bod gan ofalwr anghenion am gymorth (Care Act 2014, adran 10).',
    },
  },
} satisfies TranslationInput;
