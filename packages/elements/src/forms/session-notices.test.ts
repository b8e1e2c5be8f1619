import { expect, fixture, html } from '@open-wc/testing';
import type { KeptAsideSummary, OutboxEntry, OutcomeRecord } from '@otforms/core';
import { setViewport } from '@web/test-runner-commands';
import { LocalisedElement } from '../i18n/localised-element.js';
import { formStyles } from '../styles/form-styles.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { press } from '../test-support/keyboard.js';
import { renderSessionNotices, sessionNoticeStyles, type SessionNotices } from './session-notices.js';

/** A form's shadow root in miniature: the same styles as the forms, the notices first. */
class NoticesHost extends LocalisedElement {
  static override styles = [sharedStyles, formStyles, sessionNoticeStyles];
  static override properties = { notices: { attribute: false } };
  notices: SessionNotices = {};
  takeOvers = 0;

  override render() {
    return html`${renderSessionNotices(this.notices, () => (this.takeOvers += 1), this.t)}<h2>Barthel Index</h2>`;
  }
}
customElements.define('test-session-notices', NoticesHost);

const show = async (notices: SessionNotices) => {
  const host = await fixture<NoticesHost>(html`<test-session-notices .notices=${notices}></test-session-notices>`);
  await host.updateComplete;
  return host;
};
const root = (host: NoticesHost) => host.shadowRoot!;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Fictional records: only what the notice reads (kind, completion time) matters here. */
const entry = (kind: string, completedAt: string): OutboxEntry => ({
  record: { kind, completedAt, recordId: '9b1f4a52-6a4c-4d53-9a37-5b0d1c2e3f40' } as unknown as OutcomeRecord,
  queuedAt: completedAt,
});

const keptAside = (id: string): KeptAsideSummary => ({
  id,
  draftKey: 'otforms:assessment:barthel',
  keptAt: '2026-11-22T10:20:00.000Z',
  reason: 'not-json',
  detail: 'The stored draft is not JSON.',
});

const hostile = '<img src=x onerror="window.__noticeXss = 1">';

describe('renderSessionNotices', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('renders nothing when there is nothing to say', async () => {
    for (const notices of [{}, { unsent: [] }, { openElsewhere: false }] satisfies SessionNotices[]) {
      const host = await show(notices);
      expect(root(host).querySelector('.session-notices'), JSON.stringify(notices)).to.equal(null);
      expect(text(root(host).firstElementChild)).to.equal('Barthel Index');
    }
  });

  it('warns in GOV.UK warning text, as an alert, when storage fails', async () => {
    const host = await show({ storage: 'failing' });
    const warning = root(host).querySelector('.warning-text')!;
    expect(warning.getAttribute('role')).to.equal('alert');
    expect(warning.querySelector('.warning-text-icon')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(warning.querySelector('.warning-text-icon'))).to.equal('!');
    expect(text(warning.querySelector('.visually-hidden'))).to.equal('Warning');
    expect(text(warning.querySelector('.warning-text-text'))).to.equal(
      'Warning Your answers are not being saved on this device. If you close or reload this page, they will be lost. Keep this page open until you can finish.',
    );
  });

  it('says the form is open elsewhere in a banner, with a 44 px button that takes it over by click, Enter or Space', async () => {
    const host = await show({ openElsewhere: true });
    const banner = root(host).querySelector('[data-notice="open-elsewhere"]')!;
    expect(banner.getAttribute('role')).to.equal('region');
    expect(text(root(host).getElementById(banner.getAttribute('aria-labelledby')!))).to.equal('Open in another tab');
    expect(text(banner.querySelector('.notification-banner-content'))).to.equal(
      'This form is open in another tab or window. You can carry on here instead: the other tab will stop, and keep nothing it has not already saved. Take over here',
    );
    const button = banner.querySelector('button')!;
    expect(button.type).to.equal('button');
    expect(text(button)).to.equal('Take over here');
    const { width, height } = button.getBoundingClientRect();
    expect(width).to.be.at.least(44);
    expect(height).to.be.at.least(44);

    button.click();
    expect(host.takeOvers).to.equal(1);
    button.focus();
    await press('Enter');
    expect(host.takeOvers).to.equal(2);
    await press('Space');
    expect(host.takeOvers).to.equal(3);
  });

  it('says when the other tab last saved the draft, when it has said so', async () => {
    const host = await show({ openElsewhere: true, savedElsewhereAt: '2026-11-22T12:05:00.000Z' });
    const paragraphs = [...root(host).querySelectorAll('[data-notice="open-elsewhere"] p')].map(text);
    expect(paragraphs[1]).to.match(/^It was last saved there at \d{1,2}:05[ap]m on 22 November 2026\.$/);
    const unreadable = await show({ openElsewhere: true, savedElsewhereAt: 'soon' });
    expect(unreadable.shadowRoot!.querySelectorAll('[data-notice="open-elsewhere"] p')).to.have.length(2);
  });

  it('speaks Welsh in a Welsh page: titles, the button, and times in the 24-hour clock', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy">
      <test-session-notices .notices=${{ openElsewhere: true, savedElsewhereAt: '2026-11-22T12:05:00.000Z', unsent: [entry('assessment', '2026-11-22T12:05:00.000Z'), entry('unknown-kind', 'soon')] }}></test-session-notices>
    </div>`);
    const host = wrapper.querySelector<NoticesHost>('test-session-notices')!;
    await host.updateComplete;
    const titles = [...root(host).querySelectorAll('.notification-banner-title')].map(text);
    expect(titles).to.deep.equal(['Ar agor mewn tab arall', 'Heb ei anfon eto']);
    expect(text(root(host).querySelector('[data-notice="open-elsewhere"] button'))).to.equal('Cymryd drosodd yma');
    const saved = [...root(host).querySelectorAll('[data-notice="open-elsewhere"] p')].map(text)[1];
    expect(saved).to.match(/^Cafodd ei chadw yno ddiwethaf am \d{2}:05 ar /);
    const unsent = [...root(host).querySelectorAll('[data-notice="unsent"] li')].map(text);
    expect(unsent[0]).to.match(/^Heb ei anfon eto: mae’r asesiad a gwblhawyd am \d{2}:05 ar .* yn cael ei gadw ar y ddyfais hon nes bydd eich system yn cadarnhau ei fod wedi’i gael\.$/);
    expect(unsent[1]).to.match(/^Heb ei anfon eto: mae’r ffurflen a gwblhawyd gennych yn cael ei chadw ar y ddyfais hon nes bydd eich system yn cadarnhau ei bod wedi’i chael\.$/);
    await expectNoAxeViolations(host);
  });

  it('says a draft was kept aside, with its reference as text', async () => {
    delete (window as { __noticeXss?: number }).__noticeXss;
    const host = await show({ keptAside: keptAside(`2026-11-22T10:20:00.000Z-${hostile}`) });
    const banner = root(host).querySelector('[data-notice="kept-aside"]')!;
    expect(banner.getAttribute('role')).to.equal('region');
    expect(text(banner.querySelector('.notification-banner-content'))).to.equal(
      'The answers saved on this device could not be opened, so this form has started again. ' +
        `They have been kept aside, not deleted: your system administrator can recover them (reference: 2026-11-22T10:20:00.000Z-${hostile}).`,
    );
    expect(root(host).querySelector('img')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __noticeXss?: number }).__noticeXss).to.equal(undefined);
  });

  it('lists the records not sent yet, by kind and time of completion', async () => {
    // Midday UTC: the same day in any time zone the tests run in.
    const one = await show({ unsent: [entry('goal-plan', '2026-11-22T12:05:00.000Z')] });
    expect(text(one.shadowRoot!.querySelector('[data-notice="unsent"] .notification-banner-content'))).to.match(
      /^Not sent yet: the goal plan completed at \d{1,2}:05[ap]m on 22 November 2026 is kept on this device until your system confirms it has it\.$/,
    );

    const several = await show({
      unsent: [entry('assessment', '2026-11-22T12:05:00.000Z'), entry('home-visit', '2026-11-23T12:30:00.000Z'), entry(hostile, 'not a time')],
    });
    const items = [...several.shadowRoot!.querySelectorAll('[data-notice="unsent"] li')].map(text);
    expect(items).to.have.length(3);
    expect(items[0]).to.match(/^Not sent yet: the assessment completed at \d{1,2}:05[ap]m on 22 November 2026 is kept/);
    expect(items[1]).to.match(/^Not sent yet: the home visit completed at \d{1,2}:30[ap]m on 23 November 2026 is kept/);
    expect(items[2]).to.equal('Not sent yet: the form you completed is kept on this device until your system confirms it has it.');
  });

  it('wraps a long reference at 320 px rather than scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const host = await show({ keptAside: keptAside('x'.repeat(100)), openElsewhere: true, storage: 'failing' });
    const notices = root(host).querySelector<HTMLElement>('.session-notices')!;
    expect(notices.scrollWidth).to.be.at.most(notices.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('passes axe with every notice shown', async () => {
    const host = await show({
      storage: 'failing',
      openElsewhere: true,
      keptAside: keptAside('2026-11-22T10:20:00.000Z-4f7c'),
      unsent: [entry('assessment', '2026-11-22T12:05:00.000Z'), entry('episode', '2026-11-22T12:45:00.000Z')],
    });
    expect(root(host).querySelectorAll('.notification-banner')).to.have.length(3);
    await expectNoAxeViolations(host);
  });
});
