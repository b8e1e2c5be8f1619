const FORM_STATE_DELAY_MS = 200;

/**
 * A whole form's part in a surrounding native form: once finished, its
 * record's JSON is the value; before that there is no value, the progress is
 * kept as the form's state (which the browser hands back to
 * `formStateRestoreCallback` after history navigation), and a required form
 * is `valueMissing`.
 */
export class RecordFormValue {
  #state: unknown = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #finished = false;

  constructor(
    private readonly internals: ElementInternals,
    private readonly missingMessage: string | (() => string),
  ) {}

  /**
   * `progress` may be a function that makes it (called once the state is kept, so an answer that a later one
   * replaces costs nothing); `anchor`, where the browser points at a missing value, may be one too (looked for
   * only when the form is required).
   */
  update(record: object | null, progress: unknown, required: boolean, anchor?: HTMLElement | (() => HTMLElement | undefined)): void {
    const wasFinished = this.#finished;
    this.#finished = record !== null;
    if (record) {
      this.internals.setFormValue(JSON.stringify(record));
      this.internals.setValidity({});
      return;
    }
    // A record taken back (the form was reset) leaves the form at once; only keeping the progress can wait.
    if (wasFinished) this.internals.setFormValue(null);
    this.#state = progress ?? null;
    this.#timer ??= setTimeout(() => this.flush(), FORM_STATE_DELAY_MS);
    if (required) {
      const message = typeof this.missingMessage === 'function' ? this.missingMessage() : this.missingMessage;
      this.internals.setValidity({ valueMissing: true }, message, typeof anchor === 'function' ? anchor() : anchor);
    } else this.internals.setValidity({});
  }

  /** Serialising the progress on every keystroke is wasted work; once settled, or when the element leaves the page, is enough. */
  flush(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#finished || this.#state === null) return;
    if (typeof this.#state === 'function') this.#state = (this.#state as () => unknown)() ?? null;
    if (this.#state === null) return;
    this.internals.setFormValue(null, JSON.stringify(this.#state));
  }
}
