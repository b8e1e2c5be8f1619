import { isRealIsoDate, type CldEventOutcome, type CldServiceType, type EpisodeRecord, type OutcomeRecord } from '@otforms/core';
import { InteropError, type InteropIssue } from '../interop-error.js';
import { cldRow, type CldClientType, type CldRow } from './cld-columns.js';
import { englandDate } from './england-date.js';

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
}

/**
 * Library policy: an open service's outcome. CLD reports open services at
 * period end as "Provision of service" (R1), which DHSC maps to this Release 2
 * value (domain brief §3.1, [S51][S57]).
 */
export const OPEN_SERVICE_OUTCOME: CldEventOutcome = 'Continuation of support or services';

/**
 * Library policy: equipment is a `Service` row of this type. In ASCOF 2A
 * equipment delivered during ST-Max makes the sequel "Short term support:
 * Ongoing low level" (domain brief §3.1–3.2, [S63]), so the row says so too.
 */
export const EQUIPMENT_SERVICE_TYPE: CldServiceType = 'Short term support: Ongoing low level';

/** Library policy: returned equipment ended as planned (a loan ends when it is returned). */
export const RETURNED_EQUIPMENT_OUTCOME: CldEventOutcome = 'NFA: Support ended as planned';

/** The request and the baseline assessment both led to reablement (domain brief §3.1). */
const LED_TO_REABLEMENT: CldEventOutcome = 'Progress to reablement/ST-Max';

/**
 * The CLD event rows of one reablement episode, Release 2 strings, in event
 * order: Request, Assessment (the baseline assessments together), the
 * reablement Service, one Service per equipment item, and the end-of-
 * reablement Review once the episode has ended. Fields the record cannot
 * fill are empty strings.
 *
 * `Request_Route_of_Access` is written with the Release 1 strings the record
 * holds: they are the only route strings verified (domain brief §3.1); the
 * Release 2 strings are not known.
 *
 * Pass a validated record (`validateOutcomeRecord`); this does not re-check
 * it. Throws `InteropError` for a record that is not an episode, a missing
 * `laPersonId` or a malformed reporting period.
 */
export function toCldRows(record: OutcomeRecord, options: CldRowOptions): CldRow[] {
  const issues = checkInput(record, options);
  if (issues.length > 0 || record.kind !== 'episode') throw new InteropError(issues);

  const { recordId, episode } = record;
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

  rows.push(
    row({
      Event_Type: 'Request',
      Event_Reference: `${recordId}:request`,
      Event_Start_Date: episode.request.date,
      Event_End_Date: episode.request.date,
      Event_Description: 'Request for reablement',
      Event_Outcome: LED_TO_REABLEMENT,
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
        Event_Outcome: LED_TO_REABLEMENT,
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
      Event_Description: 'OT reablement',
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
        Event_Description: equipment.item,
        Event_Outcome: equipment.returnedOn ? RETURNED_EQUIPMENT_OUTCOME : OPEN_SERVICE_OUTCOME,
        Service_Type: EQUIPMENT_SERVICE_TYPE,
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
        Event_Description: 'End of reablement review',
        Event_Outcome: episode.endOutcome,
        Review_Reason: 'Review of short term support',
      }),
    );
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
    issues.push({ path: 'episode.endOutcome', message: 'An episode that has ended needs its end outcome' });
  }
  if (typeof unknownOptions?.laPersonId !== 'string' || unknownOptions.laPersonId.trim() === '') {
    issues.push({ path: 'options.laPersonId', message: 'Give the council’s identifier for the person (LA_Person_Unique_Identifier)' });
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

/** The baseline assessments as one CLD assessment: the first day one started to the last day one was completed. */
function baselineAssessment(record: EpisodeRecord): { start: string; end: string; description: string } | undefined {
  const baseline = record.assessments.filter((assessment) => assessment.timepoint === 'baseline').map((assessment) => assessment.record);
  if (baseline.length === 0) return undefined;
  const starts = baseline.map((assessment) => englandDate(assessment.startedAt)).sort();
  const ends = baseline.map((assessment) => englandDate(assessment.completedAt)).sort();
  const titles = [...new Set(baseline.map((assessment) => assessment.instrument.title))];
  return { start: starts[0]!, end: ends[ends.length - 1]!, description: `OT assessment: ${titles.join(', ')}` };
}
