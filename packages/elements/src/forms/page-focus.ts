import { QuestionElement } from '../questions/question-element.js';

/** Where focus goes after the next render: the error summary, the page heading, or the first of `ids` that is on the page. */
export type FocusTarget = { kind: 'summary' } | { kind: 'heading' } | { kind: 'element'; ids: readonly string[] };

/**
 * Moves focus the GOV.UK way: to the error summary after a failed attempt,
 * to the heading of a new page, or to what an action or an error link is
 * about. A question is focused once it has rendered its inputs; a group of
 * radios at its chosen option, or its first.
 */
export async function moveFocus(root: ParentNode, target: FocusTarget): Promise<void> {
  if (target.kind !== 'element') {
    root.querySelector<HTMLElement>(target.kind === 'summary' ? '.error-summary' : '[data-page-heading]')?.focus();
    return;
  }
  const element = target.ids.map((id) => root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)).find(Boolean);
  if (element instanceof QuestionElement) await element.updateComplete;
  if (element?.localName === 'fieldset') (element.querySelector<HTMLElement>('input:checked') ?? element.querySelector<HTMLElement>('input'))?.focus();
  else element?.focus();
}
