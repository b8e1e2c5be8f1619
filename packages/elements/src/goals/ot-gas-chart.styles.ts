import { css } from 'lit';

/**
 * Marker colours keep at least 3:1 (WCAG 1.4.11) against both the surface
 * and the expected band by default: baseline #505a5f (6.2:1 on the band),
 * expected #00703c (5.4:1), attained #1d70b8 (4.5:1). Markers also differ
 * in shape, so no colour carries meaning alone. In forced-colours mode the
 * drawings use system colours, which the browser does not apply to SVG
 * fills and strokes by itself.
 */
export const gasChartStyles = css`
  :host {
    --_gas-baseline: var(--ot-color-gas-baseline, #505a5f);
    --_gas-expected: var(--ot-color-gas-expected, #00703c);
    --_gas-attained: var(--ot-color-gas-attained, #1d70b8);
    --_gas-band: var(--ot-color-gas-expected-band, #e6f2ea);
    display: block;
    max-width: var(--ot-max-width, 40rem);
  }

  :host([hidden]) {
    display: none;
  }

  /* The figure, its caption and the status line are in gas-figures.styles.ts; the space under a status line is this chart's own. */
  .status {
    margin: 0 0 var(--_space);
  }

  svg.scale,
  svg.t-score {
    display: block;
    width: 100%;
    height: auto;
    overflow: hidden;
    font-family: inherit;
  }

  svg.t-score {
    margin-top: calc(var(--_space) * 0.5);
  }

  text {
    fill: var(--_text);
  }

  .level-number {
    font-size: 16px;
    font-weight: 700;
  }

  .level-label {
    font-size: 13px;
  }

  .level-heading:not(.expected) .level-number,
  .level-heading:not(.expected) .level-label {
    fill: var(--_secondary);
  }

  .level-heading.expected text {
    font-weight: 700;
  }

  .expected-band {
    fill: var(--_gas-band);
  }

  .statement {
    font-size: 15px;
  }

  .goal-number {
    font-weight: 700;
  }

  .row-rule,
  .guide {
    stroke: var(--_rule);
    stroke-width: 1;
  }

  .axis,
  .tick {
    stroke: var(--_border);
    stroke-width: 1.5;
  }

  .marker {
    stroke-width: 3;
  }

  /* Filled with what is behind them, so the scale's tick does not show through as a cross. */
  .marker.baseline {
    fill: var(--_surface);
    stroke: var(--_gas-baseline);
  }

  .marker.expected {
    fill: var(--_gas-band);
    stroke: var(--_gas-expected);
    stroke-width: 2.5;
  }

  .marker.attained {
    fill: var(--_gas-attained);
    stroke: none;
  }

  .arrow line {
    stroke: var(--_gas-attained);
    stroke-width: 3;
  }

  .arrow polygon {
    fill: var(--_gas-attained);
  }

  .panel-title,
  .row-label,
  .value {
    font-size: 15px;
  }

  .panel-title,
  .value {
    font-weight: 700;
  }

  .expected-line {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .expected-label,
  .tick-label,
  .not-reviewed {
    font-size: 13px;
  }

  .not-reviewed {
    fill: var(--_secondary);
  }

  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }

    text,
    .level-heading:not(.expected) .level-number,
    .level-heading:not(.expected) .level-label,
    .not-reviewed {
      fill: CanvasText;
    }

    .expected-band {
      fill: Canvas;
      stroke: CanvasText;
      stroke-dasharray: 2 4;
    }

    .row-rule,
    .guide {
      stroke: GrayText;
    }

    .axis,
    .tick,
    .expected-line,
    .marker.baseline,
    .marker.expected {
      fill: Canvas;
      stroke: CanvasText;
    }

    .marker.attained,
    .arrow polygon {
      fill: Highlight;
    }

    .arrow line {
      stroke: Highlight;
    }
  }
`;
