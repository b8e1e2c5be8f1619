import { css } from 'lit';

/** What `<ot-goal-plan>` adds to the form styles it shares with `<ot-assessment>`. */
export const goalPlanStyles = css`
  .goals.has-error {
    border-left: 5px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }

  .goal {
    border: 1px solid var(--_rule);
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: var(--_space);
    min-width: 0;
  }

  .goal-legend {
    font-size: 1.2em;
    font-weight: 700;
    padding: 0 0.25rem;
  }

  .levels {
    border: 0;
    border-left: 4px solid var(--_rule);
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0 0 0 calc(var(--_space) * 1.1);
    min-width: 0;
  }

  .levels > legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.25);
  }

  ot-input-question::part(control) {
    max-width: 100%;
  }

  ot-input-question[data-field='dueDate']::part(control),
  ot-input-question[data-field='smart.byWhen']::part(control) {
    width: auto;
  }

  .smart {
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  .smart summary {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    display: inline-block;
  }

  .smart summary:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    outline: none;
    box-shadow: 0 4px var(--_focus-text);
    text-decoration: none;
  }

  .details-text {
    border-left: 5px solid var(--_rule);
    padding: var(--_space) 0 0 var(--_space);
    margin-top: calc(var(--_space) * 0.5);
  }

  .goal-actions,
  .button-group {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
  }

  .button-group .secondary {
    margin-top: var(--_space);
  }

  #add-goal {
    margin-bottom: var(--_space);
  }

  /* The person's own words: set apart, never rewritten. */
  .statement {
    font-size: 1.1em;
    border-left: 5px solid var(--_border);
    background: var(--_muted-surface);
    padding: calc(var(--_space) * 0.5) var(--_space);
    margin: 0 0 var(--_space);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .seeds {
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  .seeds-title {
    font-size: 1.2em;
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .seed-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }

  .seed {
    border-bottom: 1px solid var(--_rule);
    padding: calc(var(--_space) * 0.75) 0;
  }

  /* 44 px: the conversation is often held at home on a tablet. */
  .seed .secondary {
    min-height: 2.75rem;
  }

  .seed-label {
    font-weight: 700;
    margin: 0 0 calc(var(--_space) * 0.25);
  }

  .goal-list {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
  }

  .goal-summary .summary-row,
  .score .summary-row {
    grid-template-columns: minmax(8rem, 2fr) 3fr;
  }

  ot-gas-chart {
    display: block;
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  .rated-goal {
    margin-bottom: calc(var(--_space) * 2);
  }

  .group.has-error {
    border-left: 5px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }

  .scale {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }

  .scale > legend {
    display: block;
    font-weight: 700;
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.25);
  }

  /* Its control and label are 44 px targets (optionTargetStyles). */
  .option {
    display: grid;
    grid-template-columns: 2.75rem 1fr;
    column-gap: calc(var(--_space) * 0.5);
    margin-bottom: calc(var(--_space) * 0.75);
  }

  .option label {
    padding-block: 0.35rem;
  }

  .option-hint {
    grid-column: 2;
    margin: 0;
  }

  .level-number {
    display: inline-block;
    min-width: 2ch;
    font-weight: 700;
  }

  .started {
    color: var(--_text);
  }
`;
