import { type CalendarDate, calendarDate, dateKey, dateParts, daysInMonth } from './calendar-date';

/**
 * `date` moved by whole calendar months, as the number YYYYMMDD. A day the target month lacks
 * becomes that month's last day (31 Aug + 6 months = 28 or 29 Feb; 29 Feb + 12 months = 28 Feb),
 * the rule PRC law uses for periods counted in months (Civil Code Art. 202).
 */
function monthsLaterKey(date: CalendarDate, months: number): number {
  const { year, month, day } = dateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return targetYear * 10_000 + targetMonth * 100 + Math.min(day, daysInMonth(targetYear, targetMonth));
}

/** Moves a date by whole calendar months, clamping to the month end; negative months go back. */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const key = monthsLaterKey(date, months);
  return calendarDate(Math.floor(key / 10_000), Math.floor(key / 100) % 100, key % 100);
}

/** Whether `date` + `months` calendar months falls on or after `on` (the date is never written out). */
export function monthsLaterReaches(date: CalendarDate, months: number, on: CalendarDate): boolean {
  return monthsLaterKey(date, months) >= dateKey(on);
}

/**
 * Whole calendar months from `from` to `to`: the largest n with from + n months ≤ to. Negative when
 * `to` is earlier.
 */
export function fullCalendarMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  // `from` moved by `months` lands in the month of `to`, on `from`'s day or that month's last day.
  const landsOn = Math.min(a.day, daysInMonth(b.year, b.month));
  return landsOn <= b.day ? months : months - 1;
}
