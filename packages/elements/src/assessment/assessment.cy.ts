import type { Catalogue } from '../i18n/catalogue.js';
import { formatNumber, plural } from '../i18n/intl.js';

/**
 * Geiriau `<ot-assessment>` yn Gymraeg: the `assessment` namespace in plain
 * GOV.UK Welsh. Numbers are digits followed by the singular noun ("3 cwestiwn"),
 * as Welsh does after a numeral. No message puts a label, an entry label or a
 * holder's name where Welsh would mutate it: they follow a colon, or stand
 * where no mutation falls.
 */
const LOCALE = 'cy';
const n = (value: number) => formatNumber(LOCALE, value);

/** "3 chwestiwn": the noun after a numeral is singular, and mutates after two (soft), three and six (aspirate). */
const questions = (count: number) =>
  plural(LOCALE, count, { one: '1 cwestiwn', two: '2 gwestiwn', few: '3 chwestiwn', many: '6 chwestiwn', other: `${n(count)} cwestiwn` });

/** A language's name in Welsh, for the notice; Welsh names English itself, as the one it will nearly always be. */
const languageName = (tag: string) => {
  const language = tag.split('-')[0]?.toLowerCase() ?? tag;
  return language === 'en' ? 'Saesneg' : (new Intl.DisplayNames([LOCALE], { type: 'language' }).of(language) ?? tag);
};

export const assessmentCy: Catalogue['assessment'] = {
  continue: 'Parhau',
  remove: 'Dileu',
  entryName: (entryLabel, number) => `${entryLabel} ${n(number)}`,
  addFirst: (entry) => `Ychwanegu: ${entry}`,
  addAnother: (entry) => `Ychwanegu un arall: ${entry}`,
  entryLimit: (limit, entry) => `Gallwch ychwanegu hyd at ${n(limit)} (${entry}).`,
  back: 'Yn ôl',
  progress: (current, total) => `Adran ${n(current)} o ${n(total)}`,
  errorSummaryTitle: 'Mae problem',
  checkAnswersTitle: 'Gwirio’ch atebion',
  change: 'Newid',
  submit: 'Cwblhau’r asesiad',
  scoreTitle: 'Sgôr',
  outOf: (value, max) => `${value} allan o ${max}`,
  runningScore: (sum, max, unanswered) =>
    `Sgôr hyd yma: ${n(sum)}${max === null ? '' : ` allan o ${n(max)}`}` +
    (unanswered ? ` (${questions(unanswered)} ${plural(LOCALE, unanswered, { one: 'wedi’i sgorio heb ei ateb eto', other: 'wedi’u sgorio heb eu hateb eto' })})` : ''),
  noTotal: (count, labels) =>
    plural(LOCALE, count, {
      one: `Dim cyfanswm: ni chafodd 1 cwestiwn ei ateb neu ei asesu (${labels}).`,
      other: `Dim cyfanswm: ni chafodd ${questions(count)} eu hateb neu eu hasesu (${labels}).`,
    }),
  incompleteWarning: (count) =>
    plural(LOCALE, count, {
      one: 'Nid oes ateb i 1 cwestiwn sy’n cael ei sgorio, felly bydd y cofnod yn cael ei gadw fel un anghyflawn.',
      other: `Nid oes ateb i ${questions(count)} sy’n cael eu sgorio, felly bydd y cofnod yn cael ei gadw fel un anghyflawn.`,
    }),
  noTotalBecause: 'Dim cyfanswm:',
  notScored: 'Heb ei sgorio',
  yes: 'Ydy',
  no: 'Nac ydy',
  prorated: 'Amcangyfrif o’r cwestiynau a atebwyd, fel mae’r offeryn yn ei ganiatáu.',
  completedTitle: 'Asesiad wedi’i gwblhau',
  completedBody: 'Mae’r cofnod canlyniad wedi’i drosglwyddo i’r system rydych chi’n ei defnyddio.',
  recordId: 'Cyfeirnod y cofnod',
  licenceTitle: 'Trwydded',
  commercialUse: (holder) => `Mae angen caniatâd i’w ddefnyddio’n fasnachol. Deiliad: ${holder}.`,
  translationTitle: 'Cyfieithiad',
  invalidDefinitionTitle: 'Nid oes modd dangos yr asesiad hwn',
  invalidDefinitionBody: 'Mae’r problemau hyn yn y diffiniad o’r offeryn a roddwyd iddo:',
  loading: 'Wrthi’n llwytho’r asesiad',
  formIncomplete: 'Cwblhewch yr asesiad cyn cyflwyno’r ffurflen',
  warningPrefix: 'Rhybudd',
  inSourceLanguage: (language) =>
    `Nid oes fersiwn Gymraeg o’r asesiad hwn y gellir ei defnyddio, felly mae ei gwestiynau yn ${languageName(language)}.`,

  notAssessed: 'Heb ei asesu',
  notAnswered: 'Heb ei ateb',
  noneAdded: 'Dim wedi’u hychwanegu',
  // After a numeral the noun stays singular; "eiliad" does not mutate after 2 (dwy eiliad), 3 or 6.
  seconds: (seconds) => `${seconds} eiliad`,
  photos: (count) => plural(LOCALE, count, { zero: 'Dim lluniau', one: '1 llun', two: '2 lun', other: `${n(count)} llun` }),
  entrySummary: (entryName, first, details) => `${entryName}: ${first}${details.length ? ` (${details.join(', ')})` : ''}`,
  entryDetail: (label, answer) => `${label}: ${answer}`,
};
