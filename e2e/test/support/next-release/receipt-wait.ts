import { sleep } from '@temporalio/workflow';

/**
 * The change the upgrade test makes to the filing procedure (a test-only next release): a new
 * first step, a receipt wait on a durable timer before the district's review opens. It adds a
 * command (a timer) where a procedure started on today's code recorded its first publish and its
 * task, so replaying such a procedure on the changed code without a guard fails.
 */
export const RECEIPT_WAIT_PATCH = 'upgrade-test-receipt-wait';
export const RECEIPT_WAIT_MS = 2_000;

export const receiptWait = (ms = RECEIPT_WAIT_MS): Promise<void> => sleep(ms);
