import { Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy, WorkflowNotFoundError } from '@temporalio/client';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import { supervisionTaskQueue } from '@makerspace/contracts';
import { workflowErrorAsHttp } from '@makerspace/http';
import { TemporalGateway } from '@makerspace/temporal';

/**
 * The supervision workflows as the service drives them: started once under their domain id
 * (a second start of the same id starts nothing), updated with refusals as HTTP answers, queried.
 */
@Injectable()
export class SupervisionWorkflows {
  constructor(private readonly temporal: TemporalGateway) {}

  /**
   * Start `workflowType` under `workflowId`; false when that id was already started (running or
   * ended). `memo` stays with the workflow (a decision's id, so a lost answer is found again).
   */
  async startOnce(workflowType: string, workflowId: string, arg: unknown, memo?: Record<string, unknown>): Promise<boolean> {
    const client = await this.temporal.client();
    try {
      await client.workflow.start(workflowType, { workflowId, taskQueue: supervisionTaskQueue(), args: [arg], workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE, memo });
      return true;
    } catch (e) {
      if (e instanceof WorkflowExecutionAlreadyStartedError) return false;
      throw e;
    }
  }

  /** `updateId` names the update (a decision's id, so a lost answer is found again). */
  async update<Ret, Arg>(workflowId: string, update: UpdateDefinition<Ret, [Arg]>, arg: Arg, what: string, updateId?: string): Promise<Ret> {
    const client = await this.temporal.client();
    try {
      return await client.workflow.getHandle(workflowId).executeUpdate(update, { args: [arg], updateId });
    } catch (e) {
      throw workflowErrorAsHttp(e, { what });
    }
  }

  async query<Ret>(workflowId: string, query: QueryDefinition<Ret>, what: string): Promise<Ret> {
    const client = await this.temporal.client();
    try {
      return await client.workflow.getHandle(workflowId).query(query);
    } catch (e) {
      throw workflowErrorAsHttp(e, { what });
    }
  }

  /** The workflow's status (RUNNING, COMPLETED, ...), or null when it was never started. */
  async status(workflowId: string): Promise<string | null> {
    const client = await this.temporal.client();
    try {
      return (await client.workflow.getHandle(workflowId).describe()).status.name;
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return null;
      throw e;
    }
  }
}
