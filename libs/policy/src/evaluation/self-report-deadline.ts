import { type CalendarDate, calendarDate } from '../calendar/calendar-date';
import { daysBefore } from '../calendar/period';
import type { Ruleset } from '../rulesets/ruleset';

/** The day the evaluation cycle for `evaluatedYear` opens, in the following year. */
export function evaluationCycleOpensOn(evaluatedYear: number, ruleset: Ruleset): CalendarDate {
  const { month, day } = ruleset.evaluation.cycleOpens;
  return calendarDate(evaluatedYear + 1, month, day);
}

/** The last day to file the self-report for `evaluatedYear` (default 30 April of the next year). */
export function selfReportDueDate(evaluatedYear: number, ruleset: Ruleset): CalendarDate {
  const { month, day } = ruleset.evaluation.selfReportDue;
  return calendarDate(evaluatedYear + 1, month, day);
}

/** Reminder dates before the self-report is due, earliest first. */
export function selfReportReminderDates(evaluatedYear: number, ruleset: Ruleset): CalendarDate[] {
  const due = selfReportDueDate(evaluatedYear, ruleset);
  return [...ruleset.evaluation.reminderDaysBeforeDue].sort((a, b) => b - a).map((days) => daysBefore(due, days));
}
