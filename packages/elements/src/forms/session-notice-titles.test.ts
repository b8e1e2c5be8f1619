import { expect, fixture, html } from '@open-wc/testing';
import type { KeptAsideSummary, OutboxEntry, OutcomeRecord } from '@otforms/core';
import { LocalisedElement } from '../i18n/localised-element.js';
import { formStyles } from '../styles/form-styles.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { renderSessionNotices, sessionNoticeStyles, type SessionNotices } from './session-notices.js';

class TitledNoticesHost extends LocalisedElement {
  static override styles = [sharedStyles, formStyles, sessionNoticeStyles];
  static override properties = { notices: { attribute: false } };
  notices: SessionNotices = {};

  override render() {
    return html`${renderSessionNotices(this.notices, () => undefined, this.t)}<h2>Barthel Index</h2>`;
  }
}
customElements.define('test-titled-session-notices', TitledNoticesHost);

// Fictional: only what the banners read matters.
const unsent: OutboxEntry = {
  record: { kind: 'assessment', completedAt: '2026-11-22T10:20:00.000Z', recordId: '9b1f4a52-6a4c-4d53-9a37-5b0d1c2e3f41' } as unknown as OutcomeRecord,
  queuedAt: '2026-11-22T10:20:01.000Z',
};
const keptAside: KeptAsideSummary = {
  id: '2026-11-22T10:20:00.000Z-0a1b2c3d',
  draftKey: 'otforms:assessment:barthel',
  keptAt: '2026-11-22T10:20:00.000Z',
  reason: 'not-json',
  detail: 'The stored draft is not JSON.',
};

describe('the notices\u2019 banners', () => {
  it('are each a region named by its own title, so banners shown together have different names', async () => {
    const host = await fixture<TitledNoticesHost>(
      html`<test-titled-session-notices .notices=${{ openElsewhere: true, keptAside, unsent: [unsent] } satisfies SessionNotices}></test-titled-session-notices>`,
    );
    await host.updateComplete;
    const root = host.shadowRoot!;
    const names = [...root.querySelectorAll('[role="region"]')].map((region) => [
      region.getAttribute('data-notice'),
      root.getElementById(region.getAttribute('aria-labelledby')!)?.textContent?.trim(),
    ]);
    expect(names).to.deep.equal([
      ['open-elsewhere', 'Open in another tab'],
      ['kept-aside', 'Answers kept aside'],
      ['unsent', 'Not sent yet'],
    ]);
    await expectNoAxeViolations(host);
  });
});
