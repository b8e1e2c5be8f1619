import type { CalendarWords } from './format-messages.js';

/** Welsh month names and list words, so Welsh dates read the same in every browser (see `CalendarWords`). */
export const calendarWordsCy: CalendarWords = {
  months: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
  shortMonths: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
  at: 'am',
  // "a" before a consonant; "ac" before a vowel is not worked out, so a list of Welsh words may want a reviewer's eye.
  and: 'a',
  or: 'neu',
};
