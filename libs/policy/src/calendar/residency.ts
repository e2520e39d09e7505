import type { CalendarDate } from './calendar-date';
import { addCalendarMonths, fullCalendarMonthsBetween } from './months';

/** Whole calendar months a resident has been in the space on `on`. */
export function residencyMonths(movedInOn: CalendarDate, on: CalendarDate): number {
  return fullCalendarMonthsBetween(movedInOn, on);
}

/**
 * Art. 5(3) "resident normally no more than 36 months": on `on` the resident has been in for at most
 * `maxMonths`; exactly 36 months still counts (不超过 includes the number).
 */
export function residencyWithin(movedInOn: CalendarDate, on: CalendarDate, maxMonths: number): boolean {
  return addCalendarMonths(movedInOn, maxMonths) >= on;
}
