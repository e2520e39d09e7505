import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import {
  FilingInput,
  FilingState,
  filingWorkflow,
  filingWorkflowId,
  lodgeObjection,
  Objection,
  resubmit,
  Resubmission,
  withdraw,
  Withdrawal,
} from '@makerspace/contracts';
import { RefusalReading, workflowErrorAsHttp } from '@makerspace/http';
import { TemporalGateway } from '@makerspace/temporal';
import { UPDATE_TIMEOUT_MS } from './update-timeout';

/**
 * The application exists here whether or not its procedure runs, so a missing procedure is
 * CLOSED; the applicant's own: a refusal for someone else's reads as "not found".
 */
const APPLICANT: RefusalReading = { what: 'filing procedure', subject: 'application', hideFromOthers: true, absent: { field: 'applicationId' } };
const PUBLIC_NOTICE: RefusalReading = { what: 'filing procedure', subject: 'application', absent: { field: 'applicationId', article: 'Art. 6(4)' } };

/**
 * The intake service's side of the filing workflow (`filing-<applicationId>`): it starts the
 * procedure of a submitted application and sends it the applicant's and the public's messages.
 * Updates are validated in the workflow; a refusal comes back as an HTTP error (workflowErrorAsHttp).
 * An `updateId` makes a retried update harmless: the workflow answers it once.
 */
@Injectable()
export class FilingWorkflow {
  constructor(private readonly temporal: TemporalGateway) {}

  /** Start the procedure; starting it twice is harmless. `memo` stays with it (the submission's decision id). */
  async start(input: FilingInput, memo?: Record<string, unknown>): Promise<string> {
    await this.temporal.startOnce(filingWorkflow, input, memo);
    return filingWorkflow.workflowId(input);
  }

  withdraw(applicationId: string, withdrawal: Withdrawal, updateId?: string): Promise<FilingState> {
    return this.update(applicationId, withdraw, withdrawal, APPLICANT, updateId);
  }

  resubmit(applicationId: string, resubmission: Resubmission, updateId?: string): Promise<FilingState> {
    return this.update(applicationId, resubmit, resubmission, APPLICANT, updateId);
  }

  lodgeObjection(applicationId: string, objection: Objection): Promise<FilingState> {
    return this.update(applicationId, lodgeObjection, objection, PUBLIC_NOTICE, objection.objectionId);
  }

  private async update<A>(
    applicationId: string,
    def: UpdateDefinition<FilingState, [A]>,
    arg: A,
    reading: RefusalReading,
    updateId?: string,
  ): Promise<FilingState> {
    try {
      return await this.temporal.update(filingWorkflowId(applicationId), def, arg, { updateId, timeoutMs: UPDATE_TIMEOUT_MS });
    } catch (e) {
      throw workflowErrorAsHttp(e, reading);
    }
  }
}
