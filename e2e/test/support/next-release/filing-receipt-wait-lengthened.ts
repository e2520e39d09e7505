// Bundle entry: the next release with its receipt wait made longer under the same patch, a
// changed period: the replayer compares commands, not a timer's length, so nothing fails.
import { patched } from '@temporalio/workflow';
import type { FilingInput } from '@makerspace/contracts';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a next release's workflow bundle is built from today's workflow sources, as its release branch would be; webpack bundles them, no package entry
import { filing as filingToday } from '../../../../workflows/src/filing-workflows';
import { RECEIPT_WAIT_MS, RECEIPT_WAIT_PATCH, receiptWait } from './receipt-wait';

export async function filing(input: FilingInput) {
  if (patched(RECEIPT_WAIT_PATCH)) await receiptWait(3 * RECEIPT_WAIT_MS);
  return filingToday(input);
}
