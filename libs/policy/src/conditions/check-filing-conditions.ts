import type { CalendarDate } from '../calendar/calendar-date';
import { type DateWindow, lookBackWindow } from '../calendar/window';
import type { Ruleset } from '../rulesets/ruleset';
import type { FilingCheckInput } from './declared-figures';
import { judgeConditions } from './judge-conditions';
import type { Verdict } from './verdict';

/** Every verdict on a declaration, and whether all passed. */
export interface ConditionsReport {
  readonly rulesetId: string;
  readonly rulesetVersion: number;
  /** The date judged: submission, a change's effective date or an evaluated year's last day. */
  readonly asOf: CalendarDate;
  /** The "each year" of Art. 5(4) and 5(6). */
  readonly window: DateWindow;
  readonly passed: boolean;
  readonly verdicts: readonly Verdict[];
}

export type FilingCheckReport = ConditionsReport;

/**
 * Art. 5: judges an application on its submission date against every filing condition and returns
 * all verdicts, failed or not. The look-back window is the 12 months before submission.
 */
export function checkFilingConditions(input: FilingCheckInput, ruleset: Ruleset): FilingCheckReport {
  const window = lookBackWindow(input.submittedOn, ruleset.conditions.lookBackMonths);
  return conditionsReport(judgeConditions(input, input.submittedOn, window, ruleset), input.submittedOn, window, ruleset);
}

export function conditionsReport(verdicts: readonly Verdict[], asOf: CalendarDate, window: DateWindow, ruleset: Ruleset): ConditionsReport {
  let passed = true;
  for (const verdict of verdicts) passed &&= verdict.passed;
  return { rulesetId: ruleset.id, rulesetVersion: ruleset.version, asOf, window, passed, verdicts };
}
