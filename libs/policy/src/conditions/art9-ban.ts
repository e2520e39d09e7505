import { type Ban, isBanActive } from '../calendar/ban';
import type { CalendarDate } from '../calendar/calendar-date';
import { banWords } from '../text/period-words';
import { RuleWording } from './judgement';
import type { Verdict } from './verdict';

const NO_BAN = { zh: '无有效禁令', en: 'no ban in force' };
const NO_ACTIVE_BAN = new RuleWording(
  'ART9_NO_ACTIVE_BAN',
  'Art. 9',
  { zh: '因弄虚作假被取消资格后不得再次申报', en: 'No new application while a ban for fraud is in force' },
  NO_BAN,
);

/**
 * Art. 9 弄虚作假 ... 2年内不得再次申报: an organisation may not submit while a ban decided against it
 * is in force. The verdict names the last day of the longest ban in force.
 */
export function checkNoActiveBan(bans: readonly Ban[], submittedOn: CalendarDate): Verdict {
  let endsOn: CalendarDate | undefined;
  for (const ban of bans) {
    if (isBanActive(ban, submittedOn) && (endsOn === undefined || ban.endsOn > endsOn)) endsOn = ban.endsOn;
  }
  return NO_ACTIVE_BAN.verdict(endsOn === undefined, endsOn ?? 'none', 'none', endsOn === undefined ? NO_BAN : banWords(endsOn));
}
