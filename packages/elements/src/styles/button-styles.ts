import { css } from 'lit';

/**
 * The GOV.UK button every element draws its actions with: the primary colour
 * with a darker edge below, 44 px tall, a yellow focus state, and faded when
 * it cannot be used (natively disabled, or `aria-disabled` so it stays
 * focusable and can say why). Forms and the report add their own spacing.
 */
export const buttonStyles = css`
  .button {
    font: inherit;
    font-weight: 400;
    color: var(--_primary-text);
    background: var(--_primary);
    border: 2px solid transparent;
    border-radius: 0;
    box-shadow: 0 2px 0 #002d18;
    padding: 0.45rem 0.9rem;
    min-height: 2.75rem;
    cursor: pointer;
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }

  .button:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
    outline: none;
    box-shadow: 0 2px 0 var(--_focus-text);
  }
`;
