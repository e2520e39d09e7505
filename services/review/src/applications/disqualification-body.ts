import { z } from 'zod';
import { Reason } from '@makerspace/contracts';
import { requireReasons } from '../validation/reasons-required';

/** A disqualification for fraud (Art. 9), as the request body: its reasons. */
export const DisqualificationBody = z
  .object({ reasons: z.array(Reason).max(50) })
  .superRefine((d, ctx) => requireReasons(ctx, d.reasons, 'a disqualification', 'Art. 9'))
  .meta({ id: 'DisqualificationBody' });
export type DisqualificationBody = z.infer<typeof DisqualificationBody>;
