import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { DECISION_MEMO, PendingDecision, START } from './pending-decision';

/** What became of a decision on its workflow: taken, with the workflow's answer, or not taken. */
export type DecisionOutcome = { taken: true; answer: unknown } | { taken: false };

/** How long the server is asked for an update's outcome before the question is left for the next round. */
const ASK_MS = 10_000;

/**
 * What the workflow made of a decision whose answer was lost, asked by the decision's id: an
 * update by its update id (the server keeps the outcome of each update it accepted, and waits for
 * one it admitted but has not yet run); a start by the memo the workflow was started with. An
 * update the workflow refused, or that never reached it, is not taken. Throws while the server
 * cannot tell (down, or the update still waiting for a worker): ask again later.
 */
export async function decisionOutcome(client: Client, decision: PendingDecision): Promise<DecisionOutcome> {
  const handle = client.workflow.getHandle(decision.workflowId);
  if (decision.message === START) {
    try {
      const { memo } = await handle.describe();
      return memo?.[DECISION_MEMO] === decision.id ? { taken: true, answer: true } : { taken: false };
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return { taken: false };
      throw e;
    }
  }
  try {
    return { taken: true, answer: await client.withDeadline(Date.now() + ASK_MS, () => handle.getUpdateHandle(decision.id).result()) };
  } catch (e) {
    if (e instanceof WorkflowUpdateFailedError) return { taken: false };
    if (!(e instanceof WorkflowNotFoundError)) throw e;
    return closedWorkflowOutcome(client, decision);
  }
}

/**
 * The update is unknown to the running workflow (never admitted, or refused by its validator), or
 * the workflow has closed: then its history, final, says whether it completed the update.
 */
async function closedWorkflowOutcome(client: Client, decision: PendingDecision): Promise<DecisionOutcome> {
  const handle = client.workflow.getHandle(decision.workflowId);
  let running: boolean;
  try {
    running = (await handle.describe()).status.name === 'RUNNING';
  } catch (e) {
    if (e instanceof WorkflowNotFoundError) return { taken: false };
    throw e;
  }
  if (running) return { taken: false };
  for (const event of (await handle.fetchHistory()).events ?? []) {
    const completed = event.workflowExecutionUpdateCompletedEventAttributes;
    if (completed?.meta?.updateId !== decision.id) continue;
    const payload = completed.outcome?.success?.payloads?.[0];
    return payload ? { taken: true, answer: client.options.loadedDataConverter.payloadConverter.fromPayload(payload) } : { taken: false };
  }
  return { taken: false };
}
