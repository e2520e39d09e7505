import type { CalendarDate } from '../calendar/calendar-date';
import { type DateWindow, isWithinWindow } from '../calendar/window';
import type { Flag } from './verdict';

/**
 * The items dated inside the window, the "each year" of Art. 5(4) and 5(6). Each item outside is
 * added to `flags`, so the applicant sees why it was not counted.
 */
export function inWindow<T>(
  items: readonly T[],
  window: DateWindow,
  dateOf: (item: T) => CalendarDate,
  nameOf: (item: T) => string,
  flags: Flag[],
): T[] {
  const inside: T[] = [];
  for (const item of items) {
    const date = dateOf(item);
    if (isWithinWindow(date, window)) {
      inside.push(item);
    } else {
      const name = nameOf(item);
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
