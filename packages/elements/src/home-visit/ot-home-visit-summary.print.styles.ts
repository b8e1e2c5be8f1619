import { css } from 'lit';

/**
 * The summary on paper (A4): black on white whatever the host's theme,
 * links printed as their text, headings kept with what follows them, and a
 * table row, a recommendation, an own-words answer or a photo never split
 * across pages; table headers repeat on each page; photos two to a row,
 * each no taller than 8 cm.
 *
 * `@page` has no effect inside a shadow root, so the page size and margins
 * are the host's: `@page { size: A4; margin: 15mm; }` in the page's own
 * stylesheet (docs/home-visit.md).
 */
export const homeVisitSummaryPrintStyles = css`
  @media print {
    :host {
      max-width: none;
      font-size: 11pt;
      color: #000;
      background: #fff;
      --_text: #000;
      --_secondary: #000;
      --_link: #000;
      --_rule: #000;
      --_border: #000;
    }

    a {
      text-decoration: none;
    }

    h2,
    h3,
    h4,
    caption,
    .lead {
      break-after: avoid;
    }

    tr,
    .keep,
    .photo,
    .agreed > li {
      break-inside: avoid;
    }

    thead {
      display: table-header-group;
    }

    th,
    td {
      padding-top: 0.3em;
      padding-bottom: 0.3em;
    }

    .photo-set,
    .photo {
      flex: 0 1 8cm;
    }

    .photo img {
      max-height: 8cm;
      width: auto;
      max-width: 100%;
    }
  }
`;
