import type { CalendarDate } from '../calendar/calendar-date';
import type { DateWindow } from '../calendar/window';
import { NO_FLAGS } from './judgement';
import type { Flag } from './verdict';

type KeysOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T];

export interface WindowFields<T> {
  readonly date: KeysOf<T, CalendarDate>;
  /** Names the item in a flag. */
  readonly name: KeysOf<T, string>;
  /** When set, items sharing this value count once (a resident financed twice is one financed resident). */
  readonly distinct?: KeysOf<T, string>;
}

export interface WindowCount {
  readonly count: number;
  /** One flag for each item outside the window, so the applicant sees why it was not counted. */
  readonly flags: readonly Flag[];
}

/**
 * Counts the items dated inside the window, the "each year" of Art. 5(4) and 5(6). Fields are named
 * rather than read through callbacks, and lists are only made when needed: this runs for every
 * application.
 */
export function countInWindow<T>(items: readonly T[], window: DateWindow, fields: WindowFields<T>): WindowCount {
  let count = 0;
  let seen: Set<unknown> | undefined;
  let flags: Flag[] | undefined;
  for (const item of items) {
    const date = item[fields.date] as CalendarDate;
    if (date >= window.from && date <= window.to) {
      if (fields.distinct === undefined) {
        count += 1;
      } else {
        seen ??= new Set();
        seen.add(item[fields.distinct]);
      }
    } else {
      const name = item[fields.name] as string;
      (flags ??= []).push({
        code: 'OUTSIDE_WINDOW',
        subject: name,
        message: {
          zh: `${name}(${date})不在${window.from}至${window.to}期间,不计入`,
          en: `${name} (${date}) is outside ${window.from} to ${window.to}: not counted`,
        },
      });
    }
  }
  return { count: seen === undefined ? count : seen.size, flags: flags ?? NO_FLAGS };
}
