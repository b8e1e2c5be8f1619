import { css } from 'lit';

/**
 * A radio or checkbox and its label, in whatever row a form lays `.option`
 * out as: both are 44 px targets, as forms are used on tablets at the door.
 * One rule for every form that has options, so none falls back to 28 px.
 */
export const optionTargetStyles = css`
  .option input {
    flex: none;
    width: 2.75rem;
    height: 2.75rem;
    margin: 0;
    accent-color: var(--_text);
  }

  .option label {
    display: flex;
    align-items: center;
    box-sizing: border-box;
    min-height: 2.75rem;
    cursor: pointer;
  }
`;
