/** How long a request waits for the filing workflow to take an update before it answers 503. */
export const UPDATE_TIMEOUT_MS = Number(process.env.FILING_UPDATE_TIMEOUT_MS ?? 10_000);

/**
 * Options of a database transaction that holds an application's row while the filing workflow
 * takes a message: the workflow's answer and the writes around it fit in it.
 */
export const WORKFLOW_TRANSACTION = { maxWait: 5_000, timeout: UPDATE_TIMEOUT_MS + 5_000 };
