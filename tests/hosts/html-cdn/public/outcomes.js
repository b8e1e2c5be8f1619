// The report page's own script, a file for `script-src 'self'` as
// assessment.js is.
import './reporting.js'; // registers <ot-outcome-report>, taking Lit and core from ./otforms.js

const report = document.querySelector('ot-outcome-report');
// Your key for each record (a team, a locality): here the team in the assessor's reference.
report.groupBy = (record) => record.assessor?.reference?.replace('PractitionerRole/fictional-', '') ?? null;
// Outcome records of any kind and version, from your store.
report.records = fictionalEpisodes();

/** Six FICTIONAL short-term reablement episodes: no real person, team or council. */
function fictionalEpisodes() {
  const asPlanned = 'NFA: Support ended as planned';
  return [
    episode(1, 'north', { endedOn: '2025-06-27', endOutcome: asPlanned, hours: [14, 0] }),
    episode(2, 'north', { endedOn: '2025-07-04', endOutcome: asPlanned, hours: [10, 3.5] }),
    episode(3, 'north', { endedOn: '2025-07-11', endOutcome: 'Admitted to hospital', hours: [21, 21] }),
    episode(4, 'south', { endedOn: '2025-06-20', endOutcome: asPlanned, hours: [7, 0] }),
    episode(5, 'south', { endedOn: '2025-07-18', endOutcome: 'Progress to support planning or services', hours: [14, 10.5] }),
    episode(6, 'south', { endedOn: '2025-08-01', endOutcome: asPlanned, hours: [3.5, 0] }),
  ];
}

function episode(n, team, { endedOn, endOutcome, hours }) {
  return {
    schemaVersion: 3,
    kind: 'episode',
    recordId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    subject: { reference: `Patient/fictional-${n}` },
    assessor: { reference: `PractitionerRole/fictional-${team}`, role: 'Occupational therapist' },
    startedAt: '2025-06-02T09:00:00.000Z',
    completedAt: `${endedOn}T16:00:00.000Z`,
    provenance: { generator: 'otforms', version: '0.1.0' },
    episode: {
      request: { date: '2025-06-01', routeOfAccess: 'Discharge from Hospital' },
      startedOn: '2025-06-02',
      endedOn,
      endOutcome,
      plannedHoursPerWeek: { atStart: hours[0], atEnd: hours[1] },
    },
    assessments: [],
  };
}
