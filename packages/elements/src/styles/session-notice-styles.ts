import { css } from 'lit';

/**
 * The notices a form shows above itself (`renderSessionNotices`): GOV.UK warning text and notification
 * banners. Used beside `sharedStyles` (the `--_*` colours) and `formStyles` (the `.button`).
 *
 * - Colours are the shared ones: the banner's edge and title bar are the link colour with the surface
 *   colour as text, the same pair as a link on the page, so a theme whose links pass 4.5:1 passes here too
 *   (contrast is the same either way round). The warning's icon is the text colour with the surface as its "!".
 * - In forced colours (Windows high contrast) the icon keeps a visible ring and "!" in the system text colour.
 * - `overflow-wrap: anywhere`: a reference or a long word must not make a phone-width page scroll sideways.
 * - The "Take over here" button is at least 44 px each way (WCAG 2.5.5), whatever the theme's spacing.
 */
export const sessionNoticeStyles = css`
  .session-notices {
    overflow-wrap: anywhere;
  }

  .warning-text {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 0.5) 0;
  }

  .warning-text-icon {
    flex: none;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.2rem;
    height: 2.2rem;
    border: 3px solid var(--_text);
    border-radius: 50%;
    color: var(--_surface);
    background: var(--_text);
    font-size: 1.6rem;
    font-weight: 700;
    line-height: 1;
    user-select: none;
    forced-color-adjust: none;
  }

  .warning-text-text {
    font-weight: 700;
    min-width: 0;
  }

  .notification-banner {
    margin: 0 0 calc(var(--_space) * 1.5);
    border: 5px solid var(--_link);
    background: var(--_link);
  }

  .notification-banner-header {
    padding: 0.1rem calc(var(--_space) * 0.75) 0.3rem;
  }

  .notification-banner-title {
    margin: 0;
    font-size: 1rem;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_surface);
  }

  .notification-banner-content {
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
    color: var(--_text);
  }

  .notification-banner-content > :first-child {
    margin-top: 0;
  }

  .notification-banner-content > :last-child {
    margin-bottom: 0;
  }

  .notification-banner-heading {
    font-weight: 700;
  }

  .notification-banner-content p,
  .notification-banner-content ul {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  .notification-banner-content ul {
    padding-left: 1.25rem;
  }

  .notification-banner-content .button {
    min-width: 2.75rem;
    min-height: 2.75rem;
    margin-top: 0;
  }

  @media (forced-colors: active) {
    .warning-text-icon {
      border-color: CanvasText;
      color: CanvasText;
      background: transparent;
    }
  }
`;
