import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking through every open shadow root. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const press = (key: string) => sendKeys({ press: key });

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
export async function tabTo(matches: (element: Element) => boolean, limit = 60): Promise<Element> {
  for (let count = 0; count < limit; count += 1) {
    await press('Tab');
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error(`Tab did not reach the wanted element in ${limit} presses`);
}

/** Types a date into `<input type="date">` segment by segment, in the order the browser's locale shows them. */
export async function typeDate(iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const order = new Intl.DateTimeFormat(navigator.language)
    .formatToParts(new Date(2026, 11, 20))
    .filter((part) => part.type === 'year' || part.type === 'month' || part.type === 'day')
    .map((part) => part.type);
  for (const part of order) await sendKeys({ type: part === 'year' ? year : part === 'month' ? month : day });
}
