import { proxyActivities } from '@temporalio/workflow';
import { dateParts } from '@makerspace/policy';
import type { SupervisionStarts } from '../shared/supervision-starts';
import { today } from '../shared/workflow-clock';

const { startEvaluationCycle } = proxyActivities<SupervisionStarts>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * What the yearly Temporal Schedule starts (every January): the cycle `evaluation-<year>` of the
 * year before. A schedule gives the workflows it starts ids of its own, so this small workflow
 * starts the cycle under the cycle's id, once: when the year is already open (by hand), nothing.
 */
export async function openEvaluationCycle(): Promise<{ year: number; started: boolean }> {
  const year = dateParts(today()).year - 1;
  return { year, started: await startEvaluationCycle(year) };
}
