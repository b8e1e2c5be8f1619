import type { EpisodeVocabulary, ReablementEpisodeInput } from '@otforms/core';
import { placeChoice } from './episode-vocabulary.js';

/**
 * The episode while it is being written: every field as the person typed it,
 * so nothing they entered is lost or changed before they continue, and lists
 * of rows for what can be repeated. `toEpisodeInput` turns it into the core
 * episode; its problems are found by `episode-errors.ts`.
 */
export interface EpisodeDraft {
  request: { date: string; routeOfAccess: string; referrer: string; reason: string; hospitalDischargeDate: string; dischargePathway: string };
  startedOn: string;
  hoursAtStart: string;
  hoursAtEnd: string;
  equipment: { item: string; issuedOn: string; returnedOn: string; recycled: string }[];
  minorAdaptations: { description: string; completedOn: string; cost: string }[];
  majorAdaptations: { description: string; recommendedOn: string; appliedOn: string; decidedOn: string; completedOn: string; amount: string }[];
  advice: { text: string }[];
  endedOn: string;
  endOutcome: string;
  nextServiceType: string;
  nextServiceComponent: string;
  followUp: { kind: string; date: string; status: string }[];
}

/** A single field of the draft, named by its path. */
export type EpisodeField =
  | `request.${keyof EpisodeDraft['request']}`
  | 'startedOn'
  | 'hoursAtStart'
  | 'hoursAtEnd'
  | 'endedOn'
  | 'endOutcome'
  | 'nextServiceType'
  | 'nextServiceComponent';

/** The lists of rows, and each one's fields. */
export interface EpisodeRows {
  equipment: keyof EpisodeDraft['equipment'][number];
  minorAdaptations: keyof EpisodeDraft['minorAdaptations'][number];
  majorAdaptations: keyof EpisodeDraft['majorAdaptations'][number];
  advice: keyof EpisodeDraft['advice'][number];
  followUp: keyof EpisodeDraft['followUp'][number];
}
export type EpisodeList = keyof EpisodeRows;

/**
 * Each list's row fields, in the order a page shows them: a new row starts
 * with every one blank, and its first field is where a person starts typing.
 */
export const episodeRowFields = {
  equipment: ['item', 'issuedOn', 'returnedOn', 'recycled'],
  minorAdaptations: ['description', 'completedOn', 'cost'],
  majorAdaptations: ['description', 'recommendedOn', 'appliedOn', 'decidedOn', 'completedOn', 'amount'],
  advice: ['text'],
  followUp: ['kind', 'date', 'status'],
} as const satisfies { [List in EpisodeList]: readonly EpisodeRows[List][] };

const emptyRow = <List extends EpisodeList>(list: List) =>
  Object.fromEntries(episodeRowFields[list].map((field) => [field, ''])) as EpisodeDraft[List][number];

export function emptyDraft(): EpisodeDraft {
  return {
    request: { date: '', routeOfAccess: '', referrer: '', reason: '', hospitalDischargeDate: '', dischargePathway: '' },
    startedOn: '',
    hoursAtStart: '',
    hoursAtEnd: '',
    equipment: [],
    minorAdaptations: [],
    majorAdaptations: [],
    advice: [],
    endedOn: '',
    endOutcome: '',
    nextServiceType: '',
    nextServiceComponent: '',
    followUp: [],
  };
}

export function setField(draft: EpisodeDraft, field: EpisodeField, value: string): EpisodeDraft {
  if (field.startsWith('request.')) {
    const key = field.slice('request.'.length) as keyof EpisodeDraft['request'];
    return key in draft.request ? { ...draft, request: { ...draft.request, [key]: value } } : draft;
  }
  return field in draft ? { ...draft, [field]: value } : draft;
}

export function addRow(draft: EpisodeDraft, list: EpisodeList): EpisodeDraft {
  return { ...draft, [list]: [...draft[list], emptyRow(list)] };
}

export function removeRow(draft: EpisodeDraft, list: EpisodeList, index: number): EpisodeDraft {
  return { ...draft, [list]: draft[list].filter((_row, at) => at !== index) };
}

export function setRow<List extends EpisodeList>(draft: EpisodeDraft, list: List, index: number, field: EpisodeRows[List], value: string): EpisodeDraft {
  const rows = draft[list] as Record<string, string>[];
  if (!rows[index] || !(field in rows[index])) return draft;
  return { ...draft, [list]: rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)) };
}

/** A number as people write amounts: "£1,250.50", " 10.5 ". Anything else is kept as text for the errors to name. */
export function readAmount(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const plain = trimmed.replace(/^£/, '').replace(/,(?=\d{3}\b)/g, '');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : trimmed;
}

const present = <T extends Record<string, unknown>>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== '')) as Partial<T>;
const optionalText = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The draft as the core episode. Blank fields are left out, amounts are read
 * as numbers, and what cannot be read is passed on unchanged so that the
 * schema reports it at its path: nothing is silently dropped. The route of
 * access and the end outcome go where the vocabulary says (England's CLD
 * unless another is given: see `episode-vocabulary.ts`).
 */
export function toEpisodeInput(draft: EpisodeDraft, vocabulary?: EpisodeVocabulary): ReablementEpisodeInput {
  const { request } = draft;
  const route = placeChoice(optionalText(request.routeOfAccess), 'request.routeOfAccess', vocabulary);
  const outcome = placeChoice(optionalText(draft.endOutcome), 'endOutcome', vocabulary);
  const nextService = present({ type: optionalText(draft.nextServiceType), component: optionalText(draft.nextServiceComponent) });
  return present({
    request: present({
      date: request.date,
      routeOfAccess: route.cld,
      routeOfAccessCoding: route.coding,
      referrer: optionalText(request.referrer),
      reason: optionalText(request.reason),
      hospitalDischargeDate: request.hospitalDischargeDate,
      dischargePathway: optionalText(request.dischargePathway),
    }),
    startedOn: draft.startedOn,
    endedOn: draft.endedOn,
    plannedHoursPerWeek: present({ atStart: readAmount(draft.hoursAtStart), atEnd: readAmount(draft.hoursAtEnd) }),
    equipment: draft.equipment.map((row) =>
      present({ item: row.item, issuedOn: row.issuedOn, returnedOn: row.returnedOn, recycled: row.recycled === '' ? undefined : row.recycled === 'yes' }),
    ),
    minorAdaptations: draft.minorAdaptations.map((row) => present({ description: row.description, completedOn: row.completedOn, cost: readAmount(row.cost) })),
    majorAdaptations: draft.majorAdaptations.map((row) =>
      present({
        description: row.description,
        recommendedOn: row.recommendedOn,
        appliedOn: row.appliedOn,
        decidedOn: row.decidedOn,
        completedOn: row.completedOn,
        amount: readAmount(row.amount),
      }),
    ),
    advice: draft.advice.map((row) => row.text),
    endOutcome: outcome.cld,
    endOutcomeCoding: outcome.coding,
    ...(Object.keys(nextService).length ? { nextService } : {}),
    followUp: draft.followUp.map((row) => present({ kind: row.kind, date: row.date, status: row.status })),
  }) as ReablementEpisodeInput;
}
