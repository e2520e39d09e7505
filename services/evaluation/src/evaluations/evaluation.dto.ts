import { z } from 'zod';
import { ResultConfirmation } from '@makerspace/contracts';
import { SelfReport } from '@makerspace/policy';

/** Art. 7 the performance report, as the operator files it (the workflow checks it again). */
export const SelfReportBody = SelfReport;
export type SelfReportBody = z.infer<typeof SelfReportBody>;

/** A city officer's confirmation or correction; the officer is the caller. */
export const ConfirmationBody = ResultConfirmation.omit({ actor: true });
export type ConfirmationBody = z.infer<typeof ConfirmationBody>;
