import { Client, Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { until } from '../support/stats';
import type { BenchStack } from './bench-stack';

/** The run's own Temporal namespace: registered at the start, deleted with everything in it at the end. */
export class BenchNamespace {
  private constructor(
    readonly connection: Connection,
    readonly client: Client,
    private readonly name: string,
  ) {}

  static async open(stack: BenchStack): Promise<BenchNamespace> {
    const connection = await Connection.connect({ address: stack.temporalAddress });
    const namespace = stack.namespace;
    await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') });
    await until(
      'the bench namespace',
      async () => (await connection.workflowService.describeNamespace({ namespace })).namespaceInfo?.name === namespace,
      30_000,
    );
    return new BenchNamespace(connection, new Client({ connection, namespace }), namespace);
  }

  /** True once a worker polls `taskQueue` for workflow tasks. */
  async polled(taskQueue: string): Promise<boolean> {
    const answer = await this.connection.workflowService.describeTaskQueue({
      namespace: this.name,
      taskQueue: { name: taskQueue },
      taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
    });
    return (answer.pollers?.length ?? 0) > 0;
  }

  /** Workflow tasks waiting on `taskQueue` for a worker (the server's approximate count). */
  async backlog(taskQueue: string): Promise<number> {
    const answer = await this.connection.workflowService.describeTaskQueue({
      namespace: this.name,
      taskQueue: { name: taskQueue },
      taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      reportStats: true,
    });
    return Number(answer.stats?.approximateBacklogCount ?? 0);
  }

  async close(): Promise<void> {
    await this.connection.operatorService.deleteNamespace({ namespace: this.name }).catch(() => undefined);
    await this.connection.close();
  }
}
