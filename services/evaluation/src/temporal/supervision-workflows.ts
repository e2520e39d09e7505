import { Injectable } from '@nestjs/common';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import type { WorkflowDefinition } from '@makerspace/contracts';
import { workflowErrorAsHttp } from '@makerspace/http';
import { TemporalGateway } from '@makerspace/temporal';

/**
 * The supervision workflows as the service drives them through the Temporal gateway: started once
 * by their definitions (a second start of the same id starts nothing), updated and queried with a
 * workflow's refusal read as its HTTP answer (`what` names the procedure in it).
 */
@Injectable()
export class SupervisionWorkflows {
  constructor(private readonly temporal: TemporalGateway) {}

  /**
   * Start `definition`'s workflow for `input`; false when its id was already started (running or
   * ended). `memo` stays with the workflow (a decision's id, so a lost answer is found again).
   */
  startOnce<Input, Result>(definition: WorkflowDefinition<Input, Result>, input: Input, memo?: Record<string, unknown>): Promise<boolean> {
    return this.temporal.startOnce(definition, input, memo);
  }

  /** `updateId` names the update (a decision's id, so a lost answer is found again). */
  async update<Ret, Arg>(workflowId: string, update: UpdateDefinition<Ret, [Arg]>, arg: Arg, what: string, updateId?: string): Promise<Ret> {
    try {
      return await this.temporal.update(workflowId, update, arg, { updateId });
    } catch (e) {
      throw workflowErrorAsHttp(e, { what });
    }
  }

  async query<Ret>(workflowId: string, query: QueryDefinition<Ret>, what: string): Promise<Ret> {
    try {
      return await this.temporal.query(workflowId, query);
    } catch (e) {
      throw workflowErrorAsHttp(e, { what });
    }
  }

  /** The workflow's status (RUNNING, COMPLETED, ...), or null when it was never started. */
  status(workflowId: string): Promise<string | null> {
    return this.temporal.status(workflowId);
  }
}
