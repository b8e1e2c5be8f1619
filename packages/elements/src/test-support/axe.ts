import 'axe-core';
import type { AxeResults } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

/** The WCAG 2.2 A and AA rules (axe tags every rule with the version that introduced it). */
const wcag22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails with each violation's rule and targets; axe looks inside open shadow
 * roots. An element in another document (a page in an iframe) is checked by
 * an axe loaded into that page.
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await (await axeFor(element)).run(element, { runOnly: { type: 'tag', values: wcag22 }, resultTypes: ['violations'] });
  const found = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
  if (found.length) throw new Error(`axe found ${found.length} violation(s):\n${found.join('\n')}`);
}

async function axeFor(element: Element): Promise<Window['axe']> {
  const view = element.ownerDocument.defaultView as (Window & { axe?: Window['axe'] }) | null;
  if (!view || view === window) return window.axe;
  if (!view.axe) {
    // The same axe-core file as this page's, served by the test server, so both documents are checked by one version.
    const script = element.ownerDocument.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    element.ownerDocument.head.append(script);
  }
  return view.axe!;
}
