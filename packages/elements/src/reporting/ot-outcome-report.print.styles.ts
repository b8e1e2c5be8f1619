import { css } from 'lit';

/**
 * The report on paper (A4): the figures only, without the filters, the
 * downloads, the progress bar or the status line, and with the group and
 * period they are for written above them; each chart's table printed open beneath it
 * ("Show the figures" cannot be clicked on paper); rows, figure rows and
 * charts never split across pages, table headers repeated on each page, and
 * charts no wider than the page.
 *
 * `@page` has no effect inside a shadow root (Chromium ignores it there, as
 * the spec leaves page rules to the document), so the page size and margins
 * are the host's: `@page { size: A4; margin: 15mm; }` in the page's own
 * stylesheet, as docs and the demo show. A closed `<details>` prints closed
 * in every browser; `::details-content` opens it in Chromium 131 and later,
 * and the element also opens each one on `beforeprint` (and closes it again
 * on `afterprint`) for the others.
 */
export const outcomeReportPrintStyles = css`
  @media print {
    :host {
      max-width: none;
      font-size: 11pt;
      color: #000;
    }

    .status-line,
    .filters,
    .export,
    .progress,
    .figures > summary {
      display: none !important;
    }

    .selection-caption {
      display: block;
      font-weight: 700;
      margin: 0 0 0.5em;
    }

    .figures-body {
      border-left: 0;
      padding-left: 0;
      margin-top: 0;
    }

    h2,
    h3,
    caption {
      break-after: avoid;
    }

    tr,
    .figure-row,
    .chart-block svg,
    .instrument > .direction {
      break-inside: avoid;
    }

    thead {
      display: table-header-group;
    }

    svg.bar-chart {
      max-width: 16cm;
      max-height: 9cm;
      print-color-adjust: exact;
    }

    .unreadable tbody tr {
      content-visibility: visible;
    }
  }

  @media print {
    details.figures::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
