import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { filingTaskQueue, filingWorkflowId, FilingInput } from '@makerspace/contracts';
import { TemporalGateway } from '@makerspace/temporal';

/** Starts the filing workflow of a submitted application; starting it twice is harmless. */
@Injectable()
export class FilingStarter implements OnApplicationShutdown {
  readonly temporal = new TemporalGateway();

  async start(input: FilingInput): Promise<string> {
    const workflowId = filingWorkflowId(input.applicationId);
    const client = await this.temporal.client();
    try {
      await client.workflow.start('filing', { workflowId, taskQueue: filingTaskQueue(), args: [input] });
    } catch (e) {
      if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
    }
    return workflowId;
  }

  async onApplicationShutdown() {
    await this.temporal.close();
  }
}
