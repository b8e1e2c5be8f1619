import { css } from 'lit';
import { buttonStyles } from './button-styles.js';

/**
 * The page styles every otforms form shares: headings, buttons, the error summary, summary lists, panels.
 * `.conditional` is a question revealed by an answer, indented under it (GOV.UK conditional reveal);
 * `.review .summary-row` lets a long review page lay out only the rows on screen.
 * (Why-comments stay out of the css: a comment there ships in every host's bundle.)
 */
export const formStyles = css`
  :host {
    display: block;
    max-width: var(--ot-max-width, 40rem);
  }

  :host([hidden]) {
    display: none;
  }

  h2 {
    font-size: 1.6em;
    line-height: 1.2;
    margin: 0 0 var(--_space);
  }

  h3 {
    font-size: 1.2em;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
  }

  .caption {
    color: var(--_secondary);
    margin: 0 0 calc(var(--_space) * 0.25);
  }

  .description {
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  .back-link {
    display: inline-block;
    margin-bottom: var(--_space);
    font-size: 0.9em;
    color: var(--_text);
  }

  .back-link::before {
    content: '‹ ';
  }

  ${buttonStyles}

  .button {
    margin-top: var(--_space);
  }

  .conditional {
    border-left: 4px solid var(--_rule);
    padding-left: calc(var(--_space) * 1.1);
    margin-left: calc(var(--_space) * 0.9);
  }

  .repeating {
    margin-bottom: calc(var(--_space) * 2);
  }

  .repeating.has-error {
    border-left: 5px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }

  .group-label {
    margin-top: 0;
  }

  .entry {
    border: 1px solid var(--_rule);
    margin: 0 0 var(--_space);
    padding: var(--_space);
  }

  .entry legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }

  .secondary {
    font: inherit;
    color: var(--_text);
    background: var(--_muted-surface);
    border: 2px solid transparent;
    box-shadow: 0 2px 0 var(--_border);
    padding: 0.35rem 0.8rem;
    min-height: 2.5rem;
    cursor: pointer;
  }

  .secondary:focus-visible {
    background: var(--_focus);
    outline: none;
    box-shadow: 0 2px 0 var(--_focus-text);
  }

  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }

  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }

  .error-summary-title {
    font-size: 1.25em;
    margin-bottom: calc(var(--_space) * 0.75);
  }

  .error-summary-list,
  .issues {
    margin: 0;
    padding-left: 1.25rem;
  }

  .error-summary-list a {
    color: var(--_error);
    font-weight: 700;
  }

  .error-summary-list a:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
    outline: none;
    box-shadow: 0 4px var(--_focus-text);
    text-decoration: none;
  }

  code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    background: var(--_muted-surface);
    padding: 0 0.2em;
  }

  .summary-list {
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  .summary-row {
    display: grid;
    grid-template-columns: minmax(8rem, 2fr) 3fr auto;
    gap: calc(var(--_space) * 0.5) var(--_space);
    border-bottom: 1px solid var(--_rule);
    padding: calc(var(--_space) * 0.6) 0;
  }

  .review .summary-row {
    content-visibility: auto;
    contain-intrinsic-size: auto 3rem;
  }

  .running-score {
    margin: 0 0 var(--_space);
    font-weight: 700;
  }

  .summary-row dt {
    font-weight: 700;
  }

  .summary-row dd {
    margin: 0;
  }

  .entries {
    margin: 0;
    padding-left: 1.1rem;
  }

  .entries li + li {
    margin-top: calc(var(--_space) * 0.4);
  }

  .score .summary-row {
    grid-template-columns: minmax(8rem, 2fr) 3fr;
  }

  .warning {
    display: flex;
    gap: var(--_space);
    align-items: center;
    margin: var(--_space) 0;
  }

  .warning-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2.2rem;
    height: 2.2rem;
    border-radius: 50%;
    background: var(--_text);
    color: var(--_surface);
    font-weight: 700;
  }

  .panel {
    background: var(--_primary);
    color: var(--_primary-text);
    padding: calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 1.5);
    text-align: center;
  }

  .panel h2 {
    margin-bottom: calc(var(--_space) * 0.5);
  }

  .panel p {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .licence {
    margin-top: calc(var(--_space) * 2.5);
    padding-top: var(--_space);
    border-top: 1px solid var(--_rule);
    color: var(--_secondary);
    font-size: 0.85em;
  }

  .licence p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
`;
