// Bundle entry: the filing workflow of the next release, the change behind `patched` (the policy).
import { patched } from '@temporalio/workflow';
import type { FilingInput } from '@makerspace/contracts';
import { filing as filingToday } from '../../../../workflows/src/filing-workflows';
import { RECEIPT_WAIT_PATCH, receiptWait } from './receipt-wait';

/** Procedures started before the release replay without the marker and keep today's path. */
export async function filing(input: FilingInput) {
  if (patched(RECEIPT_WAIT_PATCH)) await receiptWait();
  return filingToday(input);
}
