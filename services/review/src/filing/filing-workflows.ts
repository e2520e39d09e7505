import { Injectable } from '@nestjs/common';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { decideTask, Decision, disqualify, Disqualification, filingState, FilingState, filingWorkflowId } from '@makerspace/contracts';
import { RefusalReading, workflowErrorAsHttp } from '@makerspace/http';
import { TemporalGateway } from '@makerspace/temporal';
import { TemporalUnavailable } from './temporal-unavailable';

const FILING: RefusalReading = { what: 'filing procedure', subject: 'application' };

/**
 * The filing workflows (`filing-<applicationId>`) as this service acts on them: the state query
 * and the staff updates. A refusal comes back as its HTTP answer (workflowErrorAsHttp); Temporal
 * being out of reach as TemporalUnavailable.
 */
@Injectable()
export class FilingWorkflows {
  constructor(private readonly temporal: TemporalGateway) {}

  state(applicationId: string): Promise<FilingState> {
    return this.call(applicationId, (h) => h.query(filingState));
  }

  /** `updateId` names the decision, so that a decision whose answer was lost is found again (AuditedDecisions). */
  decide(applicationId: string, decision: Decision, updateId?: string): Promise<FilingState> {
    return this.call(applicationId, (h) => h.executeUpdate(decideTask, { args: [decision], updateId }));
  }

  disqualify(applicationId: string, disqualification: Disqualification, updateId?: string): Promise<FilingState> {
    return this.call(applicationId, (h) => h.executeUpdate(disqualify, { args: [disqualification], updateId }));
  }

  private async call<T>(applicationId: string, act: (handle: WorkflowHandle) => Promise<T>): Promise<T> {
    let client: Client;
    try {
      client = await this.temporal.client();
    } catch (e) {
      throw new TemporalUnavailable(e);
    }
    try {
      return await act(client.workflow.getHandle(filingWorkflowId(applicationId)));
    } catch (e) {
      throw workflowErrorAsHttp(e, FILING);
    }
  }
}
