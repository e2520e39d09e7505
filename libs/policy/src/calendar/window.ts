import { type CalendarDate, calendarDate } from './calendar-date';
import { addCalendarMonths } from './months';

/** A span of calendar dates, both ends included. */
export interface DateWindow {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * The months before a date, both ends included: for 2021-06-15 and 12 months, 2020-06-15 to
 * 2021-06-15. An event exactly 12 months earlier is still "within" them (以内 includes the number).
 */
export function lookBackWindow(on: CalendarDate, months: number): DateWindow {
  return { from: addCalendarMonths(on, -months), to: on };
}

export function calendarYearWindow(year: number): DateWindow {
  return { from: calendarDate(year, 1, 1), to: calendarDate(year, 12, 31) };
}

export function isWithinWindow(date: CalendarDate, window: DateWindow): boolean {
  return date >= window.from && date <= window.to;
}
