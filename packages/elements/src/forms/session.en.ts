import type { OutcomeRecord } from '@otforms/core';

/** What each kind of record is called in a sentence; a kind this version does not know is a "form". */
const recordNames: Record<string, string> = {
  assessment: 'assessment',
  'goal-plan': 'goal plan',
  episode: 'episode',
  'home-visit': 'home visit',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true });

/**
 * "10:20am on 22 November 2026", in the device's time zone (the clock the person sees), GOV.UK style:
 * Intl's en-GB "10:20 am" with the day period joined to the time. Null for a time that cannot be read.
 */
export function formatTime(iso: string): string | null {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return null;
  const time = timeFormat
    .formatToParts(when)
    .filter((part) => part.type !== 'literal' || part.value.trim() !== '')
    .map((part) => (part.type === 'dayPeriod' ? part.value.toLowerCase() : part.value))
    .join('');
  return `${time} on ${dateFormat.format(when)}`;
}

/**
 * The notices' words (en-GB, GOV.UK style), in one place so that a later version can replace them.
 * Each names the risk plainly and what the person can do about it. Ids and times are rendered as text.
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
  savedElsewhere: (at: string) => {
    const when = formatTime(at);
    return when ? `It was last saved there at ${when}.` : null;
  },
  takeOver: 'Take over here',
  takingOver: 'Taking over…',
  keptAsideHeading: 'The answers saved on this device could not be opened, so this form has started again.',
  keptAsideBody: (reference: string) =>
    `They have been kept aside, not deleted: your system administrator can recover them (reference: ${reference}).`,
  unsent: (record: Pick<OutcomeRecord, 'kind' | 'completedAt'>) => {
    const what = recordNames[record.kind] ?? 'form';
    const when = formatTime(record.completedAt);
    return `Not sent yet: the ${what} ${when ? `completed at ${when}` : 'you completed'} is kept on this device until your system confirms it has it.`;
  },
};
