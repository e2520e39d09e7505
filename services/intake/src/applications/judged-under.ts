import { CalendarDate, Ruleset, rulesetByVersion, RULESETS, selectRuleset } from '@makerspace/policy';
import type { Application } from '.prisma/intake-client';

/**
 * The date and the ruleset an application's figures are judged on: once submitted, its submission
 * date and the ruleset version it recorded (a correction is judged as the submission was); before
 * that, today and the ruleset in force today.
 */
export function judgedUnder(app: Application, today: CalendarDate): { on: CalendarDate; ruleset: Ruleset } {
  if (app.submittedOn && app.rulesetId && app.rulesetVersion) {
    return { on: app.submittedOn as CalendarDate, ruleset: rulesetByVersion(app.rulesetId, app.rulesetVersion) };
  }
  return { on: today, ruleset: selectRuleset(RULESETS, today) };
}
