import { css } from 'lit';

/**
 * The photo question: GOV.UK secondary buttons at least 44 px each way (a
 * tablet held in one hand at a front door), thumbnails that wrap at 320 px,
 * and a status line that says what is happening while a photo is prepared.
 */
export const photoStyles = css`
  .photos {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  .thumbnails {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .thumbnails li {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    max-width: 10rem;
  }

  .thumbnails canvas {
    display: block;
    width: 10rem;
    max-width: 100%;
    height: auto;
    background: var(--_muted-surface);
    border: 1px solid var(--_rule);
  }

  .add {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
  }

  .secondary {
    font: inherit;
    color: var(--_text);
    background: var(--_muted-surface);
    border: 2px solid transparent;
    border-radius: 0;
    box-shadow: 0 2px 0 var(--_border);
    padding: 0.45rem 0.9rem;
    min-height: 2.75rem;
    min-width: 2.75rem;
    cursor: pointer;
  }

  .secondary:disabled,
  .secondary[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }

  .secondary:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
    outline: none;
    box-shadow: 0 2px 0 var(--_focus-text);
  }

  .limit,
  .status {
    margin: 0;
  }

  .status:not(:empty) {
    margin-top: calc(var(--_space) * 0.75);
  }
`;
