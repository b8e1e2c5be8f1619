/**
 * Keeps the `disabled` attribute of a form-associated element for the host's own setting only.
 *
 * The browser calls `formDisabledCallback(true)` when an ancestor `<fieldset>` is disabled, and the element
 * sets its `disabled` property from it. Reflecting that to the attribute would make the element disabled
 * in its own right, so the browser would never call `formDisabledCallback(false)` when the fieldset is
 * enabled again, and the element would stay disabled. So the attribute is changed only when the element is
 * not disabled by anything else (the attribute is there already, or the element does not match `:disabled`).
 */
export function reflectOwnDisabled(element: HTMLElement, disabled: boolean): void {
  if (element.hasAttribute('disabled') || !element.matches(':disabled')) element.toggleAttribute('disabled', disabled);
}
