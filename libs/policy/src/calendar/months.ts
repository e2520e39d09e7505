import { type CalendarDate, calendarDate, dateParts, daysInMonth } from './calendar-date';

/**
 * Moves a date by whole calendar months. A day the target month lacks becomes that month's last day
 * (31 Aug + 6 months = 28 or 29 Feb; 29 Feb + 12 months = 28 Feb), the rule PRC law uses for
 * periods counted in months (Civil Code Art. 203). Negative months count backwards.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return calendarDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * Whole calendar months from `from` to `to`: the largest n with from + n months ≤ to. Negative when
 * `to` is earlier.
 */
export function fullCalendarMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  const estimate = (b.year - a.year) * 12 + (b.month - a.month);
  return addCalendarMonths(from, estimate) <= to ? estimate : estimate - 1;
}
