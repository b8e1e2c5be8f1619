import { keepDraftAside, type DraftStorage, type KeptAsideReason, type KeptAsideSummary } from '@otforms/core';
import { OtDraftKeptAsideEvent } from '../events/ot-draft-kept-aside-event.js';
import type { DraftKeeper } from '../storage/draft-keeper.js';

/** What keeping drafts aside needs from its session. */
export interface SessionKeptAsideHost {
  /** Where `ot-draft-kept-aside` is dispatched. */
  readonly element: HTMLElement;
  storage(): DraftStorage;
  /** Shares the session's failure episode. */
  readonly keeper: DraftKeeper;
  /** What the page shows changed: render. */
  changed(): void;
}

/** A session's drafts that could not be used: each copied, never to be written over, before anything is saved over it. */
export class SessionKeptAside {
  readonly #host: SessionKeptAsideHost;
  #last: KeptAsideSummary | null = null;

  constructor(host: SessionKeptAsideHost) {
    this.#host = host;
  }

  /** The last draft kept aside for the current draft key, for the page to say so. */
  get last(): KeptAsideSummary | null {
    return this.#last;
  }

  /** Forgets what was shown for another draft key. */
  clear(): void {
    this.#last = null;
  }

  /** Keeps what is under `draftKey` aside and says so (`ot-draft-kept-aside`); `null` when the store failed (an episode of failures). */
  async keep(draftKey: string, reason: KeptAsideReason, detail: string, draft: unknown): Promise<KeptAsideSummary | null> {
    try {
      const summary = await keepDraftAside(this.#host.storage(), { draftKey, keptAt: new Date().toISOString(), reason, detail, draft });
      this.#last = summary;
      this.#host.changed();
      this.#host.element.dispatchEvent(new OtDraftKeptAsideEvent(summary));
      return summary;
    } catch (error) {
      this.#host.keeper.fail(`A draft that could not be used could not be kept aside: ${String(error)}`);
      return null;
    }
  }
}
