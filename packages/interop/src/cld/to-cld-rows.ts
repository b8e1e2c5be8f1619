import { cldServiceTypes, englandDate, isRealIsoDate, type CldEventOutcome, type CldServiceType, type EpisodeRecord, type OutcomeRecord } from '@otforms/core';
import { ASCOF_2A_EQUIPMENT_SEQUEL, isStMaxEpisode } from '../ascof/ascof-2a.js';
import { InteropError, type InteropIssue } from '../interop-error.js';
import { cldRow, type CldClientType, type CldRow } from './cld-columns.js';

/** What a CLD return needs that an episode record does not carry. */
export interface CldRowOptions {
  /** The council's own identifier for the person → `LA_Person_Unique_Identifier`. Required. */
  laPersonId: string;
  /** → `NHS_Number`, written as given. */
  nhsNumber?: string;
  /** The council's code → `LA_Code`. */
  laCode?: string;
  /** The return's period → `Reporting_Period_Start_Date` / `_End_Date` (YYYY-MM-DD). */
  reportingPeriod?: { start: string; end: string };
  /** → `Client_Type` (Release 2 strings); left empty when not given. */
  clientType?: CldClientType;
  /**
   * → equipment rows' `Service_Type` (default `EQUIPMENT_SERVICE_TYPE`). In
   * ASCOF 2A an equipment row open at, or within 7 days of, the end of ST-Max
   * becomes the episode's sequel, ahead of the episode's own outcome: see the
   * README before changing or keeping it.
   */
  equipmentServiceType?: CldServiceType;
  /**
   * Writes an equipment item's `Event_Description`. By default every
   * equipment row says `Equipment`: item names can be health information
   * ("Commode – incontinence") that a statistical return does not need.
   */
  describeEquipment?: (item: string) => string;
}

/**
 * Library policy: an open service's outcome. CLD reports open services at
 * period end as "Provision of service" (R1), which DHSC maps to this Release 2
 * value (domain brief §3.1, [S51][S57]).
 */
export const OPEN_SERVICE_OUTCOME: CldEventOutcome = 'Continuation of support or services';

/**
 * Library policy, the default of `equipmentServiceType`: equipment is a
 * `Service` row of this type, as SALT treated equipment as ongoing low level
 * support; it is ASCOF 2A's own equipment sequel (`ASCOF_2A_EQUIPMENT_SEQUEL`,
 * domain brief §3.1–3.2, [S63]). Because ASCOF 2A takes a service open at or
 * within 7 days of the ST-Max end as the sequel before the episode's
 * concluding outcome, an open equipment row of this type makes the episode a
 * numerator success whatever its `endOutcome` (only a death within 7 days,
 * `Admitted to hospital` or a higher-ranked service such as long term
 * support come first).
 */
export const EQUIPMENT_SERVICE_TYPE: CldServiceType = ASCOF_2A_EQUIPMENT_SEQUEL;

/** Library policy: returned equipment ended as planned (a loan ends when it is returned). */
export const RETURNED_EQUIPMENT_OUTCOME: CldEventOutcome = 'NFA: Support ended as planned';

/** `Event_Description` of an equipment row unless `describeEquipment` is given. */
const EQUIPMENT_DESCRIPTION = 'Equipment';

/**
 * What the request and the baseline assessment led to: reablement/ST-Max for
 * an ST-Max service (`isStMaxEpisode`, the test ASCOF 2A applies, [S63]); the
 * record allows any other service, and then they led to support planning or
 * services.
 */
function ledTo(stMax: boolean): CldEventOutcome {
  return stMax ? 'Progress to reablement/ST-Max' : 'Progress to support planning or services';
}

/**
 * The CLD event rows of one reablement episode, Release 2 strings, in event
 * order: Request, Assessment (the baseline assessments together), the
 * reablement Service, one Service per equipment item, and, once the episode
 * has ended, the end-of-reablement Review and a Service for `nextService`
 * (open from `endedOn`, `${recordId}:service:next`). Fields the record cannot
 * fill are empty strings. An episode whose service is not
 * `Short term support: ST-Max` is written as short term support, not
 * reablement.
 *
 * The next service's row matters to ASCOF 2A: DHSC takes a service open at,
 * or within 7 days of, the ST-Max end as the episode's sequel ([S63]). It is
 * written only for an ended episode, since its start is the episode's end.
 * `ascof2aOutcome` reads the same sequel from the record.
 *
 * `Request_Route_of_Access` is written with the Release 1 strings the record
 * holds: they are the only route strings verified (domain brief §3.1); the
 * Release 2 strings are not known.
 *
 * A route of access or end outcome from another vocabulary (the record's
 * `routeOfAccessCoding` / `endOutcomeCoding`, a Scottish council's, say) is
 * not a CLD value and is never written as one: the route is left empty, and
 * an ended episode whose end outcome is such a coding cannot be returned (a
 * Service and Review row need a CLD Event Outcome), so it is reported.
 *
 * Pass a validated record (`validateOutcomeRecord`); this does not re-check
 * it. Throws `InteropError` for a record that is not an episode, a missing
 * `laPersonId` or a malformed reporting period.
 */
export function toCldRows(record: OutcomeRecord, options: CldRowOptions): CldRow[] {
  const issues = checkInput(record, options);
  if (issues.length > 0 || record.kind !== 'episode') throw new InteropError(issues);

  const { recordId, episode } = record;
  const stMax = isStMaxEpisode(episode);
  const support = stMax ? 'reablement' : 'short term support';
  const describeEquipment = options.describeEquipment ?? (() => EQUIPMENT_DESCRIPTION);
  const person: Partial<CldRow> = {
    LA_Code: options.laCode ?? '',
    Reporting_Period_Start_Date: options.reportingPeriod?.start ?? '',
    Reporting_Period_End_Date: options.reportingPeriod?.end ?? '',
    NHS_Number: options.nhsNumber ?? '',
    LA_Person_Unique_Identifier: options.laPersonId,
    Client_Type: options.clientType ?? '',
  };
  const row = (values: Partial<CldRow>) => cldRow({ ...person, ...values });
  const rows: CldRow[] = [];
  // A home visit's recommendations (record.homeVisit) write no row: CLD counts
  // services provided, and what was provided is recorded in the episode itself
  // (its equipment, adaptations and services below), not at the recommendation.

  rows.push(
    row({
      Event_Type: 'Request',
      Event_Reference: `${recordId}:request`,
      Event_Start_Date: episode.request.date,
      Event_End_Date: episode.request.date,
      Event_Description: `Request for ${support}`,
      Event_Outcome: ledTo(stMax),
      Request_Route_of_Access: episode.request.routeOfAccess ?? '',
    }),
  );

  const baseline = baselineAssessment(record);
  if (baseline) {
    rows.push(
      row({
        Event_Type: 'Assessment',
        Event_Reference: `${recordId}:assessment:baseline`,
        Event_Start_Date: baseline.start,
        Event_End_Date: baseline.end,
        Event_Description: baseline.description,
        Event_Outcome: ledTo(stMax),
        Assessment_Type: 'Short term assessment',
      }),
    );
  }

  rows.push(
    row({
      Event_Type: 'Service',
      Event_Reference: `${recordId}:service:reablement`,
      Event_Start_Date: episode.startedOn,
      Event_End_Date: episode.endedOn ?? '',
      Event_Description: `OT ${support}`,
      Event_Outcome: episode.endedOn ? episode.endOutcome : OPEN_SERVICE_OUTCOME,
      Service_Type: episode.serviceType,
      Service_Component: episode.serviceComponent,
    }),
  );

  episode.equipment.forEach((equipment, index) => {
    rows.push(
      row({
        Event_Type: 'Service',
        Event_Reference: `${recordId}:service:equipment:${index}`,
        Event_Start_Date: equipment.issuedOn,
        Event_End_Date: equipment.returnedOn ?? '',
        Event_Description: equipmentDescription(describeEquipment, equipment.item, index),
        Event_Outcome: equipment.returnedOn ? RETURNED_EQUIPMENT_OUTCOME : OPEN_SERVICE_OUTCOME,
        Service_Type: options.equipmentServiceType ?? EQUIPMENT_SERVICE_TYPE,
        Service_Component: 'Equipment',
      }),
    );
  });

  if (episode.endedOn) {
    rows.push(
      row({
        Event_Type: 'Review',
        Event_Reference: `${recordId}:review`,
        Event_Start_Date: episode.endedOn,
        Event_End_Date: episode.endedOn,
        Event_Description: `End of ${support} review`,
        Event_Outcome: episode.endOutcome,
        Review_Reason: 'Review of short term support',
      }),
    );
    if (episode.nextService) {
      rows.push(
        row({
          Event_Type: 'Service',
          Event_Reference: `${recordId}:service:next`,
          Event_Start_Date: episode.endedOn,
          Event_End_Date: '',
          Event_Description: `Service after ${support}`,
          Event_Outcome: OPEN_SERVICE_OUTCOME,
          Service_Type: episode.nextService.type,
          Service_Component: episode.nextService.component ?? '',
        }),
      );
    }
  }
  return rows;
}

function checkInput(record: OutcomeRecord, options: CldRowOptions): InteropIssue[] {
  const issues: InteropIssue[] = [];
  // Callers in plain JavaScript can pass anything, so the checks do not trust the types.
  const unknownOptions = options as Partial<CldRowOptions> | undefined;
  if (record?.kind !== 'episode') {
    issues.push({ path: 'kind', message: `CLD rows come from an episode record, not ${record?.kind ? `a record of kind "${record.kind}"` : 'this value'}` });
  } else if (record.episode.endedOn && !record.episode.endOutcome) {
    const local = record.episode.endOutcomeCoding;
    issues.push(
      local
        ? {
            path: 'episode.endOutcomeCoding',
            message: `The end outcome "${local.code}" is from ${local.system}, not England's CLD: a CLD return needs a CLD Event Outcome, and a local one is never written as one`,
          }
        : { path: 'episode.endOutcome', message: 'An episode that has ended needs its end outcome' },
    );
  }
  if (typeof unknownOptions?.laPersonId !== 'string' || unknownOptions.laPersonId.trim() === '') {
    issues.push({ path: 'options.laPersonId', message: 'Give the council’s identifier for the person (LA_Person_Unique_Identifier)' });
  }
  const serviceType = unknownOptions?.equipmentServiceType;
  if (serviceType !== undefined && !(cldServiceTypes as readonly unknown[]).includes(serviceType)) {
    issues.push({ path: 'options.equipmentServiceType', message: 'Give a CLD Release 2 Service_Type' });
  }
  if (unknownOptions?.describeEquipment !== undefined && typeof unknownOptions.describeEquipment !== 'function') {
    issues.push({ path: 'options.describeEquipment', message: 'Give a function from the item to its description' });
  }
  const period = unknownOptions?.reportingPeriod;
  if (period) {
    for (const end of ['start', 'end'] as const) {
      if (!isRealIsoDate(period[end])) issues.push({ path: `options.reportingPeriod.${end}`, message: 'Enter a real date as YYYY-MM-DD' });
    }
    if (isRealIsoDate(period.start) && isRealIsoDate(period.end) && period.end < period.start) {
      issues.push({ path: 'options.reportingPeriod.end', message: 'The reporting period must end on or after its start' });
    }
  }
  return issues;
}

function equipmentDescription(describe: (item: string) => string, item: string, index: number): string {
  const description: unknown = describe(item);
  if (typeof description !== 'string') {
    throw new InteropError([{ path: 'options.describeEquipment', message: `Return a string (equipment ${index} gave ${typeof description})` }]);
  }
  return description;
}

/** The baseline assessments as one CLD assessment: the first day one started to the last day one was completed. */
function baselineAssessment(record: EpisodeRecord): { start: string; end: string; description: string } | undefined {
  const baseline = record.assessments.filter((assessment) => assessment.timepoint === 'baseline').map((assessment) => assessment.record);
  if (baseline.length === 0) return undefined;
  const starts = baseline.map((assessment) => englandDate(assessment.startedAt)).sort();
  const ends = baseline.map((assessment) => englandDate(assessment.completedAt)).sort();
  const titles = [...new Set(baseline.map((assessment) => assessment.instrument.title))];
  return { start: starts[0]!, end: ends[ends.length - 1]!, description: `OT assessment: ${titles.join(', ')}` };
}
