import { type CalendarDate, fromEpochDay, toEpochDay } from './calendar-date';

// Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so plain arithmetic is exact for
// every date this system handles.
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The hour of a working morning in Asia/Shanghai: reminders go out then, and a yearly cycle opens. */
export const MORNING_HOUR = 9;

export function todayInShanghai(now: Date): CalendarDate {
  return fromEpochDay(Math.floor((now.getTime() + OFFSET_MS) / DAY_MS));
}

/**
 * The instant a calendar day ends in Asia/Shanghai (24:00 there, 16:00 UTC the same date). An act
 * is on time when it happens strictly before this instant; a timer set for it fires when the day is
 * over.
 */
export function endOfDayShanghai(date: CalendarDate): Date {
  return new Date((toEpochDay(date) + 1) * DAY_MS - OFFSET_MS);
}
