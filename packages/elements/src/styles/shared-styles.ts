import { css } from 'lit';

/**
 * Tokens and the few GOV.UK-derived rules every otforms element shares.
 * Every colour and size is a `--ot-*` custom property so a host can theme
 * the elements without reaching into their shadow roots.
 *
 * Inherited typography from the host page stops at `:host`: a vendor's page
 * puts these elements inside its own headings, table cells, banners and
 * cards, whose styles would otherwise reach every label in the shadow root.
 * - `text-transform`, `font-variant`: an uppercase or small-capitals label is
 *   harder to read and to match with its answer.
 * - `letter-spacing`, `word-spacing`: spacing set for a page title would
 *   stretch every label and break the summary rows' alignment.
 * - `font-style`, `font-weight`: italic and bold are the forms' own signals
 *   (bold labels and errors, italic nowhere).
 * - `text-indent`: would push the first line of every heading, label and error.
 * - `text-align`: GOV.UK forms are ranged left; centred or justified text is harder to scan.
 * - `white-space`: "nowrap" or "pre" from a table cell or toolbar would stop
 *   the form reflowing at 320px (WCAG 1.4.10).
 * - `word-break`: "break-all" splits words in the middle of a letter group.
 * - `text-shadow`: a banner's shadow blurs small text and can take it below 4.5:1.
 *
 * Our own elements nested in this one take these from it, not from their own
 * reset: the reset happens once, where the page meets the outermost element,
 * so a host that deliberately sets one on that element (say
 * `ot-episode { letter-spacing: 0.01em }`) reaches every nested form,
 * question and chart too. A rule from this outer shadow root wins over the
 * nested element's own `:host` rule.
 *
 * Focus follows GOV.UK: a yellow outline and a thick dark inner edge, visible
 * on any colour. Headings and the error summary (`tabindex="-1"`) take focus
 * to be announced, not to be operated, so they show no focus ring.
 *
 * Text wraps at any width (`overflow-wrap: anywhere`): a definition's labels,
 * hints, options, titles, licence and summaries are written by others, and one
 * long word (a URL in the licence, say) would otherwise make a phone-width page
 * scroll sideways (WCAG 1.4.10). It is set on the elements that hold text, not
 * on `:host`: inherited into table cells it would let a narrow table break its
 * numbers digit by digit rather than scroll in its own box.
 *
 * The reasons live here, not as CSS comments: a comment inside `css` is
 * shipped in every host's bundle.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--ot-color-text, #0b0c0c);
    --_secondary: var(--ot-color-secondary-text, #484949);
    --_error: var(--ot-color-error, #b4271a);
    --_focus: var(--ot-color-focus, #ffdd00);
    --_focus-text: var(--ot-color-focus-text, #0b0c0c);
    --_link: var(--ot-color-link, #1d70b8);
    --_border: var(--ot-color-border, #505a5f);
    --_rule: var(--ot-color-rule, #b1b4b6);
    --_surface: var(--ot-color-surface, #ffffff);
    --_muted-surface: var(--ot-color-muted-surface, #f3f2f1);
    --_primary: var(--ot-color-primary, #00703c);
    --_primary-text: var(--ot-color-primary-text, #ffffff);
    --_space: var(--ot-space, 1rem);
    font-family: var(--ot-font-family, system-ui, -apple-system, 'Segoe UI', Arial, sans-serif);
    font-size: var(--ot-font-size, 1.1875rem);
    line-height: 1.4;
    color: var(--_text);

    text-transform: none;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    font-weight: 400;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    word-break: normal;
    text-shadow: none;
  }

  :is(ot-assessment, ot-goal-plan, ot-gas-chart, ot-episode-summary, ot-choice-question, ot-input-question, ot-checkboxes-question, ot-photo-question) {
    text-transform: inherit;
    font-variant: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    font-style: inherit;
    font-weight: inherit;
    text-indent: inherit;
    text-align: inherit;
    white-space: inherit;
    word-break: inherit;
    text-shadow: inherit;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :is(h1, h2, h3, h4, p, legend, label, dt, dd, li, summary, figcaption, .hint, .error-message, .caption, .description, .unit) {
    overflow-wrap: anywhere;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  .hint {
    color: var(--_secondary);
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  :is(a, button, input, select, textarea, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }

  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }

  button.link {
    font: inherit;
    color: var(--_link);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    min-height: 24px;
  }

  button.link:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    outline: none;
    box-shadow: 0 4px var(--_focus-text);
    text-decoration: none;
  }
`;
