import { html, nothing, type TemplateResult } from 'lit';
import type { KeptAsideSummary, OutboxEntry } from '@otforms/core';
import type { Catalogue } from '../i18n/catalogue.js';

export { sessionNoticeMessages } from './session.en.js';
export { sessionNoticeStyles } from '../styles/session-notice-styles.js';

/** What a form's session has to tell the person, above the form. */
export interface SessionNotices {
  /** Drafts cannot be written: the answers live only in this page. */
  storage?: 'failing';
  /** Another tab or window edits this draft. */
  openElsewhere?: boolean;
  /** "Take over here" was pressed and the other tab has not let go yet: the button says so and does nothing more. */
  takingOver?: boolean;
  /** When the tab editing it last saved the draft (ISO time, from the editor lock's `saved`); shown with `openElsewhere`. */
  savedElsewhereAt?: string;
  /** A draft that could not be read was kept aside and the form started again. */
  keptAside?: KeptAsideSummary;
  /** Finished records the host has not acknowledged yet. */
  unsent?: OutboxEntry[];
}

/**
 * The notices above a form, in GOV.UK patterns: warning text when storage fails, notification banners
 * for the rest. Renders nothing when there is nothing to say.
 *
 * How each is announced:
 * - The storage warning is `role="alert"`: it appears while the person is typing in this page, and what
 *   it warns of (losing every answer on a reload) needs saying at once. An alert is announced when it is
 *   inserted, which a polite live region inserted together with its text is not, reliably.
 * - The banners follow GOV.UK's neutral notification banner: `role="region"` named by its title, not live
 *   and not focused. They come first in the form, so they are the first thing read when the page loads,
 *   which is when "kept aside" and "not sent yet" appear, and when a tab opens on a draft already open
 *   elsewhere. The one other time "open elsewhere" appears is in a tab the person has just left to take
 *   the draft over in another; announcing it there would reach nobody, and when they come back the banner
 *   stands where the form was.
 */
export function renderSessionNotices(notices: SessionNotices, onTakeOver: () => void, t: Pick<Catalogue, 'session'>): TemplateResult {
  const m = t.session;
  const { storage, openElsewhere, takingOver = false, savedElsewhereAt, keptAside, unsent = [] } = notices;
  if (!storage && !openElsewhere && !keptAside && unsent.length === 0) return html``;
  return html`<div class="session-notices">
    ${storage === 'failing' ? renderStorageWarning(m) : nothing} ${openElsewhere ? renderOpenElsewhere(m, onTakeOver, savedElsewhereAt, takingOver) : nothing}
    ${keptAside ? renderKeptAside(m, keptAside) : nothing} ${unsent.length > 0 ? renderUnsent(m, unsent) : nothing}
  </div>`;
}

type Words = Catalogue['session'];

/** An instant as the notices say it, or null for a time that cannot be read. */
function when(m: Words, instant: string): string | null {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : m.at(date);
}

function renderStorageWarning(m: Words): TemplateResult {
  return html`<div class="warning-text" role="alert">
    <span class="warning-text-icon" aria-hidden="true">!</span>
    <strong class="warning-text-text"><span class="visually-hidden">${m.warning}</span> ${m.storageFailing}</strong>
  </div>`;
}

/**
 * A GOV.UK notification banner, a region named by its own `title` (not one "Important" for all, which would give
 * two banners shown together the same name); `name` keeps each banner's title id unique in the form's shadow root.
 */
function renderBanner(name: string, title: string, content: TemplateResult): TemplateResult {
  const titleId = `ot-notice-${name}-title`;
  return html`<div class="notification-banner" role="region" aria-labelledby=${titleId} data-notice=${name}>
    <div class="notification-banner-header">
      <h2 class="notification-banner-title" id=${titleId}>${title}</h2>
    </div>
    <div class="notification-banner-content">${content}</div>
  </div>`;
}

function renderOpenElsewhere(m: Words, onTakeOver: () => void, savedAt: string | undefined, takingOver: boolean): TemplateResult {
  const savedWhen = savedAt === undefined ? null : when(m, savedAt);
  const saved = savedWhen === null ? null : m.savedElsewhere(savedWhen);
  return renderBanner(
    'open-elsewhere',
    m.openElsewhereTitle,
    html`<p class="notification-banner-heading">${m.openElsewhereHeading}</p>
      ${saved ? html`<p>${saved}</p>` : nothing}
      <p>${m.openElsewhereBody}</p>
      <button
        type="button"
        class="button"
        aria-disabled=${takingOver ? 'true' : nothing}
        @click=${() => {
          // aria-disabled keeps the button focusable and announced; a click while it is so does nothing.
          if (!takingOver) onTakeOver();
        }}
      >
        ${takingOver ? m.takingOver : m.takeOver}
      </button>`,
  );
}

function renderKeptAside(m: Words, keptAside: KeptAsideSummary): TemplateResult {
  return renderBanner(
    'kept-aside',
    m.keptAsideTitle,
    html`<p class="notification-banner-heading">${m.keptAsideHeading}</p>
      <p>${m.keptAsideBody(keptAside.id)}</p>`,
  );
}

function renderUnsent(m: Words, unsent: readonly OutboxEntry[]): TemplateResult {
  const lines = unsent.map(({ record }) => m.unsent(record.kind, when(m, record.completedAt)));
  return renderBanner(
    'unsent',
    m.unsentTitle,
    lines.length === 1
      ? html`<p class="notification-banner-heading">${lines[0]}</p>`
      : html`<ul>
          ${lines.map((line) => html`<li>${line}</li>`)}
        </ul>`,
  );
}
