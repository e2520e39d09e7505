import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import type { Ruleset } from '../rulesets/ruleset';
import type { CalendarDate } from './calendar-date';
import { addCalendarMonths } from './months';

/**
 * Art. 9 "may not apply again within 2 years", counted from the disqualification decision: the last
 * calendar day of the ban. Decided 2021-03-15, the ban covers 2023-03-15; 2023-03-16 is free.
 */
export function banEndsOn(decidedOn: CalendarDate, ruleset: Ruleset = ANSHAN_2020): CalendarDate {
  return addCalendarMonths(decidedOn, ruleset.fraud.banYears * 12);
}

export function isBanActive(
  decidedOn: CalendarDate,
  on: CalendarDate,
  ruleset: Ruleset = ANSHAN_2020,
): boolean {
  return on >= decidedOn && on <= banEndsOn(decidedOn, ruleset);
}
