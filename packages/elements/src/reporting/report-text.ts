import type { Catalogue } from '../i18n/catalogue.js';
import { reportFormat, type ReportFormat } from './report-format.js';

/** What the report's render functions are given to write with: the catalogue's words (`m`), its labels of CLD values (`vocabulary`) and its locale's number formats (`f`). */
export interface ReportText {
  readonly m: Catalogue['report'];
  readonly vocabulary: Catalogue['vocabulary'];
  readonly f: ReportFormat;
  readonly locale: string;
}

const texts = new WeakMap<Catalogue, ReportText>();

/** The same object while the catalogue is the same, so that a section guarded on it re-renders only when the language or the words change. */
export function reportText(t: Catalogue): ReportText {
  let text = texts.get(t);
  if (!text) texts.set(t, (text = { m: t.report, vocabulary: t.vocabulary, f: reportFormat(t.locale), locale: t.locale }));
  return text;
}
