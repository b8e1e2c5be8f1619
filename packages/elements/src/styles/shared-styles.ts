import { css } from 'lit';

/**
 * Tokens and the few GOV.UK-derived rules every otforms element shares.
 * Every colour and size is a `--ot-*` custom property so a host can theme
 * the elements without reaching into their shadow roots.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--ot-color-text, #0b0c0c);
    --_secondary: var(--ot-color-secondary-text, #484949);
    --_error: var(--ot-color-error, #b4271a);
    --_focus: var(--ot-color-focus, #ffdd00);
    --_focus-text: var(--ot-color-focus-text, #0b0c0c);
    --_link: var(--ot-color-link, #1d70b8);
    --_border: var(--ot-color-border, #505a5f);
    --_rule: var(--ot-color-rule, #b1b4b6);
    --_surface: var(--ot-color-surface, #ffffff);
    --_muted-surface: var(--ot-color-muted-surface, #f3f2f1);
    --_primary: var(--ot-color-primary, #00703c);
    --_primary-text: var(--ot-color-primary-text, #ffffff);
    --_space: var(--ot-space, 1rem);
    font-family: var(--ot-font-family, system-ui, -apple-system, 'Segoe UI', Arial, sans-serif);
    font-size: var(--ot-font-size, 1.1875rem);
    line-height: 1.4;
    color: var(--_text);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  .hint {
    color: var(--_secondary);
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  /* GOV.UK focus: yellow background and a thick dark underline, visible on any colour. */
  :is(a, button, input, select, textarea, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }

  /* Headings and the error summary take focus to be announced, not to be operated. */
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }

  button.link {
    font: inherit;
    color: var(--_link);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    min-height: 24px;
  }

  button.link:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    outline: none;
    box-shadow: 0 4px var(--_focus-text);
    text-decoration: none;
  }
`;
