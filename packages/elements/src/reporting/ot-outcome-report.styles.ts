import { css } from 'lit';
import { buttonStyles } from '../styles/button-styles.js';

/**
 * The report on screen. Tables, the figures disclosure and the figure's
 * caption come from gas-figures.styles.ts, shared with the other charts.
 * Bars are one colour (#1d70b8, 5.2:1 against white, above the 3:1 of WCAG
 * 1.4.11): every bar is named and counted in words beside it, so colour
 * carries no meaning. Every control is at least 44 px tall (WCAG 2.5.8 asks
 * 24; GOV.UK and this project ask 44). Numbers are right-aligned in tables so
 * that their digits line up, as GOV.UK tables do.
 */
export const outcomeReportStyles = css`
  :host {
    --_bar: var(--ot-color-chart-bar, #1d70b8);
    display: block;
    max-width: var(--ot-report-max-width, 48rem);
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  h2 {
    font-size: 1.5em;
    line-height: 1.2;
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  h3 {
    font-size: 1.2em;
    line-height: 1.25;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
  }

  .section {
    margin: 0 0 calc(var(--_space) * 2.5);
  }

  .intro,
  .direction {
    margin: 0 0 var(--_space);
  }

  .status-line {
    margin: 0 0 var(--_space);
  }

  .status-line:empty {
    margin: 0;
  }

  .selection-caption {
    display: none;
  }

  .status {
    border-left: 5px solid var(--_rule);
    padding: calc(var(--_space) * 0.25) 0 calc(var(--_space) * 0.25) calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
  }

  .suppression-note {
    color: var(--_secondary);
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  .figure-list {
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  .figure-row {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: calc(var(--_space) * 0.25) var(--_space);
    border-bottom: 1px solid var(--_rule);
    padding: calc(var(--_space) * 0.5) 0;
  }

  .figure-row dt {
    font-weight: 400;
  }

  .figure-row dd {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 1.5);
    border: 0;
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    min-width: 0;
  }

  .filters legend {
    font-weight: 700;
    font-size: 1.2em;
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.5);
  }

  .filter {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.25);
    min-width: 0;
    max-width: 100%;
  }

  .filter label {
    font-weight: 700;
  }

  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: 0;
    min-height: 44px;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
  }

  .chart-block {
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  svg.bar-chart {
    display: block;
    width: 100%;
    max-width: 36rem;
    height: auto;
    font-family: inherit;
  }

  .bar-chart text {
    fill: var(--_text);
    font-size: 14px;
  }

  .bar-chart .bar-value {
    font-weight: 700;
  }

  .bar-chart .bar-value.suppressed {
    font-weight: 400;
  }

  .bar-chart .bar {
    fill: var(--_bar);
  }

  .bar-chart .axis {
    stroke: var(--_border);
    stroke-width: 1.5;
  }

  th,
  td {
    overflow-wrap: anywhere;
  }

  .number {
    text-align: right;
    padding-right: 0;
  }

  /* A sequel's CLD string under its translated label: the return's words, to match it by. */
  .sequel-label + .sequel-code {
    display: block;
    font-weight: normal;
    font-size: 0.9em;
  }

  .reasons {
    margin: 0;
    padding-left: 1.1rem;
  }

  .record-id {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }

  .unreadable {
    border-left: 10px solid var(--_error);
    padding-left: var(--_space);
  }

  .unreadable tbody tr {
    content-visibility: auto;
    contain-intrinsic-size: auto 3rem;
  }

  .progress {
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  .progress label {
    display: block;
    font-weight: 700;
    margin-bottom: calc(var(--_space) * 0.25);
  }

  progress {
    display: block;
    width: 100%;
    height: 1.25rem;
    accent-color: var(--_bar);
  }

  .progress-text {
    margin: calc(var(--_space) * 0.25) 0 0;
  }

  .download {
    margin: 0 0 var(--_space);
  }

  .download .hint {
    margin-top: calc(var(--_space) * 0.5);
  }

  .button.secondary {
    color: var(--_text);
    background: var(--_muted-surface);
    box-shadow: 0 2px 0 var(--_border);
  }

  ${buttonStyles}

  .button {
    max-width: 100%;
    text-align: left;
  }

  @container (max-width: 30rem) {
    .figure-row {
      grid-template-columns: minmax(0, 1fr);
    }

    th,
    td {
      padding-right: calc(var(--_space) * 0.4);
      font-size: 0.9em;
    }
  }

  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }

    .bar-chart text {
      fill: CanvasText;
    }

    .bar-chart .bar {
      fill: CanvasText;
    }

    .bar-chart .axis {
      stroke: CanvasText;
    }

    .button[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
