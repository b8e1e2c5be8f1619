import { expect, fixture, html } from '@open-wc/testing';
import './cy.js';
import { catalogueFor } from '../i18n/registry.js';
import { LocalisedElement } from '../i18n/localised-element.js';
import { html as litHtml } from 'lit';

/** Shows one word, and what it showed on its very first render. */
class FirstWord extends LocalisedElement {
  first: string | undefined;
  override render() {
    this.first ??= this.t.assessment.back;
    return litHtml`<p>${this.t.assessment.back}</p>`;
  }
}
customElements.define('first-word', FirstWord);

describe('@otforms/elements/locales/cy.js', () => {
  it('registers Welsh as it is imported, so nothing waits for a load', async () => {
    const { catalogue, loading } = catalogueFor('cy-GB');
    expect([catalogue.locale, catalogue.assessment.back, loading]).to.deep.equal(['cy', 'Yn ôl', undefined]);
    const element = await fixture<FirstWord>(html`<first-word lang="cy"></first-word>`);
    expect(element.first, 'Welsh from the first render').to.equal('Yn ôl');
  });
});
