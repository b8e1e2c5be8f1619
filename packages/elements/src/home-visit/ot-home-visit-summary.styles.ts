import { css } from 'lit';

/**
 * The summary on screen: a plain document, GOV.UK type, no controls. Own
 * words and goals keep the person's line breaks and spaces (`pre-wrap`), as
 * they were said. Tables and photos never grow wider than the element, and
 * a long word (an email address) breaks rather than overflows, so it reflows
 * at 320 px.
 */
export const homeVisitSummaryStyles = css`
  :host {
    display: block;
    max-width: var(--ot-max-width, 40rem);
  }

  .summary {
    overflow-wrap: anywhere;
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
    font-size: 1.25em;
    line-height: 1.25;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
  }

  h4 {
    font-size: 1em;
    margin: var(--_space) 0 calc(var(--_space) * 0.25);
  }

  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  h2,
  h3,
  h4,
  .what,
  .lead,
  dt {
    font-weight: 700;
  }

  .words {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .missing,
  .note {
    border-left: 5px solid var(--_rule);
    padding-left: calc(var(--_space) * 0.75);
  }

  .note {
    color: var(--_secondary);
  }

  ul,
  ol {
    margin: 0 0 var(--_space);
    padding-left: 1.5em;
  }

  li {
    margin-bottom: calc(var(--_space) * 0.5);
  }

  .agreed {
    list-style: none;
    padding: 0;
  }

  .agreed > li {
    border-left: 5px solid var(--_border);
    padding-left: calc(var(--_space) * 0.75);
    margin-bottom: var(--_space);
  }

  .agreed p {
    margin-bottom: calc(var(--_space) * 0.25);
  }

  dl {
    margin: 0 0 var(--_space);
  }

  dd {
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .details > div,
  .facts > div,
  .contact > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }

  .details dd,
  .facts dd,
  .contact dd {
    margin-bottom: calc(var(--_space) * 0.25);
  }

  .details dt::after,
  .facts dt::after {
    content: ':';
  }

  .recommendation {
    margin-bottom: var(--_space);
  }

  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    margin: 0 0 var(--_space);
  }

  caption {
    text-align: start;
    font-weight: 700;
    margin-bottom: calc(var(--_space) * 0.5);
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--_space) * 0.5) var(--_space) calc(var(--_space) * 0.5) 0;
    border-bottom: 1px solid var(--_rule);
    /*
     * Cells hold definition text (a question, an instrument's title): a word breaks
     * anywhere, so one long word cannot make the table wider than a 320 px page
     * ("break-word" gives no break when the table works out its columns' widths).
     */
    overflow-wrap: anywhere;
  }

  thead th {
    /* A word breaks only when it cannot fit, so a short column heading keeps its word whole. */
    overflow-wrap: break-word;
  }

  tbody th {
    font-weight: 400;
  }

  .from {
    display: block;
    color: var(--_secondary);
    font-size: 0.85em;
  }

  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .photo-sets,
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }

  .photo-set {
    flex: 1 1 14rem;
    min-width: 0;
  }

  .photo {
    margin: 0 0 var(--_space);
    flex: 1 1 14rem;
    max-width: 100%;
  }

  .photo img {
    display: block;
    max-width: 100%;
    height: auto;
    border: 1px solid var(--_rule);
    background: var(--_surface);
  }
`;
