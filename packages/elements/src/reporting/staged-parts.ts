import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A hidden page draws no frames: after this long without one, the next part comes anyway. */
const FRAME_FALLBACK_MS = 100;

/**
 * Builds a view that is costly the first time in parts, one more part a
 * frame, so that no one task both creates all of its DOM and lays all of it
 * out.
 *
 * Why: the report's figures are about 480 elements in seven sections. Made
 * in one update when the summary arrived (6,000 records), that update took
 * 15–30 ms in Lit's dev mode (most of it preparing each section's templates
 * the first time) and the frame after it 20–25 ms of style and layout (about
 * 25 ms and 14 ms of CPU in a production build): 40–60 ms of main-thread work
 * in a row, which a busy device turns into a long task. In parts (the
 * headline, each instrument, each later section: nine for the fictional
 * cohort) no frame took more than 13 ms of either in dev mode, and the
 * whole view is there nine frames after the first part.
 *
 * The next part is asked for in a requestAnimationFrame callback, so that its
 * update runs in that frame, before the frame's style and layout, which then
 * cover that part alone.
 */
export class StagedParts implements ReactiveController {
  #shown = 0;
  #total = 0;
  #cancel: (() => void) | null = null;
  #finished: { promise: Promise<void>; resolve: () => void } | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * How many of `total` parts to render in this update: one at first, then
   * one more each frame. While `active` is false (the view is not shown) it
   * is 0, so the next time the view is shown it is built in parts again.
   * Once every part is shown, an update that changes `total` (a filter
   * that brings more parts, say) shows all of them at once: the view is not
   * built again.
   */
  count(total: number, active: boolean): number {
    if (!active) {
      this.#stop();
      this.#shown = 0;
      return 0;
    }
    const complete = this.#shown > 0 && this.#shown >= this.#total;
    this.#total = total;
    this.#shown = complete ? total : Math.max(1, Math.min(this.#shown, total));
    return this.#shown;
  }

  /** Resolves once every part of the view shown has been rendered; at once when none is waiting. */
  get finished(): Promise<void> {
    return this.#finished?.promise ?? Promise.resolve();
  }

  /** Whether parts are still to come. */
  get building(): boolean {
    return this.#shown > 0 && this.#shown < this.#total;
  }

  hostUpdated(): void {
    if (!this.building) {
      this.#stop();
      return;
    }
    if (this.#cancel) return;
    this.#finished ??= deferred();
    this.#cancel = nextFrame(() => {
      this.#cancel = null;
      this.#shown += 1;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    // Off the page nothing is laid out, and frames may never come: build the rest at once.
    if (!this.building) return;
    this.#cancelFrame();
    this.#shown = this.#total;
    this.host.requestUpdate();
  }

  /** Nothing more to build: no frame is waited for, and whoever waits for the view is let go. */
  #stop(): void {
    this.#cancelFrame();
    const finished = this.#finished;
    this.#finished = null;
    finished?.resolve();
  }

  #cancelFrame(): void {
    this.#cancel?.();
    this.#cancel = null;
  }
}

/** Calls `callback` in the next animation frame, or after FRAME_FALLBACK_MS if none comes; returns a cancel function. */
function nextFrame(callback: () => void): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const run = () => {
    cancel();
    callback();
  };
  frame = requestAnimationFrame(run);
  timer = setTimeout(run, FRAME_FALLBACK_MS);
  return cancel;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}
