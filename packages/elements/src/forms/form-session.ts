import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftStorage, OutcomeRecord } from '@otforms/core';
import type { DraftReading } from '@otforms/machines';
import type { ActorRefFromLogic, AnyActorLogic, EventFromLogic, InputFrom, Snapshot, SnapshotFrom } from 'xstate';
import { ActorController, type DraftStart } from '../controllers/actor-controller.js';
import { OtErrorEvent, type OtErrorDetail } from '../events/ot-error-event.js';
import { OtOutcomeEvent } from '../events/ot-outcome-event.js';
import { DraftKeeper } from '../storage/draft-keeper.js';
import { LocalStorageDraftStorage } from '../storage/local-storage-draft-storage.js';
import { moveFocus, type FocusTarget } from './page-focus.js';
import { RecordFormValue } from './record-form-value.js';

/** What a whole form's element is to its session: a Lit host with the attributes the session reads. */
export interface FormSessionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The key the draft is kept under. */
  readonly draftKey: string;
  /** A surrounding form cannot be submitted until there is a record. */
  readonly required: boolean;
  /** Where drafts are kept; when the host gives none, the session puts the browser's default here. */
  storage?: DraftStorage;
}

/** A machine the form can run now, with the machine's own reader of its saved drafts (`readAssessmentDraft`…) for what the host gave. */
export interface FormMachine<TLogic extends AnyActorLogic> {
  logic: TLogic;
  readDraft(stored: unknown): DraftReading<unknown>;
}

/** A saved draft that could not be used, so the form started afresh. */
export type RefusedDraft = Extract<DraftStart, { outcome: 'unusable' | 'failed' }>;

/** `refusedDraft` for a form that starts again in its place: the error that stopped the draft resuming, or why it is not one to resume. */
export function startedAgain(form: string, unusable: string): (refused: RefusedDraft) => string {
  return (refused) =>
    refused.outcome === 'failed'
      ? `The saved draft could not be resumed, so the ${form} started again: ${String(refused.error)}`
      : `The saved draft ${unusable}, so the ${form} started again.`;
}

/**
 * What makes one form's session differ from another's. The session calls these when it needs them,
 * so they read the element's attributes as they are then.
 */
export interface FormPolicy<TLogic extends AnyActorLogic, TRecord extends OutcomeRecord> {
  /** The machine to run, or `null` while there is none (no valid definition yet). */
  machine(): FormMachine<TLogic> | null;
  /** The machine's input from the element's attributes, started now. */
  input(): InputFrom<TLogic>;
  /** The record a snapshot holds, when it is not only a finished machine's output (an episode has one from closing until its follow-up). */
  record?(snapshot: SnapshotFrom<TLogic>): TRecord | null;
  /** After a draft was resumed: a draft keeps the details it started with, so the host's current ones are applied (`configure`). */
  resumed?(input: InputFrom<TLogic>): void;
  /** What `ot-error` says when a saved draft could not be used; `keptAt` is the key it was kept under, if it was. */
  refusedDraft(refused: RefusedDraft, keptAt: string | undefined): string;
  /** Keeps a draft that could not be used under the draft key plus this, so that the fresh start does not save over it. */
  keepRefusedDraftAs?: string;
  /** The validation message while a required form has no record. */
  incomplete: string;
  /**
   * The machine's children change it too (an episode's nested forms): every snapshot after the start is a change
   * to save. Otherwise only what the element sends (`send`) is, and what the host configures is saved with it.
   */
  childrenChangeIt?: boolean;
  /** What page a snapshot shows. Given it, a new page takes focus at its heading (not on first load: the host's page has focus then). */
  page?(snapshot: SnapshotFrom<TLogic>): string;
}

/**
 * The session of one whole form: the reactive controller between a form element and its machine.
 *
 * It owns the actor (through `ActorController`: started and resumed here, or adopted from an owner), the
 * draft (read before the start, with the progress the browser handed back as a fallback; saved after each
 * change; removed with the record), the start token (a start still reading its draft gives way to a later
 * start, an adoption or a reset), the form value and validity, announcing each record once with `ot-outcome`,
 * reporting with `ot-error`, and focus after a failed attempt, a page change or an action. The element reads
 * its inputs, turns them into events and renders the snapshot.
 */
export class FormSession<TLogic extends AnyActorLogic, TRecord extends OutcomeRecord> implements ReactiveController {
  readonly #host: FormSessionHost;
  readonly #policy: FormPolicy<TLogic, TRecord>;
  readonly #internals: ElementInternals;
  readonly #formValue: RecordFormValue;
  readonly #drafts: DraftKeeper;
  readonly #actor: ActorController<TLogic>;
  #record: TRecord | null = null;
  /** The last record announced, as `recordId completedAt`: a copy of it (an actor restarted after a move, adopted again) is not new. */
  #announced = '';
  #startToken = 0;
  /** Set while the session starts an actor: what it shows then is not a change, and a record in it was announced when it was made. */
  #starting = false;
  /** Set while the element sends: a failed attempt then moves focus to the error summary (not one the owner of an adopted actor sends). */
  #sending = false;
  #attemptFailed = false;
  /** The person changed something since the start: from then on each snapshot is saved as the draft. */
  #changed = false;
  /** The progress the browser handed back after back/forward navigation, until a start can use it. */
  #restored: unknown = null;
  #focus: FocusTarget | null = null;
  #page = '';

  constructor(host: FormSessionHost, policy: FormPolicy<TLogic, TRecord>) {
    this.#host = host;
    this.#policy = policy;
    this.#internals = host.attachInternals();
    this.#formValue = new RecordFormValue(this.#internals, policy.incomplete);
    this.#drafts = new DraftKeeper(
      () => (host.storage ??= new LocalStorageDraftStorage()),
      () => host.draftKey,
      (message) => this.report({ kind: 'storage', message, issues: [] }),
    );
    host.addController(this);
    this.#actor = new ActorController<TLogic>(host, {
      onSnapshot: (snapshot, actor) => this.#show(snapshot, actor),
      onError: (error) => this.report({ kind: 'machine', message: String(error), issues: [] }),
      onEmitted: (event) => {
        if (event.type !== 'ATTEMPT_FAILED') return;
        this.#attemptFailed = true;
        if (this.#sending) this.#focus = { kind: 'summary' };
      },
    });
  }

  get actor(): ActorRefFromLogic<TLogic> | null {
    return this.#actor.actor;
  }

  get snapshot(): SnapshotFrom<TLogic> | null {
    return this.#actor.snapshot;
  }

  /** The record once there is one (the form is complete), otherwise `null`. */
  get record(): TRecord | null {
    return this.#record;
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Starts the form's own actor: from the saved draft when the machine can resume it, otherwise afresh. */
  async start(): Promise<void> {
    const token = ++this.#startToken;
    const machine = this.#policy.machine();
    if (!machine) return;
    this.#changed = false;
    const read = this.#drafts.read();
    const stored = read instanceof Promise ? await read : read;
    if (token !== this.#startToken) return;
    // A draft in storage is the latest; without one, the progress the browser handed back after back/forward navigation.
    const restored = this.#restored;
    this.#restored = null;
    const draft = stored ?? (machine.readDraft(restored).resumable ? restored : null);
    const input = this.#policy.input();
    const started = this.#whileStarting(() => {
      const outcome = this.#actor.startFromDraft(machine.logic, input, draft, machine.readDraft);
      if (outcome.outcome === 'resumed') this.#policy.resumed?.(input);
      return outcome;
    });
    if (started.outcome === 'failed' || started.outcome === 'unusable') {
      const suffix = this.#policy.keepRefusedDraftAs;
      const keptAt = suffix === undefined ? undefined : this.#drafts.keepAside(draft, suffix);
      this.report({ kind: 'draft', message: this.#policy.refusedDraft(started, keptAt), issues: [] });
    }
  }

  /** A surrounding form was reset: the draft goes, so nothing of it comes back, and the form starts afresh. */
  reset(): void {
    const machine = this.#policy.machine();
    if (!machine) return;
    this.stop();
    this.#changed = false;
    this.#drafts.remove();
    this.#whileStarting(() => this.#actor.start(machine.logic, this.#policy.input()));
  }

  /**
   * After back/forward navigation the browser hands back the progress kept as form state, usually before the
   * host has given what the machine needs and the storage: it is kept for the start, which uses it when storage
   * has no draft.
   */
  restore(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.#restored = JSON.parse(state);
    } catch {
      return; // A state the browser kept from another version of the page is not ours to resume.
    }
    if (this.actor && this.#policy.machine()?.readDraft(this.#restored).resumable) void this.start();
  }

  /** Shows and drives an actor its owner started: never started, stopped or saved here. */
  adopt(actor: ActorRefFromLogic<TLogic>): void {
    this.stop();
    this.#actor.adopt(actor);
  }

  /** Stops the form's own actor, or lets go of an adopted one; a start still reading its draft gives up. */
  stop(): void {
    this.#startToken += 1;
    this.#actor.stop();
    this.#record = null;
    this.#host.requestUpdate();
  }

  /** Sends what the person did: a change, so the draft is saved from now on. */
  send(event: EventFromLogic<TLogic>): void {
    this.#changed = true;
    this.#sending = true;
    try {
      this.#actor.send(event);
    } finally {
      this.#sending = false;
    }
  }

  /** Sends an attempt to move on (continue, submit, agree…) and says whether the machine refused it. */
  attempt(event: EventFromLogic<TLogic>): boolean {
    this.#attemptFailed = false;
    this.send(event);
    return this.#attemptFailed;
  }

  /** Sends the host's own settings (`UPDATE_OPTIONS`, `SET_WEIGHTING`): not a change the person made, so on its own no draft is saved. */
  configure(event: EventFromLogic<TLogic>): void {
    this.#actor.send(event);
  }

  /** Moves focus once the next render is done. */
  focusAfterRender(target: FocusTarget): void {
    this.#focus = target;
  }

  /** Moves focus now, for a link on the page as it is (an error summary's). */
  focusNow(target: FocusTarget): void {
    void moveFocus(this.#host.renderRoot, target);
  }

  /** Tells the host what went wrong with `ot-error`; never thrown. */
  report(detail: OtErrorDetail): void {
    this.#host.dispatchEvent(new OtErrorEvent(detail));
  }

  /** The form value and validity for the record, or the progress (kept as form state) and whether one is required. */
  updateFormValue(progress: unknown = this.actor?.getPersistedSnapshot() ?? null): void {
    const anchor = this.#host.renderRoot.querySelector<HTMLElement>('[part="button"]') ?? undefined;
    this.#formValue.update(this.#record, progress, this.#host.required, anchor);
  }

  hostUpdated(): void {
    const { page } = this.#policy;
    if (page) {
      const shown = this.snapshot ? page(this.snapshot) : '';
      if (this.#page && shown !== this.#page) this.#focus ??= { kind: 'heading' };
      this.#page = shown;
    }
    const target = this.#focus;
    this.#focus = null;
    if (target) void moveFocus(this.#host.renderRoot, target);
  }

  hostDisconnected(): void {
    this.#formValue.flush();
  }

  #show(snapshot: SnapshotFrom<TLogic>, actor: ActorRefFromLogic<TLogic>): void {
    const owned = !this.#actor.adopted;
    const done = (snapshot as Snapshot<unknown>).status === 'done';
    const progress = done ? null : actor.getPersistedSnapshot();
    // A form's record is its machine's output, unless the form says where else it is.
    this.#record = this.#policy.record ? this.#policy.record(snapshot) : (((snapshot as Snapshot<unknown>).output as TRecord | undefined) ?? null);
    if (owned && done) this.#drafts.remove();
    else if (owned && !this.#starting && (this.#changed || this.#policy.childrenChangeIt)) this.#drafts.save(progress);
    this.updateFormValue(progress);
    this.#announce(this.#record);
  }

  /** Dispatches `ot-outcome` for a new record; a record resumed from a draft was announced when it was made. */
  #announce(record: TRecord | null): void {
    const key = record ? `${record.recordId} ${record.completedAt}` : '';
    if (!record || key === this.#announced) return;
    this.#announced = key;
    if (!this.#starting) this.#host.dispatchEvent(new OtOutcomeEvent(record));
  }

  #whileStarting<T>(start: () => T): T {
    this.#starting = true;
    try {
      return start();
    } finally {
      this.#starting = false;
    }
  }
}
