import { type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { DraftStorage, OutcomeRecord } from '@otforms/core';
import type { ActorRefFromLogic, AnyActorLogic } from 'xstate';
import type { DraftEncryptionKey } from '../storage/encrypted-draft-storage.js';
import type { FormSession, FormSessionHost } from './form-session.js';
import { reflectOwnDisabled } from './own-disabled.js';
import { LocalisedElement } from '../i18n/localised-element.js';

/** The part of a machine's input every form gives: when it started, who it is about, and who assessed. */
export interface StartDetails {
  startedAt: string;
  subjectReference?: string;
  assessor?: { reference?: string; role?: string };
}

/**
 * What every whole form (`<ot-assessment>`, `<ot-goal-plan>`, `<ot-episode>`) is to a page: a
 * form-associated element whose value is its outcome record. It answers the browser's form callbacks
 * (reset, restore, disabled) and the attributes every form has (`required`, `disabled`, an actor given
 * or taken back, a new draft key or store) by telling its `FormSession`, which owns the actor, the
 * draft, the record and focus.
 *
 * A form declares its attributes itself, each in its own words for the custom elements manifest and
 * its docs (only `disabled` means the same everywhere, so it is declared here), creates its session
 * with its policy, names the attributes that start it again, and renders.
 */
export abstract class OtFormElement<TLogic extends AnyActorLogic, TRecord extends OutcomeRecord> extends LocalisedElement implements FormSessionHost {
  static formAssociated = true;

  /**
   * When set, nothing in the form can be changed, opened or submitted. A disabled ancestor `<fieldset>` sets it
   * too, and clears it again when it is enabled; only a host's own setting is reflected to the `disabled` attribute.
   */
  @property({ type: Boolean }) disabled = false;

  abstract subjectReference: string;
  abstract assessorRole: string;
  abstract assessorReference: string;
  abstract required: boolean;
  abstract storage?: DraftStorage;
  abstract readonly draftKey: string;

  /**
   * Encrypts drafts and finished records waiting in the outbox at rest (AES-GCM, a fresh IV per write): a
   * `CryptoKey`, or a function that returns one (asked when a draft is read or written, so a host can hold
   * the key in memory only while the person is signed in). A draft that cannot be decrypted with it is kept
   * aside and reported, never lost. Changing it on a running form keeps the answers on the page and moves the
   * draft and the outbox to the new key (they are written again with it). See docs/security.md.
   */
  @property({ attribute: false }) encryptionKey?: DraftEncryptionKey;

  protected abstract readonly session: FormSession<TLogic, TRecord>;

  /** The attributes whose change starts the form again (from the draft then under its key): another machine, draft key or store. */
  protected abstract readonly restartOn: readonly PropertyKey[];

  /** The actor an owner gave the form to show and drive instead of its own (see `actor`); `null` while it runs its own. */
  protected adoptedActor(): ActorRefFromLogic<TLogic> | null {
    return null;
  }

  /** Shows and drives the owner's actor. */
  protected adopt(actor: ActorRefFromLogic<TLogic>): void {
    this.session.adopt(actor);
  }

  /** What every form's machine starts with, whatever else it needs: now, and the person and the assessor the host named. */
  protected startDetails(): StartDetails {
    const assessor = { ...(this.assessorReference ? { reference: this.assessorReference } : {}), ...(this.assessorRole ? { role: this.assessorRole } : {}) };
    return {
      startedAt: new Date().toISOString(),
      ...(this.subjectReference ? { subjectReference: this.subjectReference } : {}),
      ...(Object.keys(assessor).length ? { assessor } : {}),
    };
  }

  /** The form element this one belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.session.form;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('disabled')) reflectOwnDisabled(this, this.disabled);
    const given = changed as Map<PropertyKey, unknown>;
    const storeChanged = given.has('encryptionKey') || given.has('storage');
    const restart = storeChanged || this.restartOn.some((key) => given.has(key));
    const actor = this.adoptedActor();
    if (actor) {
      if (given.has('actor') || restart) this.adopt(actor);
      return;
    }
    // The owner took its actor back: the form runs its own again, from its draft.
    if (given.has('actor')) this.session.stop();
    // Only the store changed (a new key, another store): the answers on the page stay, and move to it.
    const otherRestart = given.has('actor') || this.restartOn.some((key) => key !== 'storage' && given.has(key));
    if (storeChanged && !otherRestart && this.session.switchStore()) return;
    if ((!this.session.actor && !this.session.starting) || restart) void this.session.start();
  }

  /** Also waits for what the session began: reading the draft, keeping one aside, putting a record in the outbox. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.session.settled();
    // What the session did may have asked for another render.
    return this.isUpdatePending ? this.getUpdateComplete() : result;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('required')) this.session.updateFormValue();
  }

  /** A surrounding form's reset starts the form afresh, with no draft left; an owner's actor is not the form's to reset. */
  formResetCallback(): void {
    if (!this.adoptedActor()) this.session.reset();
  }

  /** The browser hands back the progress after back/forward navigation (see `FormSession.restore`). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (!this.adoptedActor()) this.session.restore(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }
}
