import { CancellationScope, condition, defineQuery, defineUpdate, proxyActivities, setHandler, sleep } from '@temporalio/workflow';

const { publishEvents } = proxyActivities<{ publishEvents(events: unknown[]): Promise<void> }>({ startToCloseTimeout: '1 minute' });

/** What the bare procedure answers: the task it waits on, as the filing workflow's state lists its open tasks. */
export interface BareFilingState {
  stage: number;
  openTasks: { taskId: string }[];
}

export const bareFilingState = defineQuery<BareFilingState>('bareFilingState');
export const bareDecision = defineUpdate<BareFilingState, [{ taskId: string; outcome: string }]>('bareDecision');

/** A task's reminder: a durable timer the next decision cancels (the filing procedure's task loop waits like this). */
const REMINDER = '10 days';

/**
 * What the engine itself does for a filing procedure, with none of the system's code: started, it
 * opens a task (a timer) and publishes its events (an activity); each decision is an update,
 * validated and answered, that closes the task (its timer cancelled), opens the next (a new timer)
 * and publishes (an activity). As many updates, timers and activities per decision as the filing
 * workflow's preliminary review, recommended (docs/benchmarks.md, "Staff decisions").
 */
export async function bareFiling(submission: unknown): Promise<void> {
  const state: BareFilingState = { stage: 0, openTasks: [{ taskId: 'task-0' }] };
  let unpublished: unknown[] = [submission];
  let reminder: CancellationScope | undefined;
  const openTask = () => {
    reminder?.cancel();
    reminder = new CancellationScope();
    void reminder.run(() => sleep(REMINDER)).catch(() => undefined);
  };
  setHandler(bareFilingState, () => state);
  setHandler(
    bareDecision,
    (decision) => {
      state.stage += 1;
      state.openTasks = [{ taskId: `task-${state.stage}` }];
      unpublished.push(decision);
      openTask();
      return state;
    },
    {
      validator: (decision) => {
        if (decision.taskId !== state.openTasks[0].taskId) throw new Error(`no open task ${decision.taskId}`);
      },
    },
  );
  openTask();
  for (;;) {
    await condition(() => unpublished.length > 0);
    const events = unpublished;
    unpublished = [];
    await publishEvents(events);
  }
}
