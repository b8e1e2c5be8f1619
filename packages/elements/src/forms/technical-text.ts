import { html, type TemplateResult } from 'lit';

/**
 * Why something failed, as the code that failed said it (a schema's issue, a
 * thrown error): English whatever the interface's language, shown after the
 * catalogue's own words. Marked `lang="en-GB"` so that a screen reader on a
 * Welsh page reads it in English (WCAG 3.1.2), and `translate="no"` so that
 * a translation tool leaves it as the developer who reads it will search for it.
 */
export function technical(message: string): TemplateResult {
  return html`<span lang="en-GB" translate="no">${message}</span>`;
}
