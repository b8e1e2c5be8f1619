import type { Catalogue } from '../i18n/catalogue.js';
import { formatDateTime } from '../i18n/intl.js';

/**
 * Geiriau’r hysbysiadau yn Gymraeg: the `session` namespace in plain GOV.UK
 * Welsh. Times are in the 24-hour clock, as Welsh writes them ("am 10:20 ar
 * 22 Tachwedd 2026"). Every kind of record is named by a masculine noun, so
 * "ei gadw" and "ei fod wedi’i gael" agree whatever the kind; "ffurflen", for a
 * kind this version does not know, is feminine and has its own sentence ("ei
 * chadw", "ei bod wedi’i chael").
 */
const LOCALE = 'cy';

const recordNames: Record<string, string> = {
  assessment: 'asesiad',
  'goal-plan': 'cynllun nodau',
  episode: 'cyfnod ailalluogi',
  'home-visit': 'ymweliad cartref',
};

export const sessionCy: Catalogue['session'] = {
  warning: 'Rhybudd',
  storageFailing:
    'Nid yw eich atebion yn cael eu cadw ar y ddyfais hon. Os byddwch yn cau neu’n ail-lwytho’r dudalen hon, byddant yn cael eu colli. Cadwch y dudalen hon ar agor nes y gallwch orffen.',
  openElsewhereTitle: 'Ar agor mewn tab arall',
  keptAsideTitle: 'Atebion wedi’u cadw o’r neilltu',
  unsentTitle: 'Heb ei anfon eto',
  openElsewhereHeading: 'Mae’r ffurflen hon ar agor mewn tab neu ffenestr arall.',
  openElsewhereBody: 'Gallwch barhau yma yn lle hynny: bydd y tab arall yn stopio, ac ni fydd yn cadw dim nad yw wedi’i gadw’n barod.',
  at: (instant) =>
    `${formatDateTime(LOCALE, instant, { hour: '2-digit', minute: '2-digit', hour12: false })} ar ${formatDateTime(LOCALE, instant, { day: 'numeric', month: 'long', year: 'numeric' })}`,
  savedElsewhere: (when) => `Cafodd ei chadw yno ddiwethaf am ${when}.`,
  takeOver: 'Cymryd drosodd yma',
  takingOver: 'Wrthi’n cymryd drosodd…',
  keptAsideHeading: 'Nid oedd modd agor yr atebion a gadwyd ar y ddyfais hon, felly mae’r ffurflen hon wedi dechrau eto.',
  keptAsideBody: (reference) =>
    `Maen nhw wedi cael eu cadw o’r neilltu, nid eu dileu: gall gweinyddwr eich system eu hadfer (cyfeirnod: ${reference}).`,
  unsent: (kind, when) => {
    const completed = when ? `a gwblhawyd am ${when}` : 'a gwblhawyd gennych';
    if (!Object.hasOwn(recordNames, kind)) {
      return `Heb ei anfon eto: mae’r ffurflen ${completed} yn cael ei chadw ar y ddyfais hon nes bydd eich system yn cadarnhau ei bod wedi’i chael.`;
    }
    return `Heb ei anfon eto: mae’r ${recordNames[kind]} ${completed} yn cael ei gadw ar y ddyfais hon nes bydd eich system yn cadarnhau ei fod wedi’i gael.`;
  },
};
