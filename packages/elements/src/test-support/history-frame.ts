/**
 * A page in an `<iframe>` that a test leaves and comes back to with the browser's history, as a person
 * does with the Back button. Only top-level pages go into the back/forward cache, so coming back loads
 * the frame's page again, and the browser hands each form-associated element the state it kept with
 * `formStateRestoreCallback(state, 'restore')`: this is the real thing, not a call made by the test.
 */
export class HistoryFrame {
  private constructor(readonly frame: HTMLIFrameElement) {}

  /** Opens `url` in a new frame and waits until its page says it is ready (`<body data-ready="true">`). */
  static async open(url: string): Promise<HistoryFrame> {
    const frame = document.createElement('iframe');
    frame.title = 'Page under test';
    document.body.append(frame);
    const opened = new HistoryFrame(frame);
    await opened.navigate(() => (frame.src = url));
    return opened;
  }

  get document(): Document {
    return this.frame.contentDocument!;
  }

  get window(): Window {
    return this.frame.contentWindow!;
  }

  /** Follows a link to another page, then goes back; fails unless the page came back through history, as a new document. */
  async awayAndBack(): Promise<void> {
    const left = this.document;
    await this.navigate(() => (this.window.location.href = '/__echo?left=the-page'), { ready: false });
    await this.navigate(() => this.window.history.back());
    const [entry] = this.window.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    if (this.document === left || entry?.type !== 'back_forward') throw new Error(`The page did not come back through history (${entry?.type})`);
  }

  /** Reloads the page. */
  async reload(): Promise<void> {
    await this.navigate(() => this.window.location.reload());
  }

  remove(): void {
    this.frame.remove();
  }

  private async navigate(go: () => void, { ready = true } = {}): Promise<void> {
    const loaded = new Promise((resolve) => this.frame.addEventListener('load', resolve, { once: true }));
    go();
    await loaded;
    for (let waited = 0; ready && this.document.body?.dataset.ready !== 'true'; waited += 1) {
      if (waited > 200) throw new Error('The page in the frame never became ready');
      await pause(25);
    }
    // A navigation started before the load event has finished replaces the history entry instead of adding one.
    await pause(0);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
