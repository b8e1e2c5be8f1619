/**
 * The parts each element exposes, so that an element rendering another of
 * ours forwards that one's parts with `exportparts`, and a host styles any
 * of them from the outermost element (`ot-episode::part(label)` reaches the
 * label of a question in the assessment inside the episode).
 *
 * Naming: a form's parts keep their names as they pass outwards, because a
 * label is a label wherever it sits and one rule should style them all. A
 * chart's parts are prefixed with the name of the part the chart itself is
 * (`chart-` in the goal plan, `summary-` in the episode), because a chart's
 * caption, legend and status are not the form's, and the summary's SVG
 * (`chart`) is not the goal plan's chart.
 *
 * Each list must match the `@csspart` tags of its element; a test in
 * tests/node/theming-docs.test.ts checks them against the manifest.
 */

/** `<ot-choice-question>`, `<ot-input-question>`, `<ot-checkboxes-question>`, `<ot-photo-question>`. */
export const questionParts = ['label', 'hint', 'error', 'control'] as const;

/** `<ot-gas-chart>`. */
export const gasChartParts = ['figure', 'caption', 'scale', 'legend', 't-score', 'status', 'figures'] as const;

/** `<ot-episode-summary>`. */
export const episodeSummaryParts = ['figure', 'caption', 'status', 'chart', 'legend', 'figures', 'table'] as const;

/** `<ot-assessment>`: its own, then its questions'. */
export const assessmentParts = ['error-summary', 'score', 'licence', 'button', 'running-score', ...questionParts] as const;

/** What `<ot-episode>` forwards of its assessments: all but the score so far, which the episode never asks them to show. */
export const episodeAssessmentParts = assessmentParts.filter((name) => name !== 'running-score');

/** `<ot-goal-plan>`: its own, its chart's (prefixed `chart-`), then its questions'. */
export const goalPlanParts = [
  'error-summary',
  'score',
  'chart',
  'button',
  ...gasChartParts.map((name) => `chart-${name}` as const),
  ...questionParts,
] as const;

/**
 * The value of `exportparts` that forwards `names` from a nested element:
 * as they are, or each renamed to `prefix` + its name.
 */
export function exportParts(names: readonly string[], prefix = ''): string {
  return names.map((name) => (prefix ? `${name}: ${prefix}${name}` : name)).join(', ');
}

/** `exportparts` for a question inside any of our forms: its parts, forwarded as they are. */
export const forwardedQuestionParts = exportParts(questionParts);
