import { ParentClosePolicy, startChild, WorkflowIdReusePolicy } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { evaluationCycleWorkflowId } from '@makerspace/contracts';
import { dateParts } from '@makerspace/policy';
import { today } from '../shared/workflow-clock';
import { evaluationCycle } from './evaluation-cycle';

/**
 * What the yearly Temporal Schedule starts (every January): the cycle `evaluation-<year>` of the
 * year before. A schedule gives its workflows ids of its own, so this small workflow starts the
 * cycle under the cycle's id, once: when the year is already open (by hand), it starts nothing.
 */
export async function openEvaluationCycle(): Promise<{ year: number; started: boolean }> {
  const year = dateParts(today()).year - 1;
  try {
    await startChild(evaluationCycle, {
      workflowId: evaluationCycleWorkflowId(year),
      args: [{ year }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
    return { year, started: true };
  } catch (e) {
    if (e instanceof WorkflowExecutionAlreadyStartedError) return { year, started: false };
    throw e;
  }
}
