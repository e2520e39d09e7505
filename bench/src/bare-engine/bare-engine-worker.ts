import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';

/**
 * A plain Temporal worker in the bench's process, with the SDK's default options and no code of
 * the system, running `bareEvaluation` on a task queue of its own: what the bare engine costs to
 * run workflows, set beside the system's worker running its own. One per bench process.
 */
export class BareEngineWorker {
  private constructor(
    private readonly worker: Worker,
    private readonly connection: NativeConnection,
    private readonly running: Promise<void>,
    private readonly count: { opened: number },
  ) {}

  /** Activities run: bare evaluations that reached their open request. */
  get opened(): number {
    return this.count.opened;
  }

  static async start(address: string, namespace: string, taskQueue: string): Promise<BareEngineWorker> {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    const connection = await NativeConnection.connect({ address });
    const count = { opened: 0 };
    const worker = await Worker.create({
      connection,
      namespace,
      taskQueue,
      workflowsPath: require.resolve('./bare-evaluation'),
      activities: { requestOpened: async () => void (count.opened += 1) },
    });
    return new BareEngineWorker(worker, connection, worker.run(), count);
  }

  async stop(): Promise<void> {
    this.worker.shutdown();
    await this.running;
    await this.connection.close();
  }
}
