import type { CalendarDate } from '../calendar/calendar-date';
import { changeReportDeadline } from '../calendar/change-deadline';
import { lookBackWindow } from '../calendar/window';
import { type ConditionsReport, conditionsReport } from '../conditions/check-filing-conditions';
import type { SpaceDeclaration } from '../conditions/declared-figures';
import { judgeConditions } from '../conditions/judge-conditions';
import type { Ruleset } from '../rulesets/ruleset';
import type { SpaceChange } from './space-change';

export interface ChangeCheck extends ConditionsReport {
  readonly kind: SpaceChange['kind'];
  readonly effectiveOn: CalendarDate;
  /** Art. 8 需在3个月内向市科技局报告: the last day to report the change. */
  readonly reportDeadline: CalendarDate;
  /** 符合本办法要求的,同意变更;对不符合本办法要求的,取消资格. */
  readonly outcome: 'APPROVE' | 'REVOKE';
}

/** The space as it stands after the change. */
export function applyChange(current: SpaceDeclaration, change: SpaceChange): SpaceDeclaration {
  switch (change.kind) {
    case 'NAME':
      return current;
    case 'OPERATING_ORGANISATION':
      return { ...current, organisation: change.organisation };
    case 'AREA':
      return { ...current, figures: { ...current.figures, ...change.areas } };
    case 'LOCATION':
      return { ...current, venue: change.venue, figures: { ...current.figures, ...change.areas } };
  }
}

/**
 * Art. 8: re-judges the changed space against every Art. 5 condition on the change's effective date
 * (the 12 months before it as "each year"). A space that still meets them all is approved; one that
 * does not is revoked, e.g. an area reduced to 450 m².
 */
export function checkChange(current: SpaceDeclaration, change: SpaceChange, ruleset: Ruleset): ChangeCheck {
  const asOf = change.effectiveOn;
  const window = lookBackWindow(asOf, ruleset.conditions.lookBackMonths);
  const report = conditionsReport(judgeConditions(applyChange(current, change), asOf, window, ruleset), asOf, window, ruleset);
  return {
    ...report,
    kind: change.kind,
    effectiveOn: change.effectiveOn,
    reportDeadline: changeReportDeadline(change.effectiveOn, ruleset),
    outcome: report.passed ? 'APPROVE' : 'REVOKE',
  };
}
