import { type DateParts, epochDayOf, partsOfEpochDay } from './epoch-day';

/**
 * A calendar date in Asia/Shanghai, written 'YYYY-MM-DD'. Every date of the Measures (registration,
 * move-in, submission, deadlines) is a calendar date, never an instant. Two calendar dates compare
 * correctly as strings ('2021-02-28' < '2021-03-01'). Its schema is in calendar-date-schema.ts.
 */
export type CalendarDate = `${number}-${number}-${number}`;

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DIGIT_ZERO = 48;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

function digit(date: string, index: number): number {
  return date.charCodeAt(index) - DIGIT_ZERO;
}

/** Reads the digits directly: every rule reads dates, so this stays cheap. */
export function dateParts(date: CalendarDate): DateParts {
  return {
    year: digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3),
    month: digit(date, 5) * 10 + digit(date, 6),
    day: digit(date, 8) * 10 + digit(date, 9),
  };
}

/** The date as the number YYYYMMDD, for ordering dates without building any object. */
export function dateKey(date: CalendarDate): number {
  return (
    digit(date, 0) * 10_000_000 +
    digit(date, 1) * 1_000_000 +
    digit(date, 2) * 100_000 +
    digit(date, 3) * 10_000 +
    digit(date, 5) * 1000 +
    digit(date, 6) * 100 +
    digit(date, 8) * 10 +
    digit(date, 9)
  );
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  const { year, month, day } = dateParts(value as CalendarDate);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  }
  return value;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Builds a date from its parts; the parts must already form a real date. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${twoDigits(month)}-${twoDigits(day)}` as CalendarDate;
}

export function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return epochDayOf(year, month, day);
}

export function fromEpochDay(epochDay: number): CalendarDate {
  const { year, month, day } = partsOfEpochDay(epochDay);
  return calendarDate(year, month, day);
}
