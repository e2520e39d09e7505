import { type CalendarDate, dateParts } from '../calendar/calendar-date';
import { MORNING_HOUR } from '../calendar/shanghai';
import type { Ruleset } from '../rulesets/ruleset';
import { evaluationCycleOpensOn } from './self-report-deadline';

/*
 * When the yearly cycles open, said once: the ruleset's `evaluation.cycleOpens` day (of the year
 * after the evaluated one, evaluationCycleOpensOn) at the morning hour. The Temporal Schedule that
 * opens them and the workflow it starts both derive from it, so a ruleset that moves the day moves
 * the Schedule and the year it opens.
 */

/** The Schedule's cron (minute hour day-of-month month day-of-week, in Asia/Shanghai): the opening day's morning. */
export function evaluationCycleCron(ruleset: Ruleset): string {
  const { month, day } = ruleset.evaluation.cycleOpens;
  return `0 ${MORNING_HOUR} ${day} ${month} *`;
}

/** The evaluated year whose cycle opened last on or before `date`: the year a Schedule's run on `date` opens. */
export function evaluatedYearOpenedBy(date: CalendarDate, ruleset: Ruleset): number {
  let year = dateParts(date).year;
  while (evaluationCycleOpensOn(year, ruleset) > date) year -= 1;
  return year;
}
