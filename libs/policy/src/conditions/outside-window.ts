import type { CalendarDate } from '../calendar/calendar-date';
import type { DateWindow } from '../calendar/window';
import type { Flag } from './verdict';

/**
 * The flag of an item dated outside the window, the "each year" of Art. 5(4) and 5(6), so the
 * applicant sees why it was not counted.
 */
export function outsideWindow(name: string, date: CalendarDate, window: DateWindow): Flag {
  return {
    code: 'OUTSIDE_WINDOW',
    subject: name,
    message: {
      zh: `${name}(${date})不在${window.from}至${window.to}期间,不计入`,
      en: `${name} (${date}) is outside ${window.from} to ${window.to}: not counted`,
    },
  };
}
