import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { LocalisedElement } from './localised-element.js';
import { availableLocales, catalogueFor, clearMessageOverrides, loadLocale, overrideMessages, registerLocale, setLocaleLoader } from './registry.js';
import { enGB } from './en-gb.js';
import type { Catalogue } from './catalogue.js';

/*
 * Welsh is loaded the first time an element needs it. Nothing in this file imports ./cy.js, and the test
 * runner gives each test file a page of its own, so the first test meets Welsh not yet loaded (it checks so).
 * The other tests load fictional catalogues through `setLocaleLoader`, a seam the package does not export,
 * so that a load can be held, failed and retried.
 */

/** Shows two words of its catalogue, and tells when it next renders (whatever its language is waiting for). */
class TwoWords extends LocalisedElement {
  private waiting: (() => void)[] = [];

  nextRender(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The load this element is waiting for, if any. */
  get pendingLoad(): Promise<void> | undefined {
    return this.localeController.loading;
  }

  override render() {
    return litHtml`<p class="back">${this.t.assessment.back}</p><p class="continue">${this.t.assessment.continue}</p>`;
  }

  protected override updated(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
customElements.define('two-words', TwoWords);

const words = (element: TwoWords) => [...element.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);
/** The `lang` of the wrapper the element renders into: what a screen reader takes its words to be in. */
const contentLang = (element: TwoWords) => (element.renderRoot as HTMLElement).getAttribute('lang');

/** A catalogue for a language otforms does not ship: English but for its two words. */
const catalogueOf = (tag: string, back: string, next: string): Catalogue => ({
  ...(enGB as Catalogue),
  locale: tag,
  assessment: { ...enGB.assessment, back, continue: next },
});

/** A promise to hand out, and the way to settle it later. */
function held<T>() {
  let release!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => ((release = resolve), (fail = reject)));
  return { promise, release, fail };
}

/** Records every unhandled rejection while it listens. */
function unhandledRejections() {
  const seen: unknown[] = [];
  const listen = (event: PromiseRejectionEvent) => seen.push(event.reason);
  window.addEventListener('unhandledrejection', listen);
  return { seen, stop: () => window.removeEventListener('unhandledrejection', listen) };
}

/** Lets the browser report unhandled rejections, which it does after a task. */
const aTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('locales loaded on demand', () => {
  afterEach(() => clearMessageOverrides());

  it('renders Welsh after updateComplete with nothing loaded first, with the words given for Welsh before it came', async () => {
    expect(availableLocales(), 'Welsh is known from the start').to.deep.equal(['en-GB', 'cy']);
    // Given while Welsh is not here: they must wait for it, not change en-GB.
    overrideMessages('cy', { assessment: { continue: 'Ymlaen, medd y cyngor' } });
    expect(catalogueFor('en-GB').catalogue.assessment.continue).to.equal(enGB.assessment.continue);
    const element = document.createElement('two-words') as TwoWords;
    element.setAttribute('lang', 'cy');
    element.messages = { cy: { assessment: { back: 'Yn ôl, medd y gwasanaeth' } } };
    document.body.append(element);
    try {
      expect(element.pendingLoad, 'Welsh was not loaded before this test').to.be.an.instanceOf(Promise);
      await element.updateComplete;
      expect(words(element)).to.deep.equal(['Yn ôl, medd y gwasanaeth', 'Ymlaen, medd y cyngor']);
      expect(contentLang(element), 'Welsh words on a Welsh element need no lang of their own').to.equal(null);
      expect(element.pendingLoad).to.equal(undefined);
      const { catalogue, loading } = catalogueFor('cy-GB');
      expect([catalogue.locale, catalogue.assessment.back, loading]).to.deep.equal(['cy', 'Yn ôl', undefined]);
    } finally {
      element.remove();
    }
  });

  it('shows en-GB, marked lang="en-GB", while the catalogue loads, then its own words; each locale is loaded once', async () => {
    const gate = held<Catalogue>();
    let calls = 0;
    const restore = setLocaleLoader('kw', () => ((calls += 1), gate.promise));
    overrideMessages('kw', { assessment: { continue: 'Pesya, herwydh an konsel' } });
    const page = document.createElement('div');
    page.setAttribute('lang', 'kw-GB');
    const first = document.createElement('two-words') as TwoWords;
    const rendered = first.nextRender();
    page.append(first);
    document.body.append(page);
    try {
      await rendered;
      expect(words(first), 'the words for Cornish are not laid over en-GB').to.deep.equal([enGB.assessment.back, enGB.assessment.continue]);
      expect(contentLang(first), 'English words on a Cornish page are marked English').to.equal('en-GB');
      const second = document.createElement('two-words') as TwoWords;
      second.setAttribute('lang', 'kw');
      page.append(second);
      const waiting = loadLocale('kw');
      expect(calls, 'one load for two elements and loadLocale').to.equal(1);
      gate.release(catalogueOf('kw', 'War-dhelergh', 'Pesya'));
      await waiting;
      await Promise.all([first.updateComplete, second.updateComplete]);
      expect(words(first)).to.deep.equal(['War-dhelergh', 'Pesya, herwydh an konsel']);
      expect(words(second)).to.deep.equal(['War-dhelergh', 'Pesya, herwydh an konsel']);
      expect([contentLang(first), contentLang(second)]).to.deep.equal([null, null]);
      expect(calls).to.equal(1);
    } finally {
      page.remove();
      restore();
    }
  });

  it('loadLocale resolves when the catalogue is here, and rejects for a tag with no catalogue', async () => {
    await loadLocale('cy-GB');
    expect(catalogueFor('cy').catalogue.assessment.back).to.equal('Yn ôl');
    await loadLocale('en-GB');
    let error: unknown;
    await loadLocale('xx').catch((caught: unknown) => (error = caught));
    expect(error).to.be.an.instanceOf(RangeError);
    expect((error as Error).message).to.equal('otforms has no catalogue for "xx": registerLocale one first (see docs/languages.md)');
  });

  it('falls back to en-GB when a load fails, with no unhandled rejection, and tries again on the next request', async () => {
    const attempts = [held<Catalogue>(), held<Catalogue>(), held<Catalogue>()];
    let calls = 0;
    const restore = setLocaleLoader('gv', () => attempts[calls++]!.promise);
    const rejections = unhandledRejections();
    const element = document.createElement('two-words') as TwoWords;
    element.setAttribute('lang', 'gv');
    const rendered = element.nextRender();
    document.body.append(element);
    try {
      const complete = element.updateComplete;
      await rendered;
      attempts[0]!.fail(new TypeError('Failed to fetch dynamically imported module'));
      expect(await complete, 'updateComplete settles after a failed load').to.equal(true);
      expect([words(element), contentLang(element)]).to.deep.equal([[enGB.assessment.back, enGB.assessment.continue], 'en-GB']);
      // A host asking again tries again, and hears why it failed.
      const asked = loadLocale('gv');
      expect(calls).to.equal(2);
      attempts[1]!.fail(new TypeError('Failed to fetch dynamically imported module'));
      const error = await asked.then(
        () => undefined,
        (caught: unknown) => caught as Error,
      );
      expect(error?.message).to.equal('otforms could not load the gv catalogue');
      expect(error?.cause).to.be.an.instanceOf(TypeError);
      await aTask();
      expect(rejections.seen, 'no unhandled rejection').to.deep.equal([]);
      // The element's next render asks again.
      const again = element.nextRender();
      element.requestUpdate();
      await again;
      expect(calls).to.equal(3);
      attempts[2]!.release(catalogueOf('gv', 'Reesht', 'Cur er'));
      await element.updateComplete;
      expect([words(element), contentLang(element)]).to.deep.equal([['Reesht', 'Cur er'], null]);
    } finally {
      rejections.stop();
      element.remove();
      restore();
    }
  });

  it('fails a loader that throws at once as one that rejects', async () => {
    const restore = setLocaleLoader('br', () => {
      throw new Error('no chunk');
    });
    try {
      const element = await fixture<TwoWords>(html`<two-words lang="br"></two-words>`);
      expect(words(element)).to.deep.equal([enGB.assessment.back, enGB.assessment.continue]);
      let error: unknown;
      await loadLocale('br').catch((caught: unknown) => (error = caught));
      expect((error as Error).message).to.equal('otforms could not load the br catalogue');
    } finally {
      restore();
    }
  });

  it('keeps a catalogue the host registered while the shipped one was loading', async () => {
    const gate = held<Catalogue>();
    const restore = setLocaleLoader('ga', () => gate.promise);
    try {
      const loading = loadLocale('ga');
      registerLocale(catalogueOf('ga', 'Siar, an chomhairle', 'Ar aghaidh, an chomhairle'));
      gate.release(catalogueOf('ga', 'Siar', 'Ar aghaidh'));
      await loading;
      const element = await fixture<TwoWords>(html`<two-words lang="ga"></two-words>`);
      expect(words(element)).to.deep.equal(['Siar, an chomhairle', 'Ar aghaidh, an chomhairle']);
    } finally {
      restore();
    }
  });
});
