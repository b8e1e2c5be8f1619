import { css } from 'lit';

export const questionStyles = css`
  :host {
    display: block;
    margin-bottom: calc(var(--_space) * 2);
  }

  :host([hidden]) {
    display: none;
  }

  .group.has-error {
    border-left: 5px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }

  legend,
  label.question {
    display: block;
    font-weight: 700;
    margin-bottom: calc(var(--_space) * 0.25);
    padding: 0;
  }

  /* Each option's control and label are 44 px targets (optionTargetStyles). */
  .option {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    margin-bottom: calc(var(--_space) * 0.25);
  }

  .option label {
    padding-block: 0.35rem;
  }

  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
  }

  .divider {
    margin: 0 0 calc(var(--_space) * 0.5);
    width: 2.75rem;
    text-align: center;
  }

  .own-words {
    margin: 0 0 calc(var(--_space) * 0.75);
    padding-left: calc(var(--_space) * 0.5);
    border-left: 4px solid var(--_border);
  }

  .field {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }

  input[type='text'],
  input[type='date'],
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: 0;
    padding: 0.3rem;
    min-height: 2.5rem;
  }

  input[type='text'] {
    width: 100%;
    max-width: 20em;
  }

  input.number {
    max-width: 8em;
  }

  textarea {
    width: 100%;
    min-height: 6rem;
  }

  .has-error :is(input[type='text'], input[type='date'], textarea) {
    border-color: var(--_error);
  }

  :is(input[type='text'], input[type='date'], textarea):focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: inset 0 0 0 2px var(--_text);
  }
`;
