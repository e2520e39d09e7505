import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import type { Ruleset } from '../rulesets/ruleset';
import type { CalendarDate } from './calendar-date';
import { daysBefore, periodEndsOn } from './period';

/**
 * Art. 8 "report within 3 months": the last calendar day a change effective on `effectiveOn` may be
 * reported (the report is on time until `endOfDayShanghai` of it), counted as every period is
 * (period.ts). 2021-11-30 gives 2022-02-28.
 */
export function changeReportDeadline(effectiveOn: CalendarDate, ruleset: Ruleset = ANSHAN_2020): CalendarDate {
  return periodEndsOn(effectiveOn, { months: ruleset.change.reportWithinMonths });
}

export function changeReportedInTime(effectiveOn: CalendarDate, reportedOn: CalendarDate, ruleset: Ruleset = ANSHAN_2020): boolean {
  return reportedOn <= changeReportDeadline(effectiveOn, ruleset);
}

/** The days an operator that has not yet reported a change is reminded, earliest first. */
export function changeReminderDates(effectiveOn: CalendarDate, ruleset: Ruleset = ANSHAN_2020): CalendarDate[] {
  const deadline = changeReportDeadline(effectiveOn, ruleset);
  return [...ruleset.change.reminderDaysBeforeDeadline].sort((a, b) => b - a).map((days) => daysBefore(deadline, days));
}
