/**
 * England's adult social care client level data (CLD): the Release 2 field
 * names as DHSC's code validates them, in the order of the domain brief's
 * field list (§3.1, [S54]). Every row carries every field, so a CSV written
 * from rows always has the same columns in the same order.
 */
export const CLD_COLUMNS = [
  // Submission information
  'LA_Code',
  'Reporting_Period_Start_Date',
  'Reporting_Period_End_Date',
  // Person details
  'NHS_Number',
  'LA_Person_Unique_Identifier',
  'GP_Practice_Code',
  'Gender',
  'Ethnicity',
  'Date_of_Birth',
  'Date_of_Death',
  'Client_Type',
  'Primary_Support_Reason',
  'Postcode',
  'Accommodation_Status',
  'Employment_Status',
  'Has_Unpaid_Carer',
  'Autism_Spectrum_Disorder_ASD',
  'Visual_Impairment',
  'Hearing_Impairment',
  'Dementia',
  'Client_Funding_Status',
  // Carers and linked service users
  'Total_Hrs_Caring_per_week',
  'No_of_adults_being_cared_for',
  'Adult_1_Linked_Person_ID',
  'Adult_2_Linked_Person_ID',
  'Adult_3_Linked_Person_ID',
  // Events (all)
  'Event_Type',
  'Event_Reference',
  'Event_Start_Date',
  'Event_End_Date',
  'Event_Description',
  'Event_Outcome',
  // Events (requests only)
  'Request_Route_of_Access',
  // Events (assessments only)
  'Assessment_Type',
  'Eligible_Needs_Identified',
  'Method_of_Assessment',
  // Events (services only)
  'Service_Type',
  'Service_Component',
  'Delivery_Mechanism',
  'Provider_CQC_Location_ID',
  // Events (reviews only)
  'Review_Reason',
  'Review_Outcomes_Achieved',
  'Method_of_Review',
  // Costs (services only)
  'Unit_Cost',
  'Cost_Frequency_Unit_Type',
  'Planned_units_per_week',
] as const;

export type CldField = (typeof CLD_COLUMNS)[number];

/** One CLD event row: every field present, an empty string when there is no value. */
export type CldRow = Record<CldField, string>;

export const CLD_EVENT_TYPES = ['Request', 'Assessment', 'Service', 'Review'] as const;
export type CldEventType = (typeof CLD_EVENT_TYPES)[number];

/** Client Type, Release 2 strings [S55]. */
export const cldClientTypes = ['Service user', 'Unpaid carer', 'Unpaid carer known by association'] as const;
export type CldClientType = (typeof cldClientTypes)[number];

/** A row with every field empty, in column order, with the given values filled in. */
export function cldRow(values: Partial<CldRow>): CldRow {
  const row = Object.fromEntries(CLD_COLUMNS.map((field) => [field, ''])) as CldRow;
  for (const field of CLD_COLUMNS) row[field] = values[field] ?? '';
  return row;
}
