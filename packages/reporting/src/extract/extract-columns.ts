import type { EpisodeOutcomeRow } from '../episode-outcome-row.js';

/**
 * The person-level outcome data set as a flat table, one row per episode:
 * the columns of the CSV extract and of the Parquet file, with their types.
 * `docs/outcome-evidence.md` lists them; a test keeps the two equal.
 *
 * Types: `text`; `date` (an ISO date, YYYY-MM-DD); `decimal` (a float);
 * `integer`; `integer-list` (a list of whole numbers: `;`-separated in CSV).
 * Every column but `recordId` and the counts may be empty (null).
 */
export type ExtractColumnType = 'text' | 'date' | 'decimal' | 'integer' | 'integer-list';

export interface ExtractColumn {
  name: string;
  type: ExtractColumnType;
  description: string;
  /** Set on the two columns of each instrument: its id as in the records (the name has it made safe for SQL), and which total. */
  instrument?: { id: string; at: 'baseline' | 'discharge' };
}

/** The name of a fixed column (the same in every language: a machine's name for it). */
export type FixedExtractColumnName = (typeof EXTRACT_COLUMNS)[number]['name'];

type FixedField = Exclude<keyof EpisodeOutcomeRow, 'instruments'>;

const fixed = (name: FixedField, type: ExtractColumnType, description: string) => ({ name, type, description });

export const EXTRACT_COLUMNS = [
  fixed('recordId', 'text', 'The episode record’s id (a UUID).'),
  fixed('subjectReference', 'text', 'The host system’s reference to the person.'),
  fixed('requestDate', 'date', 'The date of the request for support.'),
  fixed('routeOfAccess', 'text', 'CLD Request Route of Access (Release 1 strings); empty when it is from another vocabulary.'),
  fixed('startedOn', 'date', 'The day the episode started.'),
  fixed('endedOn', 'date', 'The day it ended; empty while under way.'),
  fixed('serviceType', 'text', 'CLD Service Type (Release 2).'),
  fixed('serviceComponent', 'text', 'CLD Service Component (Release 2).'),
  fixed('endOutcome', 'text', 'CLD Event Outcome at the end (Release 2); empty when it is from another vocabulary.'),
  fixed('nextServiceType', 'text', 'The service open at the end, if any.'),
  fixed('nextServiceComponent', 'text', 'Its component, if recorded.'),
  fixed('ascof2aPlacement', 'text', 'ASCOF 2A 2023/24: numerator, denominator, excluded or unclassified; empty when not an ended ST-Max episode.'),
  fixed('ascof2aSequel', 'text', 'The sequel that decided the placement (Release 2 string).'),
  fixed('ascof2aDecidedBy', 'text', 'Which step decided it: deceased, admitted-to-hospital, next-service, end-outcome, equipment or none; end-outcome-not-cld when the end outcome is from another vocabulary.'),
  fixed('careHoursAtStart', 'decimal', 'Planned care hours a week at the start.'),
  fixed('careHoursAtEnd', 'decimal', 'Planned care hours a week at the end.'),
  fixed('careHoursChange', 'text', 'removed, reduced, maintained or increased; empty unless ended with hours at both ends.'),
  fixed('equipmentIssued', 'integer', 'Items of equipment issued.'),
  fixed('equipmentHeldAtEnd', 'integer', 'Items still held on the day the episode ended.'),
  fixed('minorAdaptations', 'integer', 'Minor adaptations (£1,000 or less).'),
  fixed('majorAdaptations', 'integer', 'Major adaptations (Disabled Facilities Grants).'),
  fixed('majorAdaptationDaysToComplete', 'integer-list', 'Days from recommendation to completion, one per completed major adaptation.'),
  fixed('gasBaselineTScore', 'decimal', 'Goal attainment T-score at the start.'),
  fixed('gasLatestTScore', 'decimal', 'T-score at the latest review.'),
  fixed('gasReviews', 'integer', 'Reviews of the goal plan.'),
  fixed('followUp84Status', 'text', 'What the latest 84-day follow-up found.'),
  fixed('followUp91Status', 'text', 'What the latest 91-day follow-up found.'),
] as const satisfies readonly ExtractColumn[];

/** Two columns per instrument seen, after the fixed ones: `<id>_baseline` and `<id>_discharge` (hyphens become underscores, for SQL). */
export function instrumentColumns(instrumentIds: Iterable<string>): ExtractColumn[] {
  return [...instrumentIds].flatMap((id) => [
    { name: `${columnSafe(id)}_baseline`, type: 'decimal' as const, description: `Total of ${id} at the latest baseline assessment.`, instrument: { id, at: 'baseline' as const } },
    { name: `${columnSafe(id)}_discharge`, type: 'decimal' as const, description: `Total of ${id} at the latest discharge assessment.`, instrument: { id, at: 'discharge' as const } },
  ]);
}

export function columnSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}

export type ExtractValue = string | number | number[] | null;

/** A row as a record from column name to value, with the instrument columns filled in. */
export function flattenRow(row: EpisodeOutcomeRow): Record<string, ExtractValue> {
  const { instruments, ...fields } = row;
  const flat: Record<string, ExtractValue> = { ...fields };
  for (const { instrumentId, baseline, discharge } of instruments) {
    flat[`${columnSafe(instrumentId)}_baseline`] = baseline;
    flat[`${columnSafe(instrumentId)}_discharge`] = discharge;
  }
  return flat;
}
