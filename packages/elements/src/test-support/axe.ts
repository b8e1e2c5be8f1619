import 'axe-core';
import type { AxeResults } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

/** The WCAG 2.2 A and AA rules (axe tags every rule with the version that introduced it). */
const wcag22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with each violation's rule and targets; axe looks inside open shadow roots. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: wcag22 }, resultTypes: ['violations'] });
  const found = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
  if (found.length) throw new Error(`axe found ${found.length} violation(s):\n${found.join('\n')}`);
}
