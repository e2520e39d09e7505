import type { CalendarDate } from './calendar-date';
import { addDays } from './days';
import { addCalendarMonths, fullCalendarMonthsBetween, monthsLaterReaches } from './months';

/** Whole calendar months a resident has been in the space on `on`. */
export function residencyMonths(movedInOn: CalendarDate, on: CalendarDate): number {
  return fullCalendarMonthsBetween(movedInOn, on);
}

/**
 * Art. 5(3) "resident normally no more than 36 months": on `on` the resident has been in for at most
 * `maxMonths`; exactly 36 months still counts (不超过 includes the number).
 */
export function residencyWithin(movedInOn: CalendarDate, on: CalendarDate, maxMonths: number): boolean {
  return monthsLaterReaches(movedInOn, maxMonths, on);
}

/**
 * The earliest move-in date still within `maxMonths` on `on`: residencyWithin(d, on, maxMonths)
 * holds exactly for d ≥ this date. Computed once, it turns the test for each resident into a
 * comparison. Going back from `on` lands on that date, or the day before it when the month end was
 * clamped (on 2024-02-29, 12 months back is 2023-02-28, yet that date reaches only 2024-02-28).
 */
export function earliestMoveInWithin(on: CalendarDate, maxMonths: number): CalendarDate {
  const back = addCalendarMonths(on, -maxMonths);
  return monthsLaterReaches(back, maxMonths, on) ? back : addDays(back, 1);
}
