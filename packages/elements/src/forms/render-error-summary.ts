import { html, nothing, type TemplateResult } from 'lit';

/** What a form's error summary needs: its title, where each error's link goes, and how to move focus there. */
export interface ErrorSummaryOptions<E> {
  title: string;
  targetId(error: E): string;
  /** What the link says; the error's `message` (core's English) unless given, so a form can say it in the interface's language. */
  text?(error: E): string;
  focusTarget(targetId: string): void;
}

/**
 * The GOV.UK error summary shared by every form: a titled list of links, one
 * per problem, each moving focus to what it is about. The host moves focus to
 * the summary itself after a failed attempt.
 */
export function renderErrorSummary<E extends object>(errors: readonly E[], options: ErrorSummaryOptions<E>): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const follow = (event: Event, targetId: string) => {
    event.preventDefault();
    options.focusTarget(targetId);
  };
  return html`
    <div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="error-summary-title">${options.title}</h2>
      <ul class="error-summary-list">
        ${errors.map((error) => {
          const targetId = options.targetId(error);
          return html`<li><a href=${`#${targetId}`} @click=${(event: Event) => follow(event, targetId)}>${options.text ? options.text(error) : (error as { message?: string }).message}</a></li>`;
        })}
      </ul>
    </div>
  `;
}
