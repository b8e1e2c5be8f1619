import type { AnswerProblem } from '@otforms/core';
import type { Catalogue } from '../i18n/catalogue.js';
import { formatNumber, plural } from '../i18n/intl.js';

/**
 * Problemau gydag atebion, yn Gymraeg: the `answers` namespace in plain GOV.UK
 * Welsh. Each message leads with the question's label and a colon, then says
 * what to do ("Symudedd: dewiswch ateb"), so a label is never put where Welsh
 * would mutate it, and no pronoun has to agree with its gender.
 */
const LOCALE = 'cy';
const n = (value: number) => formatNumber(LOCALE, value);

/** A size as a phone's storage screen shows it (decimal units, one decimal place), rounded up for what is held and down for the budget. */
function size(bytes: number, round: (value: number) => number): string {
  const [unit, scale] = bytes >= 1_000_000 ? ['MB', 1_000_000] : bytes >= 1000 ? ['kB', 1000] : ['beit', 1];
  const value = scale === 1 ? bytes : round((bytes / scale) * 10) / 10;
  return `${formatNumber(LOCALE, value, { maximumFractionDigits: 1 })} ${unit}`;
}

/** A limit with its unit: "400 mm", "30 eiliad". */
const withUnit = (limit: number, problem: { unit?: string | undefined; seconds?: true | undefined }) =>
  `${n(limit)}${problem.seconds ? ' eiliad' : problem.unit ? ` ${problem.unit}` : ''}`;

function describe(problem: AnswerProblem, label: string): string {
  switch (problem.kind) {
    case 'missing':
      switch (problem.answer) {
        case 'choice':
          return `${label}: dewiswch ateb`;
        case 'choices':
          return `${label}: dewiswch o leiaf un ateb`;
        case 'photo':
          return `${label}: ychwanegwch lun`;
        case 'value':
          return `${label}: rhowch ateb`;
      }
      return `${label}: rhowch ateb`;
    case 'unknown-option':
      return `${label}: dewiswch un o’r opsiynau`;
    case 'not-whole-number':
      return `${label}: rhowch rif cyfan`;
    case 'not-number':
      return `${label}: rhowch rif`;
    case 'not-seconds':
      return `${label}: rhowch nifer o eiliadau, fel 12.5`;
    case 'not-real-date':
      return `${label}: rhowch ddyddiad go iawn`;
    case 'decimal-places':
      return problem.max === 0
        ? `${label}: rhowch rif cyfan`
        : `${label}: rhowch rif â ${plural(LOCALE, problem.max, { one: '1 lle degol', two: '2 le degol', other: `${n(problem.max)} lle degol` })} neu lai`;
    case 'below-minimum':
      return `${label}: rhowch ${withUnit(problem.limit, problem)} neu fwy`;
    case 'above-maximum':
      return `${label}: rhowch ${withUnit(problem.limit, problem)} neu lai`;
    case 'too-few-selected':
      return `${label}: dewiswch o leiaf ${n(problem.min)} ateb`;
    case 'too-many-selected':
      return `${label}: dewiswch ddim mwy na ${n(problem.max)} ateb`;
    case 'too-long':
      return `${label}: rhaid i’r ateb fod yn ${plural(LOCALE, problem.maxLength, { one: '1 nod', two: '2 nod', other: `${n(problem.maxLength)} nod` })} neu lai`;
    case 'too-few-entries':
      return `${label}: ychwanegwch o leiaf ${n(problem.min)}`;
    case 'too-many-entries':
      return `${label}: ychwanegwch ddim mwy na ${n(problem.max)}`;
    case 'unreadable-photo':
      return `${label}: nid oedd modd darllen llun; ychwanegwch ef eto`;
    case 'too-many-photos':
      return `${label}: ychwanegwch ddim mwy na ${plural(LOCALE, problem.max, { one: '1 llun', two: '2 lun', other: `${n(problem.max)} llun` })}`;
    case 'photos-too-large':
      return `Mae’r lluniau’n rhy fawr i’w cadw gyda’r cofnod hwn (${size(problem.totalBytes, Math.ceil)} o ${size(problem.budgetBytes, Math.floor)}). Dilëwch lun.`;
  }
}

export const answersCy: Catalogue['answers'] = {
  problem: describe,
  inEntry: (entryLabel, entry, text) => `${entryLabel} ${n(entry + 1)}: ${text}`,
};
