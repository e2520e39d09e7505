import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';

/**
 * A plain Temporal worker in the bench's process, with the SDK's default options and no code of
 * the system, running `bareEvaluation` on a task queue of its own: what the bare engine costs to
 * run workflows, set beside the system's worker running its own. One per bench process.
 */
export class BareEngineWorker {
  /** Activities run: bare evaluations that reached their open request. */
  opened = 0;
  private running: Promise<void> = Promise.resolve();
  private constructor(private readonly worker: Worker, private readonly connection: NativeConnection) {}

  static async start(address: string, namespace: string, taskQueue: string): Promise<BareEngineWorker> {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    const connection = await NativeConnection.connect({ address });
    const counter = { opened: () => undefined as void };
    const worker = await Worker.create({
      connection,
      namespace,
      taskQueue,
      workflowsPath: require.resolve('./bare-evaluation'),
      activities: { requestOpened: async () => counter.opened() },
    });
    const self = new BareEngineWorker(worker, connection);
    counter.opened = () => void (self.opened += 1);
    self.running = worker.run();
    return self;
  }

  async stop(): Promise<void> {
    this.worker.shutdown();
    await this.running;
    await this.connection.close();
  }
}
