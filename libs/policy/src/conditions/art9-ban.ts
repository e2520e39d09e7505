import { banEndsOn, isBanActive } from '../calendar/ban';
import type { CalendarDate } from '../calendar/calendar-date';
import type { Ruleset } from '../rulesets/ruleset';
import { verdict } from './judgement';
import type { Verdict } from './verdict';

/** A disqualification for fraud (Art. 9), by its decision date. */
export interface Ban {
  readonly decidedOn: CalendarDate;
}

/**
 * Art. 9 弄虚作假 ... 2年内不得再次申报: an organisation may not submit while a ban decided against it
 * runs. The verdict names the last day of the longest running ban.
 */
export function checkNoActiveBan(bans: readonly Ban[], submittedOn: CalendarDate, ruleset: Ruleset): Verdict {
  let endsOn: CalendarDate | undefined;
  for (const ban of bans) {
    if (!isBanActive(ban.decidedOn, submittedOn, ruleset)) continue;
    const end = banEndsOn(ban.decidedOn, ruleset);
    if (endsOn === undefined || end > endsOn) endsOn = end;
  }
  const years = ruleset.fraud.banYears;
  return verdict(
    'ART9_NO_ACTIVE_BAN',
    'Art. 9',
    endsOn === undefined,
    endsOn ?? 'none',
    'none',
    {
      subject: { zh: `因弄虚作假${years}年内不得再次申报`, en: `No new application within ${years} years of a fraud decision` },
      found: endsOn === undefined ? { zh: '无有效禁令', en: 'no ban in force' } : { zh: `禁止申报至${endsOn}`, en: `banned until ${endsOn} inclusive` },
      required: { zh: '无有效禁令', en: 'no ban in force' },
    },
  );
}
