import { condition, defineSignal, proxyActivities, setHandler } from '@temporalio/workflow';

const { requestOpened } = proxyActivities<{ requestOpened(): Promise<void> }>({ startToCloseTimeout: '1 minute' });

/** Ends the bare evaluation (the bench never sends it: like a space evaluation, it waits for the operator). */
export const reportFiled = defineSignal('reportFiled');

/**
 * What the engine itself does for a space evaluation until its self-report request is open, with
 * none of the system's code: the workflow starts, runs one activity (the system's publishes the
 * request), and waits for a message.
 */
export async function bareEvaluation(): Promise<void> {
  let filed = false;
  setHandler(reportFiled, () => void (filed = true));
  await requestOpened();
  await condition(() => filed);
}
