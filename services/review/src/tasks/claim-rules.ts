import type { RequestActor } from '@makerspace/http';
import { ApiException, conflict } from '@makerspace/http';

interface ClaimedTask {
  status: string;
  claimedBy: string | null;
}

/**
 * One person works on a task at a time. Whoever has the task on its desk may claim it while it is
 * free; the claimant may release it; the city may release or re-claim a task someone else holds
 * (an officer away, a stalled task). A decided or closed task keeps its claimant: it shows who
 * decided it.
 */
function mayTakeOver(task: ClaimedTask, actor: RequestActor): boolean {
  return !task.claimedBy || task.claimedBy === actor.id || actor.role === 'city-officer';
}

const heldBy = (task: ClaimedTask) => conflict('CLAIMED_BY_OTHER', `${task.claimedBy} has claimed this task`);

const closed = () => conflict('TASK_CLOSED', 'the task is already decided or closed');

export function claimRefusal(task: ClaimedTask, actor: RequestActor): ApiException | undefined {
  if (task.status !== 'OPEN') return closed();
  return mayTakeOver(task, actor) ? undefined : heldBy(task);
}

export function releaseRefusal(task: ClaimedTask, actor: RequestActor): ApiException | undefined {
  if (task.status !== 'OPEN') return closed();
  return mayTakeOver(task, actor) ? undefined : heldBy(task);
}

/** A claimed task is decided by its claimant; the city re-claims it first, so a take-over shows. */
export function decisionRefusal(task: ClaimedTask, actor: RequestActor): ApiException | undefined {
  return task.claimedBy && task.claimedBy !== actor.id ? heldBy(task) : undefined;
}
