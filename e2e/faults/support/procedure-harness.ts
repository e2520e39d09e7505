import { Client, Connection } from '@temporalio/client';
import { temporalSettings } from '@makerspace/config';
import { EventTap } from '@makerspace/testing';
import { WorkerProcess } from './worker-process';

/** What a scenario around a filing procedure holds: a worker process, a Temporal client and a tap on the events. */
export class ProcedureHarness {
  private constructor(
    public worker: WorkerProcess,
    readonly connection: Connection,
    readonly client: Client,
    readonly tap: EventTap,
  ) {}

  static async open(): Promise<ProcedureHarness> {
    const tap = await EventTap.open();
    const connection = await Connection.connect({ address: temporalSettings().address });
    return new ProcedureHarness(await WorkerProcess.start(), connection, new Client({ connection }), tap);
  }

  async close(): Promise<void> {
    await this.worker.stop();
    await this.tap.close();
    await this.connection.close();
  }
}
