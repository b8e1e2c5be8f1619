import type { DraftStorage } from '@otforms/core';

/**
 * Reads, saves and removes one assessment's draft in whatever store the host
 * gave, synchronous or not. A store that fails is reported, never thrown:
 * the person can carry on, and the host decides what to do.
 */
export class DraftKeeper {
  constructor(
    private readonly storage: () => DraftStorage,
    private readonly key: () => string,
    private readonly onFailure: (message: string) => void,
  ) {}

  /** The stored draft or null; a promise only when the store is asynchronous, so a synchronous store renders at once. */
  read(): unknown {
    const failed = (error: unknown) => {
      this.onFailure(`The saved draft could not be read: ${String(error)}`);
      return null;
    };
    try {
      const stored = this.storage().read(this.key());
      return stored instanceof Promise ? stored.catch(failed) : stored;
    } catch (error) {
      return failed(error);
    }
  }

  save(draft: unknown): void {
    this.settle(() => this.storage().write(this.key(), draft));
  }

  /**
   * Keeps a draft that cannot be resumed under its key plus `suffix`, before a
   * fresh start is saved over it: nothing a person entered is thrown away.
   * Returns that key.
   */
  keepAside(draft: unknown, suffix: string): string {
    const key = `${this.key()}${suffix}`;
    this.settle(() => this.storage().write(key, draft));
    return key;
  }

  remove(): void {
    this.settle(() => this.storage().remove(this.key()));
  }

  private settle(change: () => Promise<void> | void): void {
    try {
      const pending = change();
      if (pending instanceof Promise) pending.catch((error: unknown) => this.onFailure(`The draft could not be saved: ${String(error)}`));
    } catch (error) {
      this.onFailure(`The draft could not be saved: ${String(error)}`);
    }
  }
}
