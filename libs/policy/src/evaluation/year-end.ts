import { type CalendarDate, calendarDate } from '../calendar/calendar-date';

/** The evaluated year is a calendar year; the space is judged as it stands on its last day. */
export function yearEnd(year: number): CalendarDate {
  return calendarDate(year, 12, 31);
}
