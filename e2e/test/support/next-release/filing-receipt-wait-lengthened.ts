// Bundle entry: the next release with its receipt wait made longer under the same patch, a
// changed period: the replayer compares commands, not a timer's length, so nothing fails.
import { patched } from '@temporalio/workflow';
import type { FilingInput } from '@makerspace/contracts';
import { filing as filingToday } from '../../../../workflows/src/filing-workflows';
import { RECEIPT_WAIT_MS, RECEIPT_WAIT_PATCH, receiptWait } from './receipt-wait';

export async function filing(input: FilingInput) {
  if (patched(RECEIPT_WAIT_PATCH)) await receiptWait(3 * RECEIPT_WAIT_MS);
  return filingToday(input);
}
