import { PROCESS_SETTINGS, readSettings } from '@makerspace/config';

/** How long a request waits for the filing workflow to take an update before it answers 503 (FILING_UPDATE_TIMEOUT_MS). */
export const { FILING_UPDATE_TIMEOUT_MS: UPDATE_TIMEOUT_MS } = readSettings('intake', PROCESS_SETTINGS.intake.pick({ FILING_UPDATE_TIMEOUT_MS: true }));

/**
 * Options of a database transaction that holds an application's row while the filing workflow
 * takes a message: the workflow's answer and the writes around it fit in it.
 */
export const WORKFLOW_TRANSACTION = { maxWait: 5_000, timeout: UPDATE_TIMEOUT_MS + 5_000 };
