import { type CalendarDate, type Ruleset, rulesetByVersion, RULESETS, selectRuleset, todayInShanghai } from '@makerspace/policy';

/**
 * The ruleset whose figures (panel size, scale, days) a page shows for an application: the version
 * it was submitted under, or, for a draft or a person who does not read the application (an expert,
 * the meeting's secretary), the one in force today.
 */
export function rulesetOf(
  app: { rulesetId: string | null; rulesetVersion: number | null } | null | undefined,
  today: CalendarDate = todayInShanghai(new Date()),
): Ruleset {
  return app?.rulesetId && app.rulesetVersion ? rulesetByVersion(app.rulesetId, app.rulesetVersion) : selectRuleset(RULESETS, today);
}
