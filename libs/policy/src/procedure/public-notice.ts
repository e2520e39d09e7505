import type { CalendarDate } from '../calendar/calendar-date';
import { addDays } from '../calendar/days';
import type { Ruleset } from '../rulesets/ruleset';

/**
 * Art. 6(4) 公示结果: the last day of a public notice published on `publishedOn`. The notice runs for
 * the ruleset's calendar days counting the day of publication (7 days from 2021-06-01 end on 06-07);
 * objections lodged up to the end of that day are heard.
 */
export function publicNoticeEndsOn(publishedOn: CalendarDate, ruleset: Ruleset): CalendarDate {
  return addDays(publishedOn, ruleset.procedure.publicNoticeDays - 1);
}
