import { type CalendarDate, calendarDate } from './calendar-date';
import { earliestEventWithin } from './period';

/** A span of calendar dates, both ends included. */
export interface DateWindow {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * The months before a date: the days whose period of `months` (counted as every period is,
 * period.ts) still runs on it, and the date itself. For 2021-06-15 and 12 months, 2020-06-15 to
 * 2021-06-15: an event exactly 12 months earlier is still "within" them (以内 includes the number).
 * For 2024-02-29 it starts on 2023-03-01: the 12 months from 2023-02-28 ended on 2024-02-28.
 */
export function lookBackWindow(on: CalendarDate, months: number): DateWindow {
  return { from: earliestEventWithin(on, { months }), to: on };
}

export function calendarYearWindow(year: number): DateWindow {
  return { from: calendarDate(year, 1, 1), to: calendarDate(year, 12, 31) };
}

export function isWithinWindow(date: CalendarDate, window: DateWindow): boolean {
  return date >= window.from && date <= window.to;
}
