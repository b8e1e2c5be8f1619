import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { OutcomeRecordInput } from '@otforms/core';
import { DEFAULT_SUPPRESSION_THRESHOLD, outcomeSummaryCsv, type BetterWhenByInstrument, type OutcomeSummary, type ReportingPeriod, type SuppressionOptions } from '@otforms/reporting';
import { OtReportExportEvent, type OtReportExportKind } from '../events/ot-report-export-event.js';
import { gasFiguresStyles } from '../goals/gas-figures.styles.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { outcomeReportStyles } from './ot-outcome-report.styles.js';
import { outcomeReportPrintStyles } from './ot-outcome-report.print.styles.js';
import { reportText, type ReportText } from './report-text.js';
import { buildReportModel, EVERYTHING, type ReportModel, type ReportSelection } from './outcome-report-model.js';
import { ReportSummaryController } from './report-summary-controller.js';
import { StagedParts } from './staged-parts.js';
import { downloadText } from './report-download.js';
import { renderReportProgress, type Progress } from './render-report-progress.js';
import { renderReportFilters } from './render-report-filters.js';
import { renderReportUnreadable } from './render-report-unreadable.js';
import { figurePartCount, renderReportSections } from './render-report-sections.js';
import { renderReportExport } from './render-report-export.js';
import { LocalisedElement } from '../i18n/localised-element.js';
import { technical } from '../forms/technical-text.js';
import { extractCsvHeader } from './extract-csv-header.js';
import { reportMessages } from './outcome-report-messages.js';
import { vocabularyEn } from '../episode/vocabulary.en.js';
import { provideSourceWords } from '../i18n/registry.js';

/** The inputs that change the summary; the filters and suppression only change what is shown of it. */
const SUMMARY_INPUTS = ['records', 'summary', 'groupBy', 'period', 'betterWhen'] as const;

/** Progress is announced in quarters, so that a screen reader is not talked over on every batch. */
const ANNOUNCED_STEPS = 4;

/** What a report model is built from: the same again gives the same model. */
interface ModelInputs {
  summary: OutcomeSummary;
  selection: ReportSelection;
  threshold: number;
  label: string;
  /** Instruments are listed in the order of the language's alphabet. */
  locale: string;
}

/**
 * Outcome evidence across many people: headline figures, before and after
 * for each instrument, goal attainment, planned care hours, ASCOF 2A,
 * follow-up and adaptations, for every record given or a summary a back end
 * made, with filters by period and group and CSV downloads. Small numbers
 * are suppressed in everything shown and in the summary CSV
 * (`suppressFigures` of `@otforms/reporting`). Each chart is an SVG image
 * with a name, and its text alternative is a real table under "Show the
 * figures". A record that cannot be read is counted and listed with its
 * position and why, never dropped. Group keys, instrument titles and
 * sequels come from the records or the host and are rendered as text.
 *
 * It summarises the records itself: up to 100 at once, more off the main
 * thread with a progress bar (in slices that yield, and in a Web Worker from
 * 5,000), so the page keeps responding. Choosing a period or a group shows figures the summary already
 * holds; it never summarises again. When the figures first appear they are
 * built a section a frame, the downloads last; `updateComplete` waits for
 * every section.
 *
 * When both `summary` and `records` are given, `summary` wins: its figures
 * are shown as they are, and `records` are used only for the person-level
 * extract. `groupBy`, `period` and `betterWhen` apply only when the element
 * summarises `records` itself; a summary brings its own groups.
 *
 * Language: the page's (`lang` on the element or above it); every word is
 * the catalogue's `report` namespace, which a host changes with `messages`.
 * The downloads are files for people, so their headers are in that language
 * too, and so is the label that stands in for a suppressed count ("fewer than
 * 5", "llai na 5"); their other values, and the reporting package's own CSV,
 * Parquet and JSON, are the same in every language (docs/outcome-evidence.md).
 *
 * Printing: the figures print on their own, without the filters or
 * downloads, with each chart's table open. `@page` cannot reach into a
 * shadow root, so the host sets the paper: `@page { size: A4; margin: 15mm; }`.
 *
 * @fires ot-report-export - `OtReportExportEvent`, before a CSV file is downloaded: `detail` is `{ kind, csv, filename }`. Cancelable: `preventDefault()` to take the download over.
 * @csspart status - The polite status line: progress in steps, when the report is ready, what the filters show.
 * @csspart progress - The progress bar and its label while the records are summarised or the extract is made.
 * @csspart filters - The period and group filters.
 * @csspart chart - Each chart's SVG.
 * @csspart figures - Each "Show the figures" disclosure holding a chart's table.
 * @csspart table - Each table of figures.
 * @csspart export - The downloads.
 * @cssprop --ot-color-text - Text, labels and bar values.
 * @cssprop --ot-color-secondary-text - Hints and the suppression note.
 * @cssprop --ot-color-link - The "Show the figures" link.
 * @cssprop --ot-color-focus - Focus highlight.
 * @cssprop --ot-color-focus-text - Text on the focus highlight.
 * @cssprop --ot-color-rule - Lines between rows.
 * @cssprop --ot-color-border - The chart's axis and the selects' borders.
 * @cssprop --ot-color-error - The edge of the unreadable records and error messages.
 * @cssprop --ot-color-chart-bar - The bars and the progress bar (keep 3:1 against the surface).
 * @cssprop --ot-color-primary - The summary download button.
 * @cssprop --ot-color-primary-text - Its text.
 * @cssprop --ot-color-muted-surface - The extract download button.
 * @cssprop --ot-color-surface - Behind the selects.
 * @cssprop --ot-font-family - Font family.
 * @cssprop --ot-font-size - Base font size.
 * @cssprop --ot-space - The base spacing unit.
 * @cssprop --ot-report-max-width - The widest the report grows (wider than a form: its tables and charts need the room).
 */
export class OtOutcomeReport extends LocalisedElement {
  static {
    // This element's words join en-GB as it is defined, so a page without it does not carry them.
    provideSourceWords({ report: reportMessages, vocabulary: vocabularyEn });
  }

  static override styles = [sharedStyles, gasFiguresStyles, outcomeReportStyles, outcomeReportPrintStyles];

  /** Outcome records of any kind and version (an array, or any iterable, which is read once into an array, in slices if it is slow to read). Summarised by the element; each record is read through core's validation and migration. */
  @property({ attribute: false }) records?: Iterable<unknown> | null;

  /** An `OutcomeSummary` made elsewhere (a back end's `summariseOutcomes`), checked against its schema. Wins over `records` for the figures. */
  @property({ attribute: false }) summary?: OutcomeSummary | null;

  /** The host's key for a record (a team, a locality): the group filter offers each key. Return null to leave a record out of every group. */
  @property({ attribute: false }) groupBy?: (record: OutcomeRecordInput) => string | null;

  /** Split the figures by the `month` or financial `quarter` in which each episode ended: the period filter offers each. */
  @property() period?: ReportingPeriod;

  /** Small-number suppression: `threshold` (default 5: counts 1–4 hidden) and `label` (default "fewer than 5"). */
  @property({ attribute: false }) suppression?: SuppressionOptions;

  /** Which way each instrument's total improves (by instrument id), for records that do not say. */
  @property({ attribute: false }) betterWhen?: BetterWhenByInstrument;

  @state() private selection: ReportSelection = EVERYTHING;
  @state() private announcement = '';
  @state() private exporting: OtReportExportKind | null = null;
  @state() private exportProgress: Progress | null = null;
  @state() private exportProblem: string | null = null;

  private readonly summaries = new ReportSummaryController(this, (progress) => this.summaryProgressed(progress));
  /** The figures' sections, built a few at a time when they first appear (see StagedParts). */
  private readonly stages = new StagedParts(this);
  /** How many of the figures' sections this update renders. */
  private partsShown = 0;
  private model: ReportModel | null = null;
  /** What `model` (or `problem`) was built from. */
  private modelInputs: ModelInputs | null = null;
  private problem: string | null = null;
  private announcedStep = -1;
  private wasWorking = false;
  /** Set when a person changes a filter, so that the next update announces what is shown (and loading does not). */
  private chosen = false;
  /** The disclosures opened for printing, to close again after. */
  private opened: HTMLDetailsElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.openFigures);
    window.addEventListener('afterprint', this.closeFigures);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.openFigures);
    window.removeEventListener('afterprint', this.closeFigures);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (SUMMARY_INPUTS.some((input) => changed.has(input))) {
      this.summaries.start({ records: this.records, summary: this.summary, groupBy: this.groupBy, period: this.period, betterWhen: this.betterWhen });
      this.announcedStep = -1;
      this.wasWorking = false;
      this.announcement = '';
    }
  }

  /**
   * What is shown is worked out here rather than in willUpdate: the words
   * depend on the language, which the LocaleController settles after
   * willUpdate (in its hostUpdate), so a change of language would otherwise
   * build the model with the last language's suppression label. Changes made
   * before `super.update` render in this update without asking for another.
   */
  protected override update(changed: PropertyValues<this>): void {
    const summaryState = this.summaries.state;
    if (summaryState.status === 'working') {
      this.wasWorking = true;
      this.announceProgress(summaryState.progress);
    } else if (this.wasWorking) {
      this.wasWorking = false;
      if (summaryState.status === 'ready') this.announcement = this.words.ready(summaryState.summary.counts.recordsRead + summaryState.summary.counts.unreadable);
    }
    this.buildModel();
    const model = summaryState.status === 'ready' && summaryState.summary.counts.recordsRead > 0 && this.model?.figures ? this.model : null;
    this.partsShown = this.stages.count(model ? figurePartCount(model) : 0, model !== null);
    super.update(changed);
  }

  /** Also waits for every section of the figures, which appear over a few frames: a host (or a test) that awaits it sees the whole report. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.stages.building) {
      await this.stages.finished;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  override render(): TemplateResult {
    return html`<p class="status-line" role="status" part="status">${this.announcement}</p>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const summaryState = this.summaries.state;
    switch (summaryState.status) {
      case 'idle':
        return nothing;
      case 'working':
        return renderReportProgress(summaryState.progress, this.text);
      case 'failed':
        return html`<p class="error-message" role="alert">${summaryState.problem === 'summary' ? this.words.invalidSummary : this.words.failed} ${technical(summaryState.message)}</p>`;
      case 'ready':
        break;
    }
    const m = this.words;
    if (this.problem) return html`<p class="error-message" role="alert">${m.failed} ${technical(this.problem)}</p>`;
    const model = this.model!;
    if (model.recordsGiven === 0) return html`<p class="status" data-state="empty">${m.empty}</p>`;
    const readable = summaryState.summary.counts.recordsRead > 0;
    return html`${renderReportUnreadable(model.unreadable, this.text)}
    ${readable ? this.renderFigures(model) : html`<p class="status" data-state="none-readable">${m.noneReadable}</p>`}
    ${readable && !this.stages.building ? this.renderExport(model) : nothing}`;
  }

  private renderFigures(model: ReportModel): TemplateResult {
    const { figures } = model;
    if (figures === null) {
      return html`${this.renderSelection(model)}<p class="status" data-state="none-in-selection">${this.words.noneInSelection}</p>`;
    }
    return html`${this.renderSelection(model)}${renderReportSections(model, figures, this.partsShown, this.text)}`;
  }

  private renderSelection(model: ReportModel): TemplateResult {
    const m = this.words;
    return html`${renderReportFilters(model.choices, model.selection, this.text, (selection) => this.choose(selection))}
      <p class="selection-caption">${this.selectionWords(model, m.figuresFor)}</p>
      <p class="suppression-note">${m.suppressionNote(model.suppressionLabel)}</p>`;
  }

  private renderExport(model: ReportModel): TemplateResult {
    return html`${renderReportExport(
      { extractAvailable: this.summaries.records !== null, suppressionLabel: model.suppressionLabel },
      this.text,
      (kind) => void this.export(kind),
    )}
    ${this.exportProgress ? renderReportProgress(this.exportProgress, this.text) : nothing}
    ${this.exportProblem ? html`<p class="error-message" role="alert">${this.words.exportFailed} ${technical(this.exportProblem)}</p>` : nothing}`;
  }

  /** A filter changed: show that group and period, and say so in the status line. */
  private choose(selection: ReportSelection): void {
    this.selection = selection;
    this.chosen = true;
  }

  /** The report's words and number formats in its language. */
  private get text(): ReportText {
    return reportText(this.t);
  }

  private get words(): ReportText['m'] {
    return this.t.report;
  }

  /** The suppression asked for, with the catalogue's label when the host gives none. */
  private get suppressionOptions(): Required<SuppressionOptions> {
    const threshold = this.suppression?.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
    return { threshold, label: this.suppression?.label ?? this.words.suppressedLabel(threshold) };
  }

  private buildModel(): void {
    const summaryState = this.summaries.state;
    if (summaryState.status !== 'ready') {
      this.model = null;
      this.problem = null;
      this.modelInputs = null;
      return;
    }
    const { threshold, label } = this.suppressionOptions;
    const locale = this.t.locale;
    const inputs: ModelInputs = { summary: summaryState.summary, selection: this.selection, threshold, label, locale };
    // Kept while nothing it is built from changes, so that the sections' guard sees the same model and a progress report costs no re-render.
    const last = this.modelInputs;
    if (last && last.summary === inputs.summary && last.selection === inputs.selection && last.threshold === threshold && last.label === label && last.locale === locale) return;
    this.modelInputs = inputs;
    this.model = null;
    this.problem = null;
    try {
      this.model = buildReportModel(summaryState.summary, this.selection, { threshold, label }, locale);
    } catch (error) {
      // A threshold or label suppressFigures refuses: say so rather than show unsuppressed figures.
      this.problem = error instanceof Error ? error.message : String(error);
      return;
    }
    if (this.chosen) {
      this.chosen = false;
      const episodes = this.model.figures?.counts.episodes ?? 0;
      this.announcement = this.selectionWords(this.model, (group, period) => this.words.showing(group, period, episodes));
    }
  }

  /** The chosen group and period in words ("all groups" for none). */
  private selectionWords(model: ReportModel, words: (group: string, period: string) => string): string {
    const { group, period } = model.selection;
    const m = this.words;
    return words(group ?? m.allGroupsShort, period === null ? m.allPeriodsShort : m.period(period));
  }

  private summaryProgressed(progress: Progress): void {
    this.announceProgress(progress);
    this.requestUpdate();
  }

  private announceProgress(progress: Progress): void {
    const { task, done, total } = progress;
    // Reading records of an unknown number is announced once, as the first step.
    const step = total === null ? 0 : total === 0 ? ANNOUNCED_STEPS : Math.floor((done / total) * ANNOUNCED_STEPS);
    if (step <= this.announcedStep) return;
    this.announcedStep = step;
    const m = this.words;
    this.announcement = total === null ? m.readProgress(0) : task === 'summary' ? m.progress(done, total) : m.extractProgress(done, total);
  }

  private async export(kind: OtReportExportKind): Promise<void> {
    const summaryState = this.summaries.state;
    if (this.exporting || summaryState.status !== 'ready') return;
    this.exporting = kind;
    this.exportProblem = null;
    this.announcedStep = -1;
    // The words of the language the person chose the download in, even if it changes while the extract is made.
    const m = this.words;
    try {
      // Files for people: the headers are in the report's language (the machine names are the reporting package's defaults).
      const csv =
        kind === 'summary'
          ? outcomeSummaryCsv(summaryState.summary, { ...this.suppressionOptions, headers: m.summaryCsvColumns })
          : await this.summaries.extractCsv(extractCsvHeader(m), (progress) => {
              this.announceProgress(progress);
              this.exportProgress = progress;
            });
      const filename = kind === 'summary' ? m.summaryFilename : m.extractFilename;
      if (this.dispatchEvent(new OtReportExportEvent({ kind, csv, filename }))) {
        // A byte order mark, so that Excel reads the file as UTF-8 (a Welsh group name, a curly apostrophe).
        await downloadText(`\uFEFF${csv}`, filename, 'text/csv;charset=utf-8', this.renderRoot);
      }
      this.announcement = m.downloaded(filename);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) this.exportProblem = error instanceof Error ? error.message : String(error);
    } finally {
      this.exporting = null;
      this.exportProgress = null;
    }
  }

  /** Paper cannot open a disclosure: each chart's table prints open, and closes again after. */
  private readonly openFigures = () => {
    this.opened = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details.figures:not([open])')];
    for (const details of this.opened) details.open = true;
  };

  private readonly closeFigures = () => {
    for (const details of this.opened) details.open = false;
    this.opened = [];
  };
}
