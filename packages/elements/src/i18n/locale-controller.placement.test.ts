import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalisedElement } from './localised-element.js';
import { enGB } from './en-gb.js';
import { cy } from './cy.js';

/**
 * Where an element stands decides its language: inside another framework's shadow root, after a move,
 * below a `lang` nearer than the otforms element rendering it. And only a change of its own language renders it again.
 */
class PlacedWords extends LocalisedElement {
  renders = 0;
  override render() {
    this.renders += 1;
    return litHtml`<p>${this.t.assessment.back}</p><placed-inner></placed-inner>`;
  }
}
class PlacedInner extends LocalisedElement {
  override render() {
    return litHtml`<p>${this.t.assessment.back}</p>`;
  }
}
/** A host app's own component (a plain LitElement, not otforms) rendering an otforms element with its own language. */
class HostApp extends LitElement {
  @property() locale = 'en-GB';
  override render() {
    return litHtml`<div lang=${this.locale}><placed-words></placed-words></div>`;
  }
}
customElements.define('placed-words', PlacedWords);
customElements.define('placed-inner', PlacedInner);
customElements.define('host-app', HostApp);

const word = (element: LocalisedElement) => element.shadowRoot!.querySelector('p')!.textContent;
/** Lets MutationObservers report, then every element render. */
async function settle(...elements: LocalisedElement[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((element) => element.updateComplete));
  await Promise.all(elements.map((element) => element.shadowRoot?.querySelector<LocalisedElement>('placed-inner')?.updateComplete));
}
const innerOf = (element: LocalisedElement) => element.shadowRoot!.querySelector('placed-inner') as PlacedInner;

describe('LocaleController: where the element stands', () => {
  it('follows a lang changed inside another component’s shadow root', async () => {
    const app = await fixture<HostApp>(html`<host-app></host-app>`);
    await app.updateComplete;
    const element = app.shadowRoot!.querySelector('placed-words') as PlacedWords;
    await settle(element);
    expect(word(element)).to.equal(enGB.assessment.back);
    app.locale = 'cy';
    await app.updateComplete;
    await settle(element);
    expect([word(element), word(innerOf(element))], 'the host app’s own binding').to.deep.equal([cy.assessment.back, cy.assessment.back]);
    app.shadowRoot!.querySelector('div')!.setAttribute('lang', 'en-GB');
    await settle(element);
    expect([word(element), word(innerOf(element))]).to.deep.equal([enGB.assessment.back, enGB.assessment.back]);
  });

  it('follows its own lang set inside another component’s shadow root', async () => {
    const app = await fixture<HostApp>(html`<host-app></host-app>`);
    await app.updateComplete;
    const element = app.shadowRoot!.querySelector('placed-words') as PlacedWords;
    await settle(element);
    element.setAttribute('lang', 'cy');
    await element.updateComplete;
    expect(word(element)).to.equal(cy.assessment.back);
    element.removeAttribute('lang');
    await element.updateComplete;
    expect(word(element)).to.equal(enGB.assessment.back);
  });

  it('speaks the language of the container it is moved to', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div lang="en-GB" id="from"><placed-words></placed-words></div><div lang="cy" id="to"></div></div>`);
    const element = page.querySelector('placed-words') as PlacedWords;
    await settle(element);
    expect(word(element)).to.equal(enGB.assessment.back);
    page.querySelector('#to')!.append(element);
    await settle(element);
    expect([word(element), word(innerOf(element))]).to.deep.equal([cy.assessment.back, cy.assessment.back]);
    page.querySelector<HTMLElement>('#to')!.lang = 'en-GB';
    await settle(element);
    expect(word(element), 'it watches the lang of where it is now').to.equal(enGB.assessment.back);
  });

  it('prefers a lang between it and the otforms element around it to that element’s language', async () => {
    const outer = await fixture<PlacedWords>(html`<placed-words lang="cy"><section lang="en-GB"><placed-inner></placed-inner></section><placed-inner id="plain"></placed-inner></placed-words>`);
    const slotted = outer.querySelector('section placed-inner') as PlacedInner;
    const plain = outer.querySelector('#plain') as PlacedInner;
    await settle(outer, slotted, plain);
    expect([word(outer), word(slotted), word(plain)]).to.deep.equal([cy.assessment.back, enGB.assessment.back, cy.assessment.back]);
    outer.setAttribute('lang', 'en-GB');
    outer.querySelector('section')!.setAttribute('lang', 'cy');
    await settle(outer, slotted, plain);
    expect([word(outer), word(slotted), word(plain)]).to.deep.equal([enGB.assessment.back, cy.assessment.back, enGB.assessment.back]);
  });

  it('renders again on a lang change only when its own language changed', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div lang="en-GB"><placed-words></placed-words></div><p lang="fr" contenteditable="true">Bonjour</p></div>`);
    const element = page.querySelector('placed-words') as PlacedWords;
    await settle(element);
    const before = element.renders;
    const editor = page.querySelector('p')!;
    for (const lang of ['de', 'es', 'fr']) {
      editor.setAttribute('lang', lang);
      await settle(element);
    }
    expect(element.renders, 'a lang elsewhere in the page').to.equal(before);
    page.firstElementChild!.setAttribute('lang', 'en-US');
    await settle(element);
    expect(element.renders, 'its own language changed, though to the same catalogue').to.equal(before + 1);
  });
});
