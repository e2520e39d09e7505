import { proxyActivities } from '@temporalio/workflow';
import { evaluatedYearOpenedBy, RULESETS, selectRuleset } from '@makerspace/policy';
import type { EvaluationStartActivities } from '../activities/evaluation-starts';
import { today } from '../kit/clock';

const { startEvaluationCycle } = proxyActivities<EvaluationStartActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * What the yearly Temporal Schedule starts on the ruleset's opening day: the cycle
 * `evaluation-<year>` whose opening day has come (under the ruleset in force, the year before).
 * A schedule gives the workflows it starts ids of its own, so this small workflow starts the
 * cycle under the cycle's id, once: when the year is already open (by hand), nothing.
 */
export async function openEvaluationCycle(): Promise<{ year: number; started: boolean }> {
  const on = today();
  const year = evaluatedYearOpenedBy(on, selectRuleset(RULESETS, on));
  return { year, started: await startEvaluationCycle(year) };
}
