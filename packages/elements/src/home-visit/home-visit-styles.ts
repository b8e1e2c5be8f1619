import { css } from 'lit';

/**
 * The home visit is done on a tablet in someone's home, so every control is a
 * 44 px target (WCAG 2.5.5), the nested assessments' inputs too (through their
 * forwarded `control` part), and every row reflows to one column at 320 px
 * (WCAG 1.4.10): nothing is wider than the screen, long words wrap.
 */
export const homeVisitStyles = css`
  .home-visit {
    overflow-wrap: anywhere;
  }

  .steps {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 0.75);
    border-bottom: 1px solid var(--_rule);
    padding-bottom: calc(var(--_space) * 0.5);
    font-size: 0.9em;
  }

  .steps li {
    color: var(--_secondary);
  }

  .steps li.done {
    color: var(--_text);
  }

  .steps li[aria-current='step'] {
    color: var(--_text);
    font-weight: 700;
  }

  .step-number {
    display: inline-block;
    min-width: 1.5em;
  }

  .secondary,
  .button {
    min-height: 2.75rem;
    min-width: 2.75rem;
  }

  ot-assessment::part(control) {
    min-height: 2.75rem;
  }

  .button-group {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
    margin-top: calc(var(--_space) * 0.75);
  }

  .suggestion,
  .recommendation {
    border: 0;
    border-left: 4px solid var(--_rule);
    padding: 0 0 0 var(--_space);
    margin: 0 0 calc(var(--_space) * 1.5);
    min-width: 0;
  }

  .suggestion.has-error,
  .recommendation .has-error {
    border-left-color: var(--_error);
  }

  .recommendation > legend,
  .suggestion h4 {
    font-weight: 700;
    font-size: 1.1em;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .suggestion-what {
    font-weight: 700;
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .facts {
    margin: 0 0 var(--_space);
  }

  .facts dt {
    font-weight: 700;
  }

  .facts dd {
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .facts ul {
    margin: 0;
    padding-left: 1.25rem;
  }

  .field {
    margin: 0 0 calc(var(--_space) * 1.25);
  }

  .field.has-error {
    border-left: 5px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }

  .field > label,
  .field > fieldset > legend {
    display: block;
    font-weight: 700;
    margin-bottom: calc(var(--_space) * 0.25);
    padding: 0;
  }

  .field fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
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
    min-height: 2.75rem;
    max-width: 100%;
  }

  input[type='text'],
  textarea {
    width: 100%;
  }

  textarea {
    min-height: 5.5rem;
  }

  .has-error :is(input[type='text'], input[type='date'], textarea) {
    border-color: var(--_error);
  }

  .option {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-height: 2.75rem;
  }

  /* Its control and label are 44 px targets (optionTargetStyles). */
  .option label {
    flex: 1 1 auto;
    min-width: 0;
  }

  .status-history {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding-left: 1.25rem;
  }

  .status-next {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }

  .status-next label {
    display: block;
    margin-bottom: calc(var(--_space) * 0.25);
  }

  .decisions {
    padding-left: 1.25rem;
  }

  .summary-row {
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
  }

  .summary-row a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    color: var(--_link);
  }

  @media (max-width: 30em) {
    .summary-row {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .section:focus,
  .child:focus {
    outline: none;
  }
`;
