import { Injectable } from '@nestjs/common';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { decideTask, Decision, disqualify, Disqualification, filingState, FilingState, filingWorkflowId } from '@makerspace/contracts';
import { TemporalGateway } from '@makerspace/temporal';
import { TemporalUnavailable, unavailability } from './temporal-unavailable';
import { refusalAnswer } from './workflow-refusal';

/**
 * The filing workflows (`filing-<applicationId>`) as this service acts on them: the state query
 * and the staff updates. A refusal comes back as its HTTP answer; Temporal being out of reach as
 * TemporalUnavailable.
 */
@Injectable()
export class FilingWorkflows {
  constructor(private readonly temporal: TemporalGateway) {}

  state(applicationId: string): Promise<FilingState> {
    return this.call(applicationId, (h) => h.query(filingState));
  }

  decide(applicationId: string, decision: Decision): Promise<FilingState> {
    return this.call(applicationId, (h) => h.executeUpdate(decideTask, { args: [decision] }));
  }

  disqualify(applicationId: string, disqualification: Disqualification): Promise<FilingState> {
    return this.call(applicationId, (h) => h.executeUpdate(disqualify, { args: [disqualification] }));
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
      throw refusalAnswer(e) ?? unavailability(e) ?? e;
    }
  }
}
