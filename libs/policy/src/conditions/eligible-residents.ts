import type { CalendarDate } from '../calendar/calendar-date';
import { earliestMoveInWithin } from '../calendar/residency';
import type { Ruleset } from '../rulesets/ruleset';
import type { Resident } from './declared-figures';
import { NO_FLAGS, type Flag } from './verdict';

export interface ResidentCount {
  readonly declared: number;
  /** Residents in the space on the date judged and for no more than the residency limit. */
  readonly eligible: number;
  readonly flags: readonly Flag[];
}

/**
 * Art. 5(3): residents are "normally resident no more than 36 months". Those over the limit are
 * flagged for staff and not counted toward the minimum of 10. The per-15 minimums of Art. 5(5) count
 * either every declared resident or this same count, as the ruleset says (`perResidentsCount`).
 */
export function countEligibleResidents(residents: readonly Resident[], asOf: CalendarDate, ruleset: Ruleset): ResidentCount {
  const limit = ruleset.conditions.maxResidencyMonths;
  const earliest = earliestMoveInWithin(asOf, limit);
  let eligible = 0;
  let flags: Flag[] | undefined;
  for (const resident of residents) {
    if (resident.movedInOn > asOf) {
      (flags ??= []).push({
        code: 'MOVED_IN_AFTER_DATE',
        subject: resident.name,
        message: {
          zh: `${resident.name}于${resident.movedInOn}入驻,晚于${asOf},不计入`,
          en: `${resident.name} moves in on ${resident.movedInOn}, after ${asOf}: not counted`,
        },
      });
    } else if (resident.movedInOn < earliest) {
      (flags ??= []).push({
        code: 'RESIDENCY_OVER_LIMIT',
        subject: resident.name,
        message: {
          zh: `${resident.name}于${resident.movedInOn}入驻,至${asOf}已超过${limit}个月,不计入`,
          en: `${resident.name} moved in on ${resident.movedInOn}, over ${limit} months before ${asOf}: not counted`,
        },
      });
    } else {
      eligible += 1;
    }
  }
  return { declared: residents.length, eligible, flags: flags ?? NO_FLAGS };
}
