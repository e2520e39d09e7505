import { z } from 'zod';
import { ResultConfirmation, ReviewFindings, ReviewOrder, SelfReportCheck } from '@makerspace/contracts';
import { SelfReport } from '@makerspace/policy';

/** Art. 7 the performance report, as the operator files it (the workflow checks it again). */
export const SelfReportBody = SelfReport.meta({ id: 'SelfReportBody' });
export type SelfReportBody = z.infer<typeof SelfReportBody>;

/** A city officer's confirmation or correction; the officer is the caller. */
export const ConfirmationBody = ResultConfirmation.omit({ actor: true }).meta({ id: 'ConfirmationBody' });
export type ConfirmationBody = z.infer<typeof ConfirmationBody>;

/** The district department's first check of the report; the officer is the caller. */
export const DistrictCheckBody = SelfReportCheck.omit({ actor: true }).meta({ id: 'DistrictCheckBody' });
export type DistrictCheckBody = z.infer<typeof DistrictCheckBody>;

/** A city officer orders an expert review (naming the expert) or an on-site check. */
export const ReviewOrderBody = ReviewOrder.omit({ actor: true }).meta({ id: 'ReviewOrderBody' });
export type ReviewOrderBody = z.infer<typeof ReviewOrderBody>;

/** The findings of an ordered review; the expert or the inspecting officer is the caller. */
export const ReviewFindingsBody = ReviewFindings.omit({ actor: true }).meta({ id: 'ReviewFindingsBody' });
export type ReviewFindingsBody = z.infer<typeof ReviewFindingsBody>;
