// Bundle entry: the filing workflow of the next release, the change behind `patched` (the policy).
import { patched } from '@temporalio/workflow';
import type { FilingInput } from '@makerspace/contracts';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a next release's workflow bundle is built from today's workflow sources, as its release branch would be; webpack bundles them, no package entry
import { filing as filingToday } from '../../../../workflows/src/filing-workflows';
import { RECEIPT_WAIT_PATCH, receiptWait } from './receipt-wait';

/** Procedures started before the release replay without the marker and keep today's path. */
export async function filing(input: FilingInput) {
  if (patched(RECEIPT_WAIT_PATCH)) await receiptWait();
  return filingToday(input);
}
