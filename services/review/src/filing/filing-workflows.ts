import { Injectable } from '@nestjs/common';
import { decideTask, Decision, disqualify, Disqualification, filingState, FilingState, filingWorkflowId } from '@makerspace/contracts';
import { RefusalReading, workflowErrorAsHttp } from '@makerspace/http';
import { TemporalGateway } from '@makerspace/temporal';

const FILING: RefusalReading = { what: 'filing procedure', subject: 'application' };

/**
 * The filing workflows (`filing-<applicationId>`) as this service acts on them: the state query
 * and the staff updates. A refusal comes back as its HTTP answer (workflowErrorAsHttp); Temporal
 * being out of reach as TemporalUnavailable (503 with Retry-After).
 */
@Injectable()
export class FilingWorkflows {
  constructor(private readonly temporal: TemporalGateway) {}

  state(applicationId: string): Promise<FilingState> {
    return this.call(() => this.temporal.query(filingWorkflowId(applicationId), filingState));
  }

  /** `updateId` names the decision, so that a decision whose answer was lost is found again (AuditedDecisions). */
  decide(applicationId: string, decision: Decision, updateId?: string): Promise<FilingState> {
    return this.call(() => this.temporal.update(filingWorkflowId(applicationId), decideTask, decision, { updateId }));
  }

  disqualify(applicationId: string, disqualification: Disqualification, updateId?: string): Promise<FilingState> {
    return this.call(() => this.temporal.update(filingWorkflowId(applicationId), disqualify, disqualification, { updateId }));
  }

  private async call<T>(act: () => Promise<T>): Promise<T> {
    try {
      return await act();
    } catch (e) {
      throw workflowErrorAsHttp(e, FILING);
    }
  }
}
