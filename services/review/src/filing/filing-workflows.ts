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

  decide(applicationId: string, decision: Decision): Promise<FilingState> {
    return this.call(() => this.temporal.update(filingWorkflowId(applicationId), decideTask, decision));
  }

  disqualify(applicationId: string, disqualification: Disqualification): Promise<FilingState> {
    return this.call(() => this.temporal.update(filingWorkflowId(applicationId), disqualify, disqualification));
  }

  private async call<T>(act: () => Promise<T>): Promise<T> {
    try {
      return await act();
    } catch (e) {
      throw workflowErrorAsHttp(e, FILING);
    }
  }
}
