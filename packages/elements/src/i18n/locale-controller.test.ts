import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { LocalisedElement } from './localised-element.js';
import { inheritedLang } from './locale-controller.js';
import { clearMessageOverrides, overrideMessages, registerLocale } from './registry.js';
import { enGB } from './en-gb.js';
import type { Catalogue } from './catalogue.js';

/** Shows one word of the catalogue, and renders an inner element in its shadow root. */
class OuterWords extends LocalisedElement {
  override render() {
    return litHtml`<p>${this.t.assessment.back}</p><inner-words></inner-words>`;
  }
}
class InnerWords extends LocalisedElement {
  override render() {
    return litHtml`<p>${this.t.assessment.back}</p>`;
  }
}
/** A leaf, like a question: it renders no otforms element, so it tells no one its language. */
class LeafWords extends LocalisedElement {
  protected static override readonly rendersOtformsElements = false;
  override render() {
    return litHtml`<p>${this.t.assessment.back}</p>`;
  }
}
class ManyLeaves extends LocalisedElement {
  override render() {
    return litHtml`${Array.from({ length: 100 }, () => litHtml`<leaf-words></leaf-words>`)}`;
  }
}
customElements.define('leaf-words', LeafWords);
customElements.define('many-leaves', ManyLeaves);
customElements.define('outer-words', OuterWords);
customElements.define('inner-words', InnerWords);

async function settle(outer: OuterWords): Promise<InnerWords> {
  await outer.updateComplete;
  const inner = outer.shadowRoot!.querySelector('inner-words') as InnerWords;
  await inner.updateComplete;
  return inner;
}
const word = (element: LocalisedElement) => element.shadowRoot!.querySelector('p')!.textContent;

describe('LocaleController', () => {
  afterEach(() => clearMessageOverrides());

  it('speaks en-GB when no language is set anywhere', async () => {
    const outer = await fixture<OuterWords>(html`<outer-words></outer-words>`);
    const inner = await settle(outer);
    expect(word(outer)).to.equal(enGB.assessment.back);
    expect(word(inner)).to.equal(enGB.assessment.back);
  });

  it('takes the nearest lang above it, and follows it when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><section><outer-words></outer-words></section></div>`);
    const outer = wrapper.querySelector('outer-words') as OuterWords;
    const inner = await settle(outer);
    const welsh = (await import('./cy.js')).cy.assessment.back;
    expect(welsh, 'Welsh has its own word').to.equal('Yn ôl');
    expect(welsh).to.not.equal(enGB.assessment.back);
    expect(word(outer)).to.equal(enGB.assessment.back);
    wrapper.setAttribute('lang', 'cy-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(outer);
    expect(word(outer)).to.equal(welsh);
    expect(word(inner), 'the nested element follows through the context').to.equal(welsh);
    expect(outer.shadowRoot!.querySelector('inner-words')).to.equal(inner);
  });

  it('prefers its own lang to its ancestors’', async () => {
    registerLocale({ ...(enGB as Catalogue), locale: 'x-test', assessment: { ...enGB.assessment, back: 'Test back' } });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><outer-words lang="x-test"></outer-words></div>`);
    const outer = wrapper.querySelector('outer-words') as OuterWords;
    const inner = await settle(outer);
    expect(word(outer)).to.equal('Test back');
    expect(word(inner)).to.equal('Test back');
  });

  it('falls back to en-GB for a language it has no catalogue for', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><outer-words></outer-words></div>`);
    expect(word(await settle(wrapper.querySelector('outer-words') as OuterWords) as LocalisedElement)).to.equal(enGB.assessment.back);
  });

  it('lays the host’s words over the catalogue, for the element and those it renders, by locale', async () => {
    const outer = await fixture<OuterWords>(html`<outer-words lang="en-GB"></outer-words>`);
    outer.messages = { en: { assessment: { back: 'Go back' } }, cy: { assessment: { back: 'Yn ôl eto' } } };
    const inner = await settle(outer);
    expect(word(outer)).to.equal('Go back');
    expect(word(inner)).to.equal('Go back');
    outer.setAttribute('lang', 'cy');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(outer);
    expect(word(inner)).to.equal('Yn ôl eto');
  });

  it('lets the inner element’s own words win over the outer’s', async () => {
    const outer = await fixture<OuterWords>(html`<outer-words></outer-words>`);
    outer.messages = { 'en-GB': { assessment: { back: 'Outer back', continue: 'Outer continue' } } };
    const inner = await settle(outer);
    inner.messages = { 'en-GB': { assessment: { back: 'Inner back' } } };
    await inner.updateComplete;
    expect(word(inner)).to.equal('Inner back');
    expect(word(outer)).to.equal('Outer back');
  });

  it('changes words for the whole page with overrideMessages, and forgets them again', async () => {
    const outer = await fixture<OuterWords>(html`<outer-words></outer-words>`);
    overrideMessages('en-GB', { assessment: { back: 'Previous page' } });
    const inner = await settle(outer);
    expect(word(inner)).to.equal('Previous page');
    clearMessageOverrides();
    await settle(outer);
    expect(word(outer)).to.equal(enGB.assessment.back);
  });

  it('throws on words that cannot be messages, naming them, and leaves the catalogue as it was', () => {
    expect(() => overrideMessages('en-GB', { assessment: { back: 3 as unknown as string, nope: 'x' } as never })).to.throw(/assessment\.back must be a string.*assessment\.nope is not a message/);
  });

  it('ignores an element’s unusable words but keeps the usable ones', async () => {
    const outer = await fixture<OuterWords>(html`<outer-words></outer-words>`);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      outer.messages = { 'en-GB': { assessment: { back: 'Kept', submit: 7 } } as never };
      await outer.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(word(outer)).to.equal('Kept');
    expect(warnings).to.deep.equal(['otforms: outer-words ignored messages.assessment.submit must be a string']);
  });

  it('gives leaves the outer element’s words without making each leaf a provider (which grew with the square of the leaves)', async () => {
    let announced = 0;
    const count = () => (announced += 1);
    document.addEventListener('context-provider', count);
    try {
      const many = await fixture<ManyLeaves>(html`<many-leaves lang="cy"></many-leaves>`);
      many.messages = { cy: { assessment: { back: 'Yn ôl, o’r tu allan' } } };
      await many.updateComplete;
      const leaves = [...many.shadowRoot!.querySelectorAll('leaf-words')] as LeafWords[];
      await Promise.all(leaves.map((leaf) => leaf.updateComplete));
      expect(leaves.map(word)).to.deep.equal(Array(100).fill('Yn ôl, o’r tu allan'));
      expect(announced, 'only the outer element announced itself as a provider').to.equal(1);
    } finally {
      document.removeEventListener('context-provider', count);
    }
  });

  it('takes messages that are not an object by locale tag (their JSON text, say) as none, and warns once', async () => {
    const outer = await fixture<OuterWords>(html`<outer-words lang="cy"></outer-words>`);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      outer.messages = '{"cy":{"assessment":{"back":"Yn ôl eto"}}}' as never;
      const inner = await settle(outer);
      outer.requestUpdate();
      await settle(outer);
      expect([word(outer), word(inner)]).to.deep.equal(['Yn ôl', 'Yn ôl']);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['otforms: outer-words ignored its messages: they must be an object by locale tag, such as { cy: { … } }']);
  });

  it('names a __proto__ key in an inner element’s words rather than losing it silently', async () => {
    const outer = await fixture<OuterWords>(html`<outer-words></outer-words>`);
    outer.messages = { 'en-GB': { assessment: { back: 'Outer back' } } };
    const inner = await settle(outer);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      inner.messages = JSON.parse('{"en-GB": {"__proto__": {"assessment": {"back": "Lost"}}, "assessment": {"continue": "Kept"}}}');
      await inner.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(word(inner)).to.equal('Outer back');
    expect(Object.getPrototypeOf(enGB)).to.equal(Object.prototype);
    expect(warnings).to.deep.equal(['otforms: inner-words ignored messages.__proto__ is not a message']);
  });

  it('marks its words en-GB where the page’s language has no catalogue, so they are not read in the page’s voice', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="gd"><outer-words></outer-words></div>`);
    const outer = page.querySelector('outer-words') as OuterWords;
    const inner = await settle(outer);
    const spoken = (element: LocalisedElement) => inheritedLang(element.shadowRoot!.querySelector('p')!);
    expect([word(outer), spoken(outer), spoken(inner)]).to.deep.equal([enGB.assessment.back, 'en-GB', 'en-GB']);
    page.setAttribute('lang', 'cy');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(outer);
    expect([word(outer), spoken(outer), spoken(inner)]).to.deep.equal(['Yn ôl', 'cy', 'cy']);
    expect(outer.shadowRoot!.querySelector('[lang]'), 'no lang of its own where the languages agree').to.equal(null);
    page.setAttribute('lang', 'en-US');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(outer);
    expect(spoken(outer), 'English in an English page keeps the page’s own tag').to.equal('en-US');
  });

  it('speaks a language’s own words once its catalogue is registered, and before that keeps them off en-GB', async () => {
    const outer = await fixture<OuterWords>(html`<outer-words lang="gd"></outer-words>`);
    outer.messages = { gd: { assessment: { back: 'Air ais' } } };
    await settle(outer);
    expect(word(outer)).to.equal(enGB.assessment.back);
    registerLocale({ ...(enGB as Catalogue), locale: 'gd' });
    await settle(outer);
    expect(word(outer)).to.equal('Air ais');
    expect(outer.shadowRoot!.querySelector('[lang]')).to.equal(null);
  });
});

