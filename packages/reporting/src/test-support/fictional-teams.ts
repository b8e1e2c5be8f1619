import type { OutcomeRecordInput } from '@otforms/core';
import type { SeededRandom } from './seeded-random.js';

/**
 * The fictional teams of the cohort. A record carries its team the way a
 * host system might: in the practitioner reference of `assessor.reference`,
 * for example `PractitionerRole/fictional-north-3` (the third OT of North),
 * which `fictionalTeam` reads back, for example as a `groupBy` in a demo.
 */
export const FICTIONAL_TEAMS: readonly string[] = ['North', 'South', 'East', 'West', 'Hospital discharge'];

export const HOSPITAL_DISCHARGE_TEAM = 'Hospital discharge';

/** The hospital discharge team sees the most people. */
const TEAM_WEIGHTS = FICTIONAL_TEAMS.map((team) => [team, team === HOSPITAL_DISCHARGE_TEAM ? 30 : 17.5] as const);
const OTS_PER_TEAM = 6;

const slugOf = (team: string) => team.toLowerCase().replaceAll(' ', '-');
const slugByTeam = new Map(FICTIONAL_TEAMS.map((team) => [team, slugOf(team)]));
const teamBySlug = new Map(FICTIONAL_TEAMS.map((team) => [slugOf(team), team]));
const REFERENCE = /^PractitionerRole\/fictional-([a-z-]+)-(\d+)$/;

/** A team, and the reference of one of its OTs. */
export function fictionalPractitioner(random: SeededRandom): { team: string; reference: string } {
  const team = random.weighted(TEAM_WEIGHTS);
  return { team, reference: `PractitionerRole/fictional-${slugByTeam.get(team)!}-${random.int(1, OTS_PER_TEAM)}` };
}

/** The team the fictional generator put in a record's `assessor.reference`; null for any other record. */
export function fictionalTeam(record: OutcomeRecordInput): string | null {
  const match = REFERENCE.exec(record.assessor?.reference ?? '');
  return (match && teamBySlug.get(match[1]!)) ?? null;
}
