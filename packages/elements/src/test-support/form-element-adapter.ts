import { fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage, type KeptAsideReason, type OutcomeRecord } from '@otforms/core';
import type { AnyActorRef } from 'xstate';
import { settle } from './settle.js';

/** What every whole form (`<ot-assessment>`, `<ot-goal-plan>`, `<ot-episode>`) offers a host. */
export interface FormElement extends HTMLElement {
  readonly value: OutcomeRecord | null;
  readonly form: HTMLFormElement | null;
  readonly draftKey: string;
  readonly updateComplete: Promise<boolean>;
  name: string;
  required: boolean;
  disabled: boolean;
  storageKey: string;
  storage?: DraftStorage;
  formStateRestoreCallback(state: string | File | FormData | null, reason?: 'restore' | 'autocomplete'): void;
}

/** A whole form that can show and drive an actor its owner started (an episode's child, say). */
export interface AdoptingElement extends FormElement {
  actor: AnyActorRef | null;
  subjectReference: string;
}

/**
 * What the whole-form suite needs to know about one form: how to make one, how a person moves it on,
 * and what it shows. Everything else the suite checks is the same for every whole form.
 */
export interface FormElementAdapter<E extends FormElement = FormElement> {
  /** The suite's title, e.g. `<ot-assessment>`. */
  title: string;
  tag: 'ot-assessment' | 'ot-goal-plan' | 'ot-episode' | 'ot-home-visit';
  /** A new element with what a host must give it (a definition, instruments, today…), not yet in the page. */
  create(): E;
  /** A draft close to completion for `complete` to start from, when completing from scratch is long. */
  nearlyComplete?(): unknown;
  /** One change a person makes at the start, with the pointer: it is kept in the draft, and shown. */
  makeProgress(element: E): Promise<void>;
  /** Whether the element shows what `makeProgress` did. */
  showsProgress(element: E): boolean;
  /** Whether a saved draft holds what `makeProgress` did. */
  savedProgress(draft: unknown): boolean;
  /** Whether the element shows its first page, with nothing entered. */
  atStart(element: E): boolean;
  /** Tries to move on with nothing entered, with the pointer: the error summary shows. */
  attempt(element: E): Promise<void>;
  /** Completes the form with the pointer, fresh or from `nearlyComplete`. */
  complete(element: E): Promise<void>;
  /** Checks of the record `complete` makes that only this form makes. */
  checkRecord?(record: OutcomeRecord): Promise<void> | void;
  /** How many `ot-outcome` events completing dispatches (an episode announces its closing and its finish). */
  outcomesOnCompletion?: number;
  /** Completes a fresh form with the keyboard alone; may check what only this form does on the way. */
  completeByKeyboard(element: E): Promise<void>;
  /** The text that has focus once the form is complete. */
  completedHeading: string;
  /** Checks of the record only this form makes (its answers, scores…). */
  checkKeyboardRecord?(record: OutcomeRecord): Promise<void> | void;
  /** A saved draft this form cannot resume. */
  unusableDraft: unknown;
  /** Why the machine refuses `unusableDraft`, when not `malformed`. */
  unusableReason?: KeptAsideReason;
  /** How to drive an owner's actor, for a form that adopts one. */
  adoption?: AdoptionAdapter;
}

/** How the adopted-actor part of the suite starts and moves an owner's actor. */
export interface AdoptionAdapter {
  /** An actor started as its owner would start it, about `Person/7`. */
  ownersActor(): AnyActorRef;
  /** An owner's actor already done (its record made). */
  ownersDoneActor(): AnyActorRef;
  /** The owner sends the events `makeProgress` would. */
  ownerMakesProgress(actor: AnyActorRef): void;
  /** The owner sends a failed attempt to move on. */
  ownerAttempts(actor: AnyActorRef): void;
  /** Whether the actor holds what `makeProgress` did. */
  actorHasProgress(actor: AnyActorRef): boolean;
}

export interface Mounted<E extends FormElement> {
  form: HTMLFormElement;
  fieldset: HTMLFieldSetElement;
  element: E;
  storage: DraftStorage;
  /** The `ot-outcome` and `ot-error` details the element dispatched, from before it was connected. */
  outcomes: OutcomeRecord[];
  errors: { kind: string; message: string }[];
}

export interface MountOptions<E extends FormElement> {
  storage?: DraftStorage;
  /** A draft saved under the element's key before it starts. */
  draft?: unknown;
  required?: boolean;
  /** Anything else to set before the element is connected (an actor, say). */
  before?(element: E): void;
}

export const FORM_NAME = 'record';
export const DRAFT_KEY = 'behaviour-suite';

/** Puts a new element in a native form (inside a fieldset, beside another field), as a host would. */
export async function mount<E extends FormElement>(adapter: FormElementAdapter<E>, options: MountOptions<E> = {}): Promise<Mounted<E>> {
  const form = await fixture<HTMLFormElement>(html`<form method="post" action="/__echo" target="echo-frame">
    <input type="hidden" name="caseId" value="case-17" />
    <fieldset></fieldset>
  </form>`);
  const storage = options.storage ?? new MemoryDraftStorage();
  if (options.draft !== undefined) await storage.write(DRAFT_KEY, options.draft);
  const element = adapter.create();
  element.name = FORM_NAME;
  element.required = options.required ?? false;
  element.storage = storage;
  element.storageKey = DRAFT_KEY;
  options.before?.(element);
  const outcomes: OutcomeRecord[] = [];
  const errors: { kind: string; message: string }[] = [];
  element.addEventListener('ot-outcome', (event) => outcomes.push((event as CustomEvent<OutcomeRecord>).detail));
  element.addEventListener('ot-error', (event) => errors.push((event as CustomEvent<{ kind: string; message: string }>).detail));
  const fieldset = form.querySelector('fieldset')!;
  fieldset.append(element);
  await settle(element);
  return { form, fieldset, element, storage, outcomes, errors };
}

/** The draft a form saves after `makeProgress`, made by an element of its own. */
export async function progressedDraft<E extends FormElement>(adapter: FormElementAdapter<E>): Promise<unknown> {
  const { element, storage } = await mount(adapter);
  await adapter.makeProgress(element);
  const draft = await storage.read(DRAFT_KEY);
  element.remove();
  if (!adapter.savedProgress(draft)) throw new Error('makeProgress saved no draft with the progress in it');
  return draft;
}

/** The elements, in every open shadow root under `root`, that match `selector`. */
export function deepQueryAll<T extends Element>(root: Element, selector: string): T[] {
  const found: T[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.querySelectorAll('*')) {
      if (child.matches(selector)) found.push(child as T);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

export const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
