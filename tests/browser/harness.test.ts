// Sanity checks for the browser test harness itself (web-test-runner.config.mjs):
// if one of these fails, fix the harness before trusting any other browser test.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { validateAgainstJsonSchema } from './support/validate-json-schema.js';

// Legacy decorators must reach the browser as working code (esbuild reads the tsconfig).
@customElement('harness-decorated')
class HarnessDecorated extends LitElement {
  @property({ type: Number, reflect: true }) count = 1;
  override render() {
    return html`<span>${this.count}</span>`;
  }
}

describe('browser test harness', () => {
  it('runs axe through chai-a11y-axe', async () => {
    const el = await fixture(html`<button>Save</button>`);
    await expect(el).to.be.accessible();
  });

  it('compiles legacy decorators', async () => {
    const el = await fixture<HarnessDecorated>(html`<harness-decorated></harness-decorated>`);
    el.count = 3;
    await el.updateComplete;
    expect(el.getAttribute('count')).to.equal('3');
    expect(el.shadowRoot?.textContent).to.equal('3');
  });

  it('validates data against a JSON Schema file via the server command', async () => {
    const schema = 'tests/browser/support/fixture-schema.json';
    expect((await validateAgainstJsonSchema(schema, { a: 1 })).valid).to.equal(true);
    const bad = await validateAgainstJsonSchema(schema, {});
    expect(bad.valid).to.equal(false);
    expect(bad.errors).to.have.length.greaterThan(0);
  });

  for (const method of ['get', 'post'] as const) {
    it(`echoes a native ${method.toUpperCase()} form submission into an iframe`, async () => {
      const el = await fixture(html`
        <div>
          <iframe name="frame" title="echo"></iframe>
          <form method=${method} action="/__echo" target="frame"><input name="x" value="hello" /></form>
        </div>
      `);
      const frame = el.querySelector('iframe')!;
      const loaded = oneEvent(frame, 'load');
      el.querySelector('form')!.submit();
      await loaded;
      expect(frame.contentDocument?.getElementById('echo')?.textContent).to.equal('x=hello');
    });
  }
});
