import type { CalendarDate } from '../calendar/calendar-date';
import type { DateWindow } from '../calendar/window';
import type { Flag } from './verdict';

type KeysOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T];

/**
 * The items dated inside the window, the "each year" of Art. 5(4) and 5(6). Each item outside is
 * added to `flags`, so the applicant sees why it was not counted. Fields are named rather than read
 * through callbacks: this runs for every application, and naming costs nothing per call.
 */
export function inWindow<T>(
  items: readonly T[],
  window: DateWindow,
  dateField: KeysOf<T, CalendarDate>,
  nameField: KeysOf<T, string>,
  flags: Flag[],
): T[] {
  const inside: T[] = [];
  for (const item of items) {
    const date = item[dateField] as CalendarDate;
    if (date >= window.from && date <= window.to) {
      inside.push(item);
    } else {
      const name = item[nameField] as string;
      flags.push({
        code: 'OUTSIDE_WINDOW',
        subject: name,
        message: {
          zh: `${name}(${date})不在${window.from}至${window.to}期间,不计入`,
          en: `${name} (${date}) is outside ${window.from} to ${window.to}: not counted`,
        },
      });
    }
  }
  return inside;
}

/** How many different values a field takes among the items: each resident counts once. */
export function distinct<T>(items: readonly T[], field: KeysOf<T, string>): number {
  const values = new Set<unknown>();
  for (const item of items) values.add(item[field]);
  return values.size;
}
