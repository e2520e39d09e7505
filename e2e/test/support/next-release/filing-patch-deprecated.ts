// Bundle entry: the release after every procedure started before the change has ended: the
// marker is still written, the old path is gone (the second step of the policy).
import { deprecatePatch } from '@temporalio/workflow';
import type { FilingInput } from '@makerspace/contracts';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a next release's workflow bundle is built from today's workflow sources, as its release branch would be; webpack bundles them, no package entry
import { filing as filingToday } from '../../../../workflows/src/filing-workflows';
import { RECEIPT_WAIT_PATCH, receiptWait } from './receipt-wait';

export async function filing(input: FilingInput) {
  deprecatePatch(RECEIPT_WAIT_PATCH);
  await receiptWait();
  return filingToday(input);
}
