import { css } from 'lit';

/**
 * Marker colours keep at least 3:1 (WCAG 1.4.11) against the surface by
 * default: start #505a5f (7.0:1), end #1d70b8 (5.2:1). The markers also
 * differ in shape (ring and square) and each carries its word, so no
 * colour carries meaning alone. In forced-colours mode the drawing uses
 * system colours, which the browser does not apply to SVG by itself.
 */
export const episodeSummaryStyles = css`
  :host {
    --_start: var(--ot-color-episode-start, #505a5f);
    --_end: var(--ot-color-episode-end, #1d70b8);
    display: block;
    max-width: var(--ot-max-width, 40rem);
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  /* The figure, its caption and the status line are in gas-figures.styles.ts; the space under a status line is this chart's own. */
  .status {
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  svg.chart {
    display: block;
    width: 100%;
    height: auto;
    overflow: hidden;
    font-family: inherit;
  }

  text {
    fill: var(--_text);
  }

  .title {
    font-size: 15px;
    font-weight: 700;
  }

  .scale-note,
  .label.missing {
    font-weight: 400;
    fill: var(--_secondary);
  }

  .label,
  .scale-end {
    font-size: 13px;
  }

  .label:not(.missing) {
    font-weight: 700;
  }

  .row-rule {
    stroke: var(--_rule);
    stroke-width: 1;
  }

  .axis,
  .tick {
    stroke: var(--_border);
    stroke-width: 1.5;
  }

  .tick.mid {
    stroke-dasharray: 3 2;
  }

  .join {
    stroke: var(--_border);
    stroke-width: 2;
  }

  /* The ring is filled with the surface so the axis does not show through it. */
  .marker.start {
    fill: var(--_surface);
    stroke: var(--_start);
    stroke-width: 3;
  }

  .marker.end {
    fill: var(--_end);
  }

  /* The table reflows at 320 px: long words may break rather than push it wider than the page. */
  td,
  th {
    overflow-wrap: anywhere;
  }

  .measure-title,
  .value {
    font-weight: 700;
  }

  .note {
    display: block;
    color: var(--_secondary);
    font-size: 0.85em;
    font-weight: 400;
  }

  @container (max-width: 30rem) {
    th,
    td {
      padding-right: calc(var(--_space) * 0.4);
      font-size: 0.9em;
    }

    .figures-body {
      padding-left: calc(var(--_space) * 0.5);
    }
  }

  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }

    text,
    .scale-note,
    .label.missing {
      fill: CanvasText;
    }

    .row-rule {
      stroke: GrayText;
    }

    .axis,
    .tick,
    .join,
    .marker.start {
      fill: Canvas;
      stroke: CanvasText;
    }

    .marker.end {
      fill: Highlight;
    }
  }
`;
