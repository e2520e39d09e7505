// Bundle entry: the same change as filing-guarded.ts without the guard, which the policy forbids.
import type { FilingInput } from '@makerspace/contracts';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a next release's workflow bundle is built from today's workflow sources, as its release branch would be; webpack bundles them, no package entry
import { filing as filingToday } from '../../../../workflows/src/filing-workflows';
import { receiptWait } from './receipt-wait';

export async function filing(input: FilingInput) {
  await receiptWait();
  return filingToday(input);
}
