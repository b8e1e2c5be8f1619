import { formatDateTime } from '../i18n/intl.js';

const locale = 'en-GB';

/** What each kind of record is called in a sentence; a kind this version does not know is a "form". */
const recordNames: Record<string, string> = {
  assessment: 'assessment',
  'goal-plan': 'goal plan',
  episode: 'episode',
  'home-visit': 'home visit',
};

/**
 * The notices' words (en-GB, GOV.UK style). Each names the risk plainly and
 * what the person can do about it. Ids and times are rendered as text.
 */
export const sessionNoticeMessages = {
  warning: 'Warning',
  storageFailing:
    'Your answers are not being saved on this device. If you close or reload this page, they will be lost. Keep this page open until you can finish.',
  // Each banner's title names its region, so two banners shown at once are two landmarks a screen reader tells apart.
  openElsewhereTitle: 'Open in another tab',
  keptAsideTitle: 'Answers kept aside',
  unsentTitle: 'Not sent yet',
  openElsewhereHeading: 'This form is open in another tab or window.',
  openElsewhereBody: 'You can carry on here instead: the other tab will stop, and keep nothing it has not already saved.',
  /**
   * An instant as the notices say it, in the device's time zone (the clock the person sees), GOV.UK style:
   * "10:20am on 22 November 2026" (Intl's "10:20 am" with the day period joined to the time).
   */
  at: (instant: Date) => {
    const time = formatDateTime(locale, instant, { hour: 'numeric', minute: '2-digit', hour12: true }).replace(/\s+(am|pm)$/i, (_all, period: string) => period.toLowerCase());
    return `${time} on ${formatDateTime(locale, instant, { day: 'numeric', month: 'long', year: 'numeric' })}`;
  },
  /** `when` is an instant as `at` says it. */
  savedElsewhere: (when: string) => `It was last saved there at ${when}.`,
  takeOver: 'Take over here',
  takingOver: 'Taking over…',
  keptAsideHeading: 'The answers saved on this device could not be opened, so this form has started again.',
  keptAsideBody: (reference: string) =>
    `They have been kept aside, not deleted: your system administrator can recover them (reference: ${reference}).`,
  /** A finished record not yet confirmed by the host: `kind` is the record's kind, `when` when it was completed as `at` says it (null when unknown). */
  unsent: (kind: string, when: string | null) => {
    const what = Object.hasOwn(recordNames, kind) ? recordNames[kind] : 'form';
    return `Not sent yet: the ${what} ${when ? `completed at ${when}` : 'you completed'} is kept on this device until your system confirms it has it.`;
  },
};
