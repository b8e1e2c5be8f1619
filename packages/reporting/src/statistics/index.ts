export { RunningStats, type RunningStatsState } from './running-stats.js';
export { studentTQuantile } from './student-t.js';
export { tInterval95, type Interval, type SampleSummary } from './t-interval.js';
export { CountingMedian, type CountingMedianState } from './counting-median.js';
