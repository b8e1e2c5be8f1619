// Only this entry: it registers <ot-outcome-report> and must bring its tag, its properties and its event into a host's types.
import '@otforms/elements/define/ot-outcome-report';

const report = document.createElement('ot-outcome-report');
report.period = 'quarter';
report.groupBy = (record) => record.assessor?.reference ?? null;
report.suppression = { threshold: 10, label: 'fewer than 10' };
report.addEventListener('ot-report-export', (event) => {
  event.preventDefault();
  console.info(event.detail.kind, event.detail.filename, event.detail.csv.length);
});
console.info(report.summary?.counts.episodes);
// @ts-expect-error a period is a month or a quarter
report.period = 'week';
