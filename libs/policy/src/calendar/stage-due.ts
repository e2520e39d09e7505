import type { ReviewStage, ProcedureRole, SupervisionStage } from '../procedure/stages';
import type { Ruleset } from '../rulesets/ruleset';
import type { CalendarDate } from './calendar-date';
import { daysBefore, periodEndsOn } from './period';

/**
 * The due date of a human stage of the filing procedure opened on `openedOn`: the last day of its
 * period of calendar days, counted from the day after the opening (period.ts).
 */
export function stageDueDate(stage: ReviewStage, openedOn: CalendarDate, ruleset: Ruleset): CalendarDate {
  return periodEndsOn(openedOn, { days: ruleset.procedure.stages[stage].dueDays });
}

export interface StageSchedule {
  readonly assignee: ProcedureRole;
  readonly dueOn: CalendarDate;
  /** Reminder dates for the assignee, earliest first. */
  readonly remindOn: readonly CalendarDate[];
  /** When a task still open escalates, and to whom. */
  readonly escalateOn: CalendarDate;
  readonly escalateTo: ProcedureRole;
}

type StageSettings = Ruleset['procedure']['stages'][ReviewStage];

function scheduleOf(settings: StageSettings, openedOn: CalendarDate): StageSchedule {
  const dueOn = periodEndsOn(openedOn, { days: settings.dueDays });
  return {
    assignee: settings.assignee,
    dueOn,
    remindOn: [...settings.reminderDaysBeforeDue].sort((a, b) => b - a).map((days) => daysBefore(dueOn, days)),
    // Overdue from the day after the due date; escalated when that many days have passed since it.
    escalateOn: periodEndsOn(dueOn, { days: settings.escalateAfterOverdueDays }),
    escalateTo: settings.escalateTo,
  };
}

/** Every date a workflow needs to time a stage: reminders, due date, escalation. */
export function stageSchedule(stage: ReviewStage, openedOn: CalendarDate, ruleset: Ruleset): StageSchedule {
  return scheduleOf(ruleset.procedure.stages[stage], openedOn);
}

/** The same dates for a staff task of supervision after filing (Art. 7, Art. 8). */
export function supervisionTaskSchedule(stage: SupervisionStage, openedOn: CalendarDate, ruleset: Ruleset): StageSchedule {
  return scheduleOf(ruleset.supervision.stages[stage], openedOn);
}
