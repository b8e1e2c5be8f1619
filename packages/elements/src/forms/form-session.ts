import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftStorage, KeptAsideReason, OutcomeRecord } from '@otforms/core';
import type { ActorRefFromLogic, AnyActorLogic, AnyActorRef, EventFromLogic, Snapshot, SnapshotFrom } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { OtErrorEvent, type OtErrorDetail } from '../events/ot-error-event.js';
import { OtOutcomeEvent } from '../events/ot-outcome-event.js';
import { DraftKeeper } from '../storage/draft-keeper.js';
import type { DraftEncryptionKey } from '../storage/encrypted-draft-storage.js';
import { DraftStoreChoice } from './draft-store.js';
import { hasChildren, SavedSnapshots } from './saved-snapshots.js';
import type { FormMachine, FormPolicy, RefusedDraft } from './form-policy.js';
import { moveFocus, type FocusTarget } from './page-focus.js';
import { RecordFormValue } from './record-form-value.js';
import type { SessionNotices } from './session-notices.js';
import { SessionKeptAside } from './session-kept-aside.js';
import { SessionLock } from './session-lock.js';
import { SessionOutbox } from './session-outbox.js';
import { switchDraftStore } from './session-store-switch.js';

export { startedAgain, type FormMachine, type FormPolicy, type RefusedDraft } from './form-policy.js';

/** What a whole form's element is to its session: a Lit host with the attributes the session reads. */
export interface FormSessionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The key the draft is kept under. */
  readonly draftKey: string;
  /** A surrounding form cannot be submitted until there is a record. */
  readonly required: boolean;
  /** Where drafts are kept; when the host gives none, the browser default (`defaultDraftStorage()`). */
  readonly storage?: DraftStorage | undefined;
  /** When given, drafts and the outbox are encrypted at rest with it (`EncryptedDraftStorage`). */
  readonly encryptionKey?: DraftEncryptionKey | undefined;
}

/**
 * The session of one whole form: the reactive controller between a form element and its machine.
 *
 * It owns the actor (through `ActorController`: started and resumed here, or adopted from an owner), the
 * editor lock (an owned actor starts only in the one tab that edits its draft), the draft (read before
 * the start, with the progress the browser handed back as a fallback; a draft that cannot be used is
 * kept aside before anything is saved over it; saved after each change through `DraftKeeper`; removed
 * once its record is in the outbox), the start token (a start still reading its draft gives way to a
 * later start, an adoption or a reset), the form value and validity, announcing each record once with
 * `ot-outcome`, reporting with `ot-error`, the notices the page shows (storage failing, open elsewhere,
 * a draft kept aside, records not sent), and focus. The element reads its inputs, turns them into events
 * and renders the snapshot after `renderSessionNotices(session.notices, …)`.
 */
export class FormSession<TLogic extends AnyActorLogic, TRecord extends OutcomeRecord> implements ReactiveController {
  readonly #host: FormSessionHost;
  readonly #policy: FormPolicy<TLogic, TRecord>;
  readonly #internals: ElementInternals;
  readonly #formValue: RecordFormValue;
  readonly #stores = new DraftStoreChoice();
  readonly #drafts: DraftKeeper;
  /** The snapshot saved last: the next draft is saved as the change from it. */
  readonly #saved = new SavedSnapshots();
  readonly #outbox: SessionOutbox;
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
  /** The form's button, as `#anchor` last found it. */
  #button: HTMLElement | null = null;
  readonly #lock: SessionLock;
  /** The draft key the notices are about. */
  #loadedKey = '';
  /** The lock was let go because the element left the page: connected again, it claims the draft again. */
  #leftPage = false;
  /** The token of the start still claiming the lock or reading its draft, or 0. */
  #inFlight = 0;
  /**
   * The draft key the running actor was started from, or null. A host that changes the key (another person's
   * draft) restarts the form, and until the new key's draft is read the old actor still shows and answers:
   * what it does then is never saved, nor settled, under the new key.
   */
  #actorKey: string | null = null;

  /** Whether the running actor was started from the draft key the host has now: only then is it saved, reset or settled. */
  get #actorOfCurrentKey(): boolean {
    return this.#actorKey === this.#host.draftKey;
  }
  /** Whether the draft was open elsewhere at the lock's last change. */
  #lockOpenElsewhere = false;
  readonly #keptAside: SessionKeptAside;
  /** The work a start or an announcement still has to do (reading, keeping aside, the outbox): `settled()` waits for it. */
  #busy: Promise<unknown> = Promise.resolve();
  /** Whether the last record is safely in the outbox, so that its draft may go. */
  #inOutbox: Promise<boolean> = Promise.resolve(true);

  constructor(host: FormSessionHost, policy: FormPolicy<TLogic, TRecord>) {
    this.#host = host;
    this.#policy = policy;
    this.#internals = host.attachInternals();
    this.#formValue = new RecordFormValue(this.#internals, policy.incomplete);
    this.#drafts = new DraftKeeper(
      () => this.#storage(),
      () => host.draftKey,
      {
        failing: (message) => {
          this.report({ kind: 'storage', message, issues: [] });
          host.requestUpdate();
        },
        recovered: () => host.requestUpdate(),
        saved: () => this.#lock.announceSaved(),
      },
      // A failed write is tried again while the form is in the page; connected again, at once.
      { active: () => host.isConnected },
    );
    this.#lock = new SessionLock({
      // After "Take over here" its button is gone: once the form is back, focus goes to its heading (WCAG 2.4.3).
      heldAgain: (tookOver) => void this.start().then(() => tookOver && this.#focusHeading()),
      // Handed over, what was pending is written already (the lock flushed first); taken by force from a tab that did not
      // answer, a change still waiting would land over the other tab's work, so it is dropped. The draft is the other tab's now.
      lost: () => {
        this.#drafts.dropWaiting();
        this.stop();
      },
      // A start's own grant changes nothing on screen (it says "Loading" until the draft is read, and renders then):
      // only whether the draft is open elsewhere, or a change outside a start, needs a render.
      changed: () => {
        const openElsewhere = this.openElsewhere;
        if (!this.starting || openElsewhere !== this.#lockOpenElsewhere) host.requestUpdate();
        this.#lockOpenElsewhere = openElsewhere;
      },
      flush: () => this.#drafts.flush(),
      handingOver: (key) => this.#settleDraft(key),
    });
    this.#keptAside = new SessionKeptAside({ element: host, storage: () => this.#storage(), keeper: this.#drafts, changed: () => host.requestUpdate() });
    this.#outbox = new SessionOutbox({
      element: host,
      storage: () => this.#storage(),
      draftKey: () => host.draftKey,
      keeper: this.#drafts,
      keepAside: async (key, error) => (await this.#keptAside.keep(key, error.reason, error.message, error.stored)) !== null,
      changed: () => host.requestUpdate(),
    });
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

  /** What the page must say before the form: the store failing, the draft open elsewhere, a draft kept aside, records not sent. */
  get notices(): SessionNotices {
    const [unsent, savedElsewhereAt] = [this.#outbox.unsent, this.#lock.savedElsewhereAt];
    return {
      ...(this.#drafts.failing ? { storage: 'failing' as const } : {}),
      ...(this.openElsewhere ? { openElsewhere: true, ...(this.#lock.takingOver ? { takingOver: true } : {}), ...(savedElsewhereAt ? { savedElsewhereAt } : {}) } : {}),
      ...(this.#keptAside.last ? { keptAside: this.#keptAside.last } : {}),
      ...(unsent.length > 0 ? { unsent: [...unsent] } : {}),
    };
  }

  /** True while another tab or element edits this form's draft: the element shows only the notices. */
  get openElsewhere(): boolean {
    return this.#lock.openElsewhere && !this.#actor.adopted;
  }

  /** Asks the tab or element editing the draft to let go of it, so that this one edits it ("Take over here"). */
  readonly takeOver = (): void => {
    this.#lock.takeOver();
  };

  /** Resolves when what a start or an announcement began is done (the element's `updateComplete` waits for it). */
  async settled(): Promise<void> {
    for (;;) {
      const busy = this.#busy;
      await busy.catch(() => undefined);
      if (busy === this.#busy) return;
    }
  }

  /** Resolves when every change of the draft queued so far is committed to the store, or has failed. */
  flush(): Promise<void> {
    return this.#drafts.flush();
  }

  /**
   * Starts the form's own actor once this tab edits its draft (the editor lock): from the saved draft when
   * the machine can resume it, otherwise afresh, keeping a draft that cannot be used aside first.
   */
  start(): Promise<void> {
    const token = ++this.#startToken;
    const machine = this.#policy.machine();
    if (!machine) return Promise.resolve();
    this.#changed = false;
    this.#saved.reset(machine.draftsAsChanges === true);
    this.#inFlight = token;
    const key = this.#host.draftKey;
    if (key !== this.#loadedKey) {
      // Another draft: what was shown about the last one no longer applies.
      this.#loadedKey = key;
      this.#keptAside.clear();
      this.#outbox.clear();
    }
    const started = this.#lock
      .claim(key)
      .then((held) => {
        if (token !== this.#startToken) return undefined;
        if (held) return this.#load(token, machine, key);
        // Open elsewhere: an actor picked up again after a move must not run here.
        this.#actor.stopForGood();
        this.#actorKey = null;
        this.#record = null;
        return undefined;
      })
      .finally(() => {
        if (this.#inFlight === token) this.#inFlight = 0;
      });
    this.#track(started);
    return started;
  }

  /**
   * The host gave another encryption key or store while the form runs: the form carries on with its answers, and
   * its draft and outbox move to the new store (`switchDraftStore`). False when there is nothing running to keep
   * (no actor yet, a start under way, the draft not read): the element starts again then, reading with the new store.
   */
  switchStore(): boolean {
    const actor = this.#actor.actor;
    const from = this.#stores.current;
    if (!actor || this.#actor.adopted || this.starting || this.#drafts.blocked || !from) return false;
    this.#storage();
    const to = this.#stores.current!;
    if (to.store === from.store) return true;
    const done = (actor.getSnapshot() as Snapshot<unknown>).status === 'done';
    this.#track(switchDraftStore({ from, to, draftKey: this.#host.draftKey, keeper: this.#drafts, progress: () => (done ? null : actor.getPersistedSnapshot()) }));
    return true;
  }

  /** True while a start claims the draft or reads it: the element need not start again. */
  get starting(): boolean {
    return this.#inFlight !== 0 && this.#inFlight === this.#startToken;
  }

  /** A surrounding form was reset: the draft goes, so nothing of it comes back, and the form starts afresh. */
  reset(): void {
    const machine = this.#policy.machine();
    // Not while another element or tab edits the draft, nor before this one holds it (its start reads the draft then).
    // Nor while the actor shown is not the current key's (the key changed; its start has not read the new draft).
    if (!machine || this.openElsewhere || !this.#actor.actor || !this.#actorOfCurrentKey) return;
    this.stop();
    this.#changed = false;
    this.#drafts.remove();
    this.#whileStarting(() => this.#actor.start(machine.logic, this.#policy.input()));
    this.#actorKey = this.#host.draftKey;
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

  /** Shows and drives an actor its owner started: never started, stopped or saved here, and it takes no lock. */
  adopt(actor: ActorRefFromLogic<TLogic>): void {
    this.stop();
    void this.#lock.release();
    this.#actor.adopt(actor);
  }

  /** Stops the form's own actor, or lets go of an adopted one; a start still reading its draft gives up. */
  stop(): void {
    this.#startToken += 1;
    // For good: an actor parked while the element was out of the page must not come back unsaved when it returns.
    this.#actor.stopForGood();
    this.#actorKey = null;
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

  /**
   * The form value and validity for the record, or the progress (kept as form state) and whether one is required.
   * `progress` may be a function that makes it, called only when the form state is kept.
   */
  updateFormValue(progress: unknown = this.#progressNow()): void {
    this.#formValue.update(this.#record, progress, this.#host.required, this.#anchor);
  }

  /**
   * Asks the keeper to write the draft under `key` whole if it is stored as changes, before another tab takes it.
   * Only the draft of this session's own form, still under way, and only when `key` is both the key the keeper
   * writes now and the one the running actor was started from (`#actorKey`).
   */
  #settleDraft(key: string): void {
    const actor = this.#actor.actor;
    if (!actor || this.#actor.adopted || this.#starting || key !== this.#actorKey || !this.#actorOfCurrentKey) return;
    const snapshot = actor.getSnapshot() as Snapshot<unknown>;
    if (snapshot.status !== 'active') return;
    this.#drafts.settle(persistWhenAsked(actor, snapshot));
  }

  /** The progress of the actor as it is now, made only when asked for. */
  #progressNow(): unknown {
    const actor = this.actor;
    return actor ? persistWhenAsked(actor, actor.getSnapshot()) : null;
  }

  /**
   * Where the browser points at a missing value: the form's button. Kept while it is in this form's page, so an
   * answer does not search the whole page for it; looked for again once a render has replaced it.
   */
  readonly #anchor = (): HTMLElement | undefined => {
    const root = this.#host.renderRoot;
    // renderRoot is the element's content <div> (LocalisedElement), not a ShadowRoot: ask it whether it still holds the button.
    if (!this.#button?.isConnected || !root.contains(this.#button)) this.#button = root.querySelector<HTMLElement>('[part="button"]');
    return this.#button ?? undefined;
  };

  hostConnected(): void {
    this.#drafts.retry();
    // Connected again after the lock was let go (not a move within the page): edit the draft again once it is ours.
    if (this.#leftPage) {
      this.#leftPage = false;
      if (!this.#actor.adopted) void this.start();
    }
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
    // Moved within the page, it is connected again at once and keeps the draft; removed, it lets another element or tab edit it.
    queueMicrotask(() => {
      if (this.#host.isConnected || !this.#lock.claimed) return;
      this.#leftPage = true;
      void this.#lock.release();
    });
  }

  #focusHeading(): void {
    this.focusAfterRender({ kind: 'heading' });
    this.#host.requestUpdate();
  }

  #storage(): DraftStorage {
    return this.#stores.store(this.#host.storage, this.#host.encryptionKey);
  }

  /** Reads the draft, starts the actor, keeps an unusable draft aside, then announces records still in the outbox. */
  async #load(token: number, machine: FormMachine<TLogic>, key: string): Promise<void> {
    this.#drafts.clearBlocks();
    // A write still pending (a restart while saving) lands first, so the read sees the newest answers.
    await this.#drafts.flush();
    if (token !== this.#startToken) return;
    const read = await this.#drafts.read();
    if (token !== this.#startToken) return;
    // A draft in storage is the latest; without one, the progress the browser handed back after back/forward navigation.
    const restored = this.#restored;
    this.#restored = null;
    const stored = read.kind === 'draft' ? read.draft : null;
    // Nothing handed back (the usual start) has nothing to read: reading null would only build a refusal.
    const fallback = (read.kind === 'none' || read.kind === 'failed') && restored !== null && machine.readDraft(restored).resumable ? restored : null;
    const draft = stored ?? fallback;
    const unreadable = read.kind === 'unreadable' ? read.error : null;
    // Nothing is saved over a draft that cannot be used until it is safe elsewhere.
    if (unreadable) this.#drafts.holdBack();
    const input = this.#policy.input();
    // The key this start claimed (a later change of key gives this start up, above).
    this.#actorKey = key;
    const started = this.#whileStarting(() => {
      const outcome = this.#actor.startFromDraft(machine.logic, input, draft, (given) => {
        const reading = machine.readDraft(given);
        if (!reading.resumable && draft === stored) this.#drafts.holdBack();
        return reading;
      });
      if (outcome.outcome === 'failed' && draft === stored) this.#drafts.holdBack();
      if (outcome.outcome === 'resumed') this.#policy.resumed?.(input);
      return outcome;
    });
    if (unreadable) await this.#refused(token, { outcome: 'failed', error: unreadable }, unreadable.reason, unreadable.message, unreadable.stored);
    else if (started.outcome === 'unusable' || started.outcome === 'failed') {
      const [reason, detail]: [KeptAsideReason, string] =
        started.outcome === 'failed' ? ['failed-to-resume', String(started.error)] : [started.reason ?? 'malformed', started.detail ?? 'The machine cannot resume it.'];
      await this.#refused(token, started, reason, detail, draft === stored ? stored : undefined);
    }
    if (token !== this.#startToken) return;
    await this.#outbox.announcePending(() => token === this.#startToken);
  }

  /**
   * A draft that could not be used: kept aside (when it came from the store), then reported. Not by a start that
   * gave way meanwhile: letting through or forbidding would act on the draft key of the start after it.
   */
  async #refused(token: number, refused: RefusedDraft, reason: KeptAsideReason, detail: string, stored: unknown): Promise<void> {
    if (token !== this.#startToken) return;
    let message = this.#policy.refusedDraft(refused);
    if (stored !== undefined) {
      const kept = await this.#keptAside.keep(this.#host.draftKey, reason, detail, stored);
      if (token !== this.#startToken) return;
      if (kept) {
        this.#drafts.letThrough(true);
        message += ` The saved draft was kept aside as "${kept.id}".`;
      } else {
        this.#drafts.forbid();
        message += ' The saved draft could not be kept aside, so nothing is saved over it.';
      }
    }
    this.report({ kind: 'draft', message, issues: [] });
  }

  #show(snapshot: SnapshotFrom<TLogic>, actor: ActorRefFromLogic<TLogic>): void {
    const owned = !this.#actor.adopted;
    const done = (snapshot as Snapshot<unknown>).status === 'done';
    // Made only when a write or the form state needs it: answers that a later one replaces first cost nothing.
    const progress = done ? null : persistWhenAsked(actor, snapshot);
    // A form's record is its machine's output, unless the form says where else it is.
    this.#record = this.#policy.record ? this.#policy.record(snapshot) : (((snapshot as Snapshot<unknown>).output as TRecord | undefined) ?? null);
    this.#announce(this.#record, owned);
    // A finished form's draft goes once its record is in the outbox; if the outbox failed, the draft stays.
    if (owned && done) {
      // Not if the form was reset or started again meanwhile: the draft under the key is a new one then.
      const finished = this.#startToken;
      this.#track(this.#inOutbox.then((safe) => safe && finished === this.#startToken && this.#actor.actor === actor && this.#drafts.remove()));
    } else if (owned && !this.#starting && this.#actorOfCurrentKey && (this.#changed || this.#policy.childrenChangeIt)) {
      // As a change from the draft saved before, where the store keeps changes: one answer, not the whole form.
      this.#drafts.save(progress, this.#saved.saved(actor, snapshot, !!this.#storage().writeChange));
    }
    this.updateFormValue(progress);
  }

  /** Dispatches `ot-outcome` for a new record (an owned form's once it is in the outbox); a record resumed from a draft was announced when it was made. */
  #announce(record: TRecord | null, owned: boolean): void {
    const key = record ? `${record.recordId} ${record.completedAt}` : '';
    if (!record || key === this.#announced) return;
    this.#announced = key;
    if (this.#starting) return;
    if (!owned) {
      this.#host.dispatchEvent(new OtOutcomeEvent(record));
      return;
    }
    this.#inOutbox = this.#outbox.add(record);
    this.#track(this.#inOutbox.then(() => this.#outbox.announce(record)));
  }

  #track(work: Promise<unknown>): void {
    const before = this.#busy;
    this.#busy = Promise.all([before.catch(() => undefined), work.catch(() => undefined)]);
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

/**
 * The draft of `snapshot` as `actor.getPersistedSnapshot()` gives it while `snapshot` is the actor's, made only
 * when the function returned is called: a snapshot never changes, so the draft is the same whenever that is.
 * A machine with children persists them as they are when it is called, not as they were, so its draft is made
 * now (and so is one of a snapshot that is not the actor's latest, or an actor whose logic cannot be reached).
 */
function persistWhenAsked(actor: AnyActorRef, snapshot: unknown): unknown {
  const logic = (actor as { logic?: AnyActorLogic }).logic;
  if (!logic || actor.getSnapshot() !== snapshot || hasChildren(snapshot)) return actor.getPersistedSnapshot();
  let made: { draft: unknown } | undefined;
  return () => (made ??= { draft: logic.getPersistedSnapshot(snapshot) }).draft;
}
