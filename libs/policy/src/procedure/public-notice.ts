import type { CalendarDate } from '../calendar/calendar-date';
import { periodEndsOn } from '../calendar/period';
import type { Ruleset } from '../rulesets/ruleset';

/**
 * How a notice's days are counted. `FULL_DAYS_AFTER_PUBLICATION` is the law's (Civil Code Art. 201:
 * the day of publication is not counted). `PUBLICATION_DAY_COUNTED` is the reading notices were
 * published under before it was corrected, one day short; a notice published under it keeps the end
 * date it was published with (the filing workflow's patch `public-notice-full-days`).
 */
export type NoticeCounting = 'FULL_DAYS_AFTER_PUBLICATION' | 'PUBLICATION_DAY_COUNTED';

/**
 * Art. 6(4) 公示结果: the last day of a public notice published on `publishedOn`, the last day an
 * objection is taken. The notice runs the ruleset's number of full calendar days after the day of
 * publication: published 2021-06-01 for 7 days, objections are taken through 2021-06-08.
 */
export function publicNoticeEndsOn(publishedOn: CalendarDate, ruleset: Ruleset, counting: NoticeCounting = 'FULL_DAYS_AFTER_PUBLICATION'): CalendarDate {
  const days = ruleset.procedure.publicNoticeDays;
  return periodEndsOn(publishedOn, { days: counting === 'FULL_DAYS_AFTER_PUBLICATION' ? days : days - 1 });
}
