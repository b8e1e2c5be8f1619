import { InteropError } from '../interop-error.js';
import type { CldEventType, CldField, CldRow } from './cld-columns.js';
import {
  assessmentTypeToR1,
  clientTypeToR1,
  eventOutcomeToR1,
  reviewReasonToR1,
  serviceComponentToR1,
  serviceTypeToR1,
  type ReleaseOneMapping,
} from './release-one-tables.js';

/** A value that could not be written in Release 1, and why. */
export interface UnmappedCldValue {
  eventReference: string;
  field: CldField;
  /** The Release 2 value, which the returned row leaves empty. */
  value: string;
  reason: string;
}

export interface ReleaseOneResult {
  rows: CldRow[];
  /** Every value that has no known Release 1 string, row by row; empty when all mapped. */
  unmapped: UnmappedCldValue[];
}

export interface ReleaseOneOptions {
  /** Throw an `InteropError` listing every unmapped value instead of returning them (default false). */
  strict?: boolean;
}

const tables: readonly [CldField, Readonly<Record<string, ReleaseOneMapping>>][] = [
  ['Client_Type', clientTypeToR1],
  ['Event_Outcome', eventOutcomeToR1],
  ['Assessment_Type', assessmentTypeToR1],
  ['Service_Type', serviceTypeToR1],
  ['Service_Component', serviceComponentToR1],
  ['Review_Reason', reviewReasonToR1],
];

/**
 * The same rows with their coded values in Release 1 strings, for a council
 * not yet submitting Release 2. A value with no known Release 1 string is
 * left empty in its row (so a file cannot pass as Release 1 while carrying a
 * Release 2 string) and listed in `unmapped` with the reason; fix those by
 * hand before submitting. Empty values stay empty.
 *
 * Field names are kept: the brief gives only the Release 2 names.
 * `Request_Route_of_Access` already holds Release 1 strings and is kept.
 * Service Component strings are Interweave's R1 labels (exact R1 strings
 * UNVERIFIED, domain brief §3.1).
 */
export function toReleaseOneRows(rows: readonly CldRow[], options: ReleaseOneOptions = {}): ReleaseOneResult {
  const unmapped: UnmappedCldValue[] = [];
  const mapped = rows.map((row) => {
    const next: CldRow = { ...row };
    for (const [field, table] of tables) {
      const value = row[field];
      if (value === '') continue;
      const result = releaseOneValue(table, value, row.Event_Type);
      next[field] = 'r1' in result ? result.r1 : '';
      if ('unmapped' in result) unmapped.push({ eventReference: row.Event_Reference, field, value, reason: result.unmapped });
    }
    return next;
  });
  if (options.strict && unmapped.length > 0) {
    throw new InteropError(
      unmapped.map((item) => ({ path: `${item.eventReference} ${item.field}`, message: `"${item.value}" has no Release 1 string: ${item.reason}` })),
    );
  }
  return { rows: mapped, unmapped };
}

function releaseOneValue(table: Readonly<Record<string, ReleaseOneMapping>>, value: string, eventType: string): { r1: string } | { unmapped: string } {
  const mapping = Object.hasOwn(table, value) ? table[value] : undefined;
  if (!mapping) return { unmapped: 'Not a Release 2 value this mapper knows' };
  if (!('byEventType' in mapping)) return mapping;
  const r1 = mapping.byEventType[eventType as CldEventType];
  return r1 ? { r1 } : { unmapped: `The domain brief gives a Release 1 equivalent only for ${Object.keys(mapping.byEventType).join(' and ')} events` };
}
