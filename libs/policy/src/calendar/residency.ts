import type { CalendarDate } from './calendar-date';
import { fullCalendarMonthsBetween } from './months';
import { earliestEventWithin, isWithinPeriod } from './period';

/** Whole calendar months a resident has been in the space on `on`. */
export function residencyMonths(movedInOn: CalendarDate, on: CalendarDate): number {
  return fullCalendarMonthsBetween(movedInOn, on);
}

/**
 * Art. 5(3) "resident normally no more than 36 months": on `on` the period of `maxMonths` counted
 * from the move-in has not run out; exactly 36 months still counts (不超过 includes the number).
 */
export function residencyWithin(movedInOn: CalendarDate, on: CalendarDate, maxMonths: number): boolean {
  return isWithinPeriod(movedInOn, { months: maxMonths }, on);
}

/**
 * The earliest move-in date still within `maxMonths` on `on`: residencyWithin(d, on, maxMonths)
 * holds exactly for d ≥ this date (on 2024-02-29 and 12 months: 2023-03-01).
 */
export function earliestMoveInWithin(on: CalendarDate, maxMonths: number): CalendarDate {
  return earliestEventWithin(on, { months: maxMonths });
}
