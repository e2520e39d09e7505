import type { Settlement, SqlClient } from '@makerspace/audit';
import type { FilingState } from '@makerspace/contracts';
import type { Prisma } from '.prisma/intake-client';

/** The applicant's decisions on its filing procedure, as their audit entries name them. */
export const SUBMITTED = 'application.submitted';
export const RESUBMITTED = 'application.resubmitted';
export const WITHDRAWN = 'application.withdrawn';

/** What a submission claims: the draft's revision it was judged on, and the ruleset and day it is judged under. */
export interface SubmissionClaim {
  revision: number;
  rulesetId: string;
  rulesetVersion: number;
  submittedOn: string;
}

/** What an answer to a return stores: the corrected figures, made on the revision given. */
export interface Correction {
  figures: Record<string, unknown>;
  revision: number;
}

const prismaOf = (tx: SqlClient) => tx as unknown as Prisma.TransactionClient;

/**
 * The application's status as the applicant's own decisions leave it, written once the filing
 * workflow took the decision, in the transaction of its audit entry (AuditedDecisions): by the
 * request, or after a crash by the recovery. Each writes values, not increments, so writing one
 * twice changes nothing. The procedure's own moves (advanced, returned, rejected, disqualified,
 * filed) reach the status through the timeline consumer (docs/architecture.md, status writers).
 */
export const APPLICATION_SETTLEMENTS: Record<string, Settlement> = {
  [SUBMITTED]: (tx, _workflowId, { entry }) => {
    const claim = entry.outcome!.fields as unknown as SubmissionClaim;
    return prismaOf(tx).application.update({
      where: { id: entry.subject.id },
      data: {
        status: 'SUBMITTED',
        stage: 'PRELIMINARY_REVIEW',
        rulesetId: claim.rulesetId,
        rulesetVersion: claim.rulesetVersion,
        submittedOn: claim.submittedOn,
        revision: claim.revision + 1,
      },
    });
  },
  [RESUBMITTED]: (tx, answer, { entry }) => {
    const correction = entry.outcome!.fields as unknown as Correction;
    const state = answer as FilingState;
    return prismaOf(tx).application.update({
      where: { id: entry.subject.id },
      data: { figures: correction.figures as Prisma.InputJsonValue, revision: correction.revision + 1, status: state.status, stage: state.stage },
    });
  },
  [WITHDRAWN]: (tx, answer, { entry }) => {
    const state = answer as FilingState;
    return prismaOf(tx).application.update({ where: { id: entry.subject.id }, data: { status: state.status, stage: state.stage } });
  },
};
