import type { CalendarDate } from './calendar-date';
import { addDays } from './days';
import { addCalendarMonths, monthsLaterReaches } from './months';

/** How long a period of the Measures runs: in calendar days, months or years. */
export type PeriodLength = { readonly days: number } | { readonly months: number } | { readonly years: number };

/** The calendar days a period covers, both ends inside it. */
export interface Period {
  readonly firstDay: CalendarDate;
  readonly lastDay: CalendarDate;
}

function monthsIn(length: PeriodLength): number | undefined {
  if ('months' in length) return length.months;
  if ('years' in length) return length.years * 12;
  return undefined;
}

/**
 * The last day of a period of `length` counted from an event on `eventOn`, the one rule every period
 * of the system follows, as the PRC Civil Code counts them:
 * - Art. 201: the day of the event is not counted; the period begins the next day, so a period of
 *   n days ends on the nth day after the event (published 2021-06-01, 7 days: 2021-06-08);
 * - Art. 202: a period of months or years ends on the date of its last month that corresponds to
 *   the event's, or on that month's last day where there is none (decided 2024-02-29, 2 years:
 *   2026-02-28; effective 2021-11-30, 3 months: 2022-02-28).
 * The last day is inside the period until 24:00 Asia/Shanghai (`endOfDayShanghai`).
 */
export function periodEndsOn(eventOn: CalendarDate, length: PeriodLength): CalendarDate {
  const months = monthsIn(length);
  return months === undefined ? addDays(eventOn, (length as { days: number }).days) : addCalendarMonths(eventOn, months);
}

/** The days of the period counted from an event on `eventOn`: from the day after it to its last day. */
export function periodAfter(eventOn: CalendarDate, length: PeriodLength): Period {
  return { firstDay: addDays(eventOn, 1), lastDay: periodEndsOn(eventOn, length) };
}

/** The first day after a period that ends on `lastDay`: the day it is over ("may apply again from"). */
export function dayAfter(lastDay: CalendarDate): CalendarDate {
  return addDays(lastDay, 1);
}

/**
 * The day `days` calendar days before `date`: the event from which a period of that many days ends
 * on `date`. Reminders go out on such days before a due date (7 days before 2021-07-15: 2021-07-08).
 */
export function daysBefore(date: CalendarDate, days: number): CalendarDate {
  return addDays(date, -days);
}

/**
 * Whether the period of `length` counted from `eventOn` has not yet run out on `on`: `on` is no later
 * than its last day. A resident that moved in 2018-06-15 is within 36 months up to 2021-06-15.
 */
export function isWithinPeriod(eventOn: CalendarDate, length: PeriodLength, on: CalendarDate): boolean {
  const months = monthsIn(length);
  return months === undefined ? on <= periodEndsOn(eventOn, length) : monthsLaterReaches(eventOn, months, on);
}

/**
 * The earliest event date whose period of `length` still runs on `on`: `isWithinPeriod(d, length, on)`
 * holds exactly for d from this date on. "Within the 12 months before 2021-06-15" starts on
 * 2020-06-15; before 2024-02-29 it starts on 2023-03-01, since the 12 months from 2023-02-28 end on
 * 2024-02-28. Computed once, it turns the test for each dated item into a comparison.
 */
export function earliestEventWithin(on: CalendarDate, length: PeriodLength): CalendarDate {
  const months = monthsIn(length);
  if (months === undefined) return addDays(on, -(length as { days: number }).days);
  // Going back lands on that date, or the day before it where the month end was clamped.
  const back = addCalendarMonths(on, -months);
  return monthsLaterReaches(back, months, on) ? back : addDays(back, 1);
}
