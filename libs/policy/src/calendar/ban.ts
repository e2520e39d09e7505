import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import type { Ruleset } from '../rulesets/ruleset';
import type { CalendarDate } from './calendar-date';
import { periodEndsOn } from './period';

/** A disqualification for fraud (Art. 9): decided on a date, in force up to and including `endsOn`. */
export interface Ban {
  readonly decidedOn: CalendarDate;
  readonly endsOn: CalendarDate;
}

/**
 * Art. 9 "may not apply again within 2 years", counted from the disqualification decision: the last
 * calendar day of the ban (Civil Code Art. 201-202, see period.ts). Decided 2021-03-15, the ban
 * covers 2023-03-15; 2023-03-16 is free. Store it with the decision, so a later ruleset never
 * changes a ban already decided.
 */
export function banEndsOn(decidedOn: CalendarDate, ruleset: Ruleset = ANSHAN_2020): CalendarDate {
  return periodEndsOn(decidedOn, { years: ruleset.fraud.banYears });
}

export function isBanActive(ban: Ban, on: CalendarDate): boolean {
  return on >= ban.decidedOn && on <= ban.endsOn;
}
