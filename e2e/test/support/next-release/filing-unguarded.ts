// Bundle entry: the same change as filing-guarded.ts without the guard, which the policy forbids.
import type { FilingInput } from '@makerspace/contracts';
import { filing as filingToday } from '../../../../workflows/src/filing-workflows';
import { receiptWait } from './receipt-wait';

export async function filing(input: FilingInput) {
  await receiptWait();
  return filingToday(input);
}
