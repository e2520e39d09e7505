import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import type { Ruleset } from '../rulesets/ruleset';
import type { CalendarDate } from './calendar-date';
import { addDays } from './days';
import { addCalendarMonths } from './months';

/**
 * Art. 8 "report within 3 months": the last calendar day a change effective on `effectiveOn` may be
 * reported (the report is on time until `endOfDayShanghai` of it). 2021-11-30 gives 2022-02-28.
 */
export function changeReportDeadline(effectiveOn: CalendarDate, ruleset: Ruleset = ANSHAN_2020): CalendarDate {
  return addCalendarMonths(effectiveOn, ruleset.change.reportWithinMonths);
}

export function changeReportedInTime(
  effectiveOn: CalendarDate,
  reportedOn: CalendarDate,
  ruleset: Ruleset = ANSHAN_2020,
): boolean {
  return reportedOn <= changeReportDeadline(effectiveOn, ruleset);
}

/** The days an operator that has not yet reported a change is reminded, earliest first. */
export function changeReminderDates(effectiveOn: CalendarDate, ruleset: Ruleset = ANSHAN_2020): CalendarDate[] {
  const deadline = changeReportDeadline(effectiveOn, ruleset);
  return [...ruleset.change.reminderDaysBeforeDeadline].sort((a, b) => b - a).map((days) => addDays(deadline, -days));
}
