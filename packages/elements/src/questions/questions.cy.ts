import type { Catalogue } from '../i18n/catalogue.js';
import { formatNumber, plural } from '../i18n/intl.js';

/**
 * Geiriau'r cwestiynau yn Gymraeg: the `questions` namespace in plain GOV.UK
 * Welsh. A question's label only ever follows a colon or "ar gyfer", so it is
 * never mutated. "Llun" (photo) after a numeral is singular, and soft-mutates
 * after two ("2 lun").
 */
const LOCALE = 'cy';
const n = (value: number) => formatNumber(LOCALE, value);

/** How a measurement's unit is read out in Welsh: the symbol is shown, the word is heard. */
const unitNames: Record<string, string> = { mm: 'milimetrau', cm: 'centimetrau', m: 'metrau', kg: 'cilogramau' };

const photos = (count: number) => plural(LOCALE, count, { one: '1 llun', two: '2 lun', other: `${n(count)} llun` });

export const questionsCy: Catalogue['questions'] = {
  unitName: (unit) => (Object.hasOwn(unitNames, unit) ? unitNames[unit]! : unit),
  seconds: 'eiliad',
  errorPrefix: 'Gwall:',
  yes: 'Ydy',
  no: 'Nac ydy',
  or: 'neu',
  notAssessed: 'Heb ei asesu',
  ownWords: 'Yng ngeiriau’r person ei hun: ysgrifennwch beth mae’n ei ddweud, fel mae’n ei ddweud.',

  takePhoto: 'Tynnu llun',
  choosePhoto: 'Dewis llun',
  photoAlt: (index, total, label) => `Llun ${n(index)} o ${n(total)} ar gyfer: ${label}`,
  // "Dileu", not "Tynnu": "Tynnu llun" is what takes a photo.
  removePhoto: (index) => `Dileu llun ${n(index)}`,
  photoLimit: (limit) =>
    plural(LOCALE, limit, {
      one: 'Rydych wedi ychwanegu’r un llun mae’r cwestiwn hwn yn ei gymryd. Dilëwch ef i ychwanegu un gwahanol.',
      other: `Rydych wedi ychwanegu ${photos(limit)}, y nifer fwyaf mae’r cwestiwn hwn yn ei gymryd. Dilëwch un i ychwanegu un arall.`,
    }),
  preparingPhoto: 'Wrthi’n paratoi’r llun. Gall hyn gymryd ychydig eiliadau.',
  photoAdded: (index) => `Llun ${n(index)} wedi’i ychwanegu.`,
  photoRemoved: (index) => `Llun ${n(index)} wedi’i ddileu.`,
  notAnImage: 'Rhaid i’r ffeil a ddewiswyd fod yn llun, fel JPG neu PNG',
  unreadableImage: 'Nid oedd modd darllen y llun a ddewiswyd. Rhowch gynnig arall arni, neu dewiswch lun gwahanol',
  tooManyChosen: (limit) =>
    plural(LOCALE, limit, {
      one: 'Dewiswch un llun. Nid yw’r lleill wedi’u hychwanegu',
      other: `Dewiswch hyd at ${photos(limit)}. Nid yw’r lleill wedi’u hychwanegu`,
    }),
};
