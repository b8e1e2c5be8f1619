import { css } from 'lit';

/**
 * What the charts share: the figure and its caption, the status line under
 * it (its bottom margin is each chart's own), the legend of their marks, and
 * "Show the figures", a GOV.UK details disclosure holding the chart's table.
 */
export const gasFiguresStyles = css`
  figure {
    margin: 0 0 var(--_space);
  }

  figcaption {
    font-weight: 700;
    font-size: 1.2em;
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .status {
    border-left: 5px solid var(--_rule);
    padding: calc(var(--_space) * 0.25) 0 calc(var(--_space) * 0.25) calc(var(--_space) * 0.75);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 1.25);
    list-style: none;
    margin: calc(var(--_space) * 0.5) 0 0;
    padding: 0;
    font-size: 0.9em;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }

  .key {
    width: 1.3em;
    height: 1.3em;
    flex: none;
  }

  .figures summary {
    display: inline-block;
    color: var(--_link);
    cursor: pointer;
    padding-left: 1.5em;
    position: relative;
    min-height: 24px;
  }

  .figures summary::-webkit-details-marker {
    display: none;
  }

  /* GOV.UK details: a triangle that turns when the figures are open. */
  .figures summary::before {
    content: '';
    position: absolute;
    left: 0;
    top: 0.3em;
    border-style: solid;
    border-color: transparent;
    border-width: 0.45em 0 0.45em 0.75em;
    border-left-color: currentColor;
  }

  .figures[open] summary::before {
    border-width: 0.75em 0.45em 0 0.45em;
    border-color: transparent;
    border-top-color: currentColor;
  }

  .summary-text {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .figures summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
  }

  .figures summary:focus-visible .summary-text {
    text-decoration: none;
  }

  .figures-body {
    border-left: 5px solid var(--_rule);
    padding: calc(var(--_space) * 0.5) 0 0 calc(var(--_space) * 0.9);
    margin-top: calc(var(--_space) * 0.5);
  }

  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space);
  }

  caption {
    text-align: left;
    font-weight: 700;
    margin-bottom: calc(var(--_space) * 0.5);
  }

  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75) calc(var(--_space) * 0.5) 0;
    border-bottom: 1px solid var(--_rule);
  }

  tbody th {
    font-weight: 400;
  }

  .level-value {
    font-weight: 700;
  }

  .level-description {
    display: block;
    color: var(--_secondary);
    font-size: 0.9em;
  }

  .t-scores {
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .t-scores div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    margin-bottom: calc(var(--_space) * 0.25);
  }

  .t-scores dt::after {
    content: ':';
  }

  .t-scores dd {
    margin: 0;
    font-weight: 700;
  }
`;
