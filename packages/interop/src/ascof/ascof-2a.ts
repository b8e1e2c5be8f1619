import { isEquipmentHeldOn, type CldServiceComponent, type ReablementEpisode } from '@otforms/core';
import {
  ASCOF_2A_EQUIPMENT_SEQUEL,
  ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL,
  ascof2aDenominatorSequels,
  ascof2aNumeratorSequels,
  unclassifiableOutcomes,
} from './ascof-2a-sequels.js';

export { ASCOF_2A_EQUIPMENT_SEQUEL, ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL, ascof2aDenominatorSequels, ascof2aNumeratorSequels } from './ascof-2a-sequels.js';

/**
 * Where an ended ST-Max episode falls in ASCOF 2A (2023/24):
 * - `numerator`: in the denominator and the numerator (a success);
 * - `denominator`: in the denominator only (long term support, short term residential or nursing care);
 * - `excluded`: out of the measure (deceased, admitted to hospital, or a classified sequel on neither list);
 * - `unclassified`: no sequel could be classified; DHSC counts these apart, not in the denominator.
 */
export type Ascof2aPlacement = 'numerator' | 'denominator' | 'excluded' | 'unclassified';

/** Which step of the sequel order decided. */
export type Ascof2aDecidedBy = 'deceased' | 'admitted-to-hospital' | 'next-service' | 'end-outcome' | 'equipment' | 'none' | 'end-outcome-not-cld';

/** An episode's ASCOF 2A sequel; `sequel` is null exactly when `placement` is `unclassified`. */
export interface Ascof2aOutcome {
  sequel: string | null;
  decidedBy: Ascof2aDecidedBy;
  placement: Ascof2aPlacement;
}

/** DHSC names these two components when a short term service is a stay in a care home ([S63]). */
const residentialOrNursing: readonly CldServiceComponent[] = ['Short term residential care', 'Short term nursing care'];

/**
 * Whether ASCOF 2A looks at this episode at all: its service is
 * `Short term support: ST-Max`, whatever the component. DHSC's 2A code
 * selects ST-Max services by Service_Type alone ([S63]); it is ASCOF 2D that
 * also asks for the `Reablement` component ([S62]).
 */
export function isStMaxEpisode(episode: ReablementEpisode): boolean {
  return episode.serviceType === 'Short term support: ST-Max';
}

/**
 * The ASCOF 2A sequel of one ended ST-Max episode, and where it places the
 * episode. Null when the episode is out of scope: not ST-Max, or not ended.
 * The first step that gives an answer decides (domain brief §3.2, [S63]):
 *
 * 1. an end outcome of `NFA: Deceased`, then of `Admitted to hospital`: out of the measure;
 * 2. `nextService`, taken as open at or within 7 days of `endedOn` (the
 *    record holds no date for it): its Service_Type is the sequel;
 * 3. `endOutcome`, unless it is one DHSC cannot classify (`Continuation of
 *    support or services` or a `Progress to …`);
 * 4. equipment still held at the end (issued on or before `endedOn`, not
 *    returned by then): `Short term support: Ongoing low level`;
 * 5. otherwise unclassified.
 *
 * An ended episode whose end outcome is from another vocabulary
 * (`endOutcomeCoding`, not CLD) is unclassified, decided by
 * `end-outcome-not-cld`: the first step needs a CLD outcome, and a local one
 * that meant "died" or "went into hospital" cannot be told apart, so what
 * followed is not known to ASCOF 2A, an England measure.
 *
 * The record cannot tell whether the person was a new client (no long term
 * support in the 3 months before), which ASCOF 2A also asks: the host decides
 * which episodes to count.
 */
export function ascof2aOutcome(episode: ReablementEpisode): Ascof2aOutcome | null {
  const { endedOn, endOutcome } = episode;
  if (!endedOn || !isStMaxEpisode(episode)) return null;
  if (!endOutcome && episode.endOutcomeCoding) return { sequel: null, decidedBy: 'end-outcome-not-cld', placement: 'unclassified' };

  // DHSC takes a death from the person's date of death (on or within 7 days
  // of the end); the record's nearest evidence is the end outcome.
  if (endOutcome === 'NFA: Deceased') return { sequel: endOutcome, decidedBy: 'deceased', placement: 'excluded' };
  if (endOutcome === 'Admitted to hospital') return { sequel: endOutcome, decidedBy: 'admitted-to-hospital', placement: 'excluded' };

  const next = episode.nextService && nextServiceOutcome(episode.nextService);
  if (next) return next;

  if (endOutcome && !unclassifiableOutcomes.has(endOutcome)) return classified(endOutcome, 'end-outcome');

  // [S63]'s step 5 is "equipment provided during the reablement"; here only
  // equipment the person still has at the end counts. DHSC's code reads CLD
  // rows, not records, so a council's result can differ: see the README,
  // "ASCOF 2A (2023/24)".
  const held = episode.equipment.some((item) => isEquipmentHeldOn(item, endedOn));
  if (held) return classified(ASCOF_2A_EQUIPMENT_SEQUEL, 'equipment');

  return { sequel: null, decidedBy: 'none', placement: 'unclassified' };
}

/** The sequel a service open at the end gives, or undefined when it gives none and the next step decides. */
function nextServiceOutcome(next: NonNullable<ReablementEpisode['nextService']>): Ascof2aOutcome | undefined {
  // DHSC clusters ST-Max services no more than 7 days apart into one episode
  // ([S57][S62][S63]), so a next ST-Max service would extend this episode:
  // by DHSC's reckoning it has not ended, and nothing in this record says what
  // followed the longer episode.
  if (next.type === 'Short term support: ST-Max') return { sequel: null, decidedBy: 'next-service', placement: 'unclassified' };

  // Unpaid carer support is not a sequel. DHSC ranks only the person's own
  // service types (its #REF_Service_Type; "doesn't include support to
  // carers", [S63]), and CLD records carer support against the carer, whose
  // rows ASCOF 2A leaves out (it keeps Client_Type service user). So it says
  // nothing about whether this person needed ongoing support: the end outcome
  // decides instead.
  if (!(ascof2aDenominatorSequels as readonly string[]).includes(next.type)) return undefined;

  // Only "Other short term" care in a care home becomes DHSC's residential or
  // nursing sequel; any other type keeps its own name, since DHSC ranks the
  // type before the component ([S63], #Find_Top_Service).
  const careHome = next.type === 'Short term support: Other short term' && next.component !== undefined && residentialOrNursing.includes(next.component);
  return classified(careHome ? ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL : next.type, 'next-service');
}

function classified(sequel: string, decidedBy: Ascof2aDecidedBy): Ascof2aOutcome {
  return { sequel, decidedBy, placement: placementOf(sequel) };
}

function placementOf(sequel: string): Ascof2aPlacement {
  if ((ascof2aNumeratorSequels as readonly string[]).includes(sequel)) return 'numerator';
  if ((ascof2aDenominatorSequels as readonly string[]).includes(sequel)) return 'denominator';
  return 'excluded';
}
