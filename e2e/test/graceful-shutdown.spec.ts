import { Kafka } from 'kafkajs';
import { createKafka } from '@makerspace/events';
import { freePort, SystemProcess, unique, waitFor } from '@makerspace/testing';
import { groupState, startGroupsAtEnd } from './support/consumer-groups';

/**
 * The processes as an orchestrator runs them: started from their main modules, stopped with
 * SIGTERM. A service stops taking requests, finishes those in flight, stops its consumer (which
 * commits its offsets and leaves its group) and exits 0; the worker stops polling, lets its
 * activities finish and exits 0; a process with a wrong setting does not start and names it.
 */
describe('starting and stopping the processes', () => {
  const kafka: Kafka = createKafka('e2e-shutdown');
  const admin = kafka.admin();
  const started: SystemProcess[] = [];
  const start = (entry: string, env: NodeJS.ProcessEnv) => {
    const p = SystemProcess.spawn({ name: entry.split('/')[1], entry, env });
    started.push(p);
    return p;
  };

  beforeAll(() => admin.connect());
  afterAll(async () => {
    for (const p of started) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await admin.disconnect();
  });

  it('the notification service, on SIGTERM, commits its offsets, leaves its consumer group and exits 0', async () => {
    const group = unique('notification-e2e-shutdown');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    await startGroupsAtEnd(admin, [group]);
    const committedAtStart = await admin.fetchOffsets({ groupId: group, topics: ['filing.events'] });
    const service = start('services/notification/src/main.ts', { NOTIFICATION_PORT: String(port), NOTIFICATION_GROUP_ID: group });
    // The consumer joins its group before the HTTP server listens: wait for both.
    const ready = async () => (await groupState(admin, group)) === 'Stable' && (await fetch(`${url}/health/live`).catch(() => undefined))?.status === 200;
    await waitFor('the service to join its consumer group and answer on its port', ready, 120_000, 500).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${service.output().slice(-3000)}`);
    });

    service.child.kill('SIGTERM');
    const exit = await service.exited;

    expect(exit).toEqual({ code: 0, signal: null });
    const lines = service.logLines().filter((l) => l.service === 'notification');
    expect(lines.map((l) => l.message)).toEqual(expect.arrayContaining(['SIGTERM received: stopping', 'stopped']));
    expect(lines[0]).toEqual(
      expect.objectContaining({ level: expect.any(String), time: expect.any(String), service: 'notification', message: expect.any(String) }),
    );
    // It left the group (no member waits out a session timeout), its offsets kept or moved on.
    expect(await groupState(admin, group)).toBe('Empty');
    const [before] = committedAtStart;
    const [after] = await admin.fetchOffsets({ groupId: group, topics: ['filing.events'] });
    for (const p of after.partitions)
      expect(Number(p.offset)).toBeGreaterThanOrEqual(Number(before.partitions.find((b) => b.partition === p.partition)!.offset));
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();
  });

  it('the worker, on SIGTERM, stops polling and exits 0', async () => {
    const metricsPort = await freePort();
    const worker = start('workflows/src/main.ts', {
      FILING_TASK_QUEUE: unique('filing-shutdown'),
      SUPERVISION_TASK_QUEUE: unique('supervision-shutdown'),
      WORKER_METRICS_PORT: String(metricsPort),
      TEMPORAL_METRICS_PORT: String(await freePort()),
    });
    await waitFor(
      'the worker to poll',
      async () => (await fetch(`http://127.0.0.1:${metricsPort}/health/live`).catch(() => undefined))?.ok,
      120_000,
      500,
    ).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${worker.output().slice(-3000)}`);
    });

    worker.child.kill('SIGTERM');

    expect(await worker.exited).toEqual({ code: 0, signal: null });
    const messages = worker.logLines().map((l) => l.message);
    expect(messages).toEqual(expect.arrayContaining(['SIGTERM received: stopping', 'stopped']));
    expect(worker.logLines().filter((l) => l.message === 'Worker state changed' && l.state === 'STOPPED')).toHaveLength(2);
  });

  it('a service with a wrong setting does not start, and says which setting and why', async () => {
    const service = start('services/intake/src/main.ts', { INTAKE_PORT: 'eighty', KAFKA_PARTITIONS: '0' });
    expect(await service.exited).toEqual({ code: 1, signal: null });
    const refusal = service.logLines().find((l) => l.level === 'error' && l.service === 'intake');
    expect(refusal?.message).toContain('INTAKE_PORT must be a whole number from 1 to 65535 (found "eighty")');
    expect(refusal?.problems).toEqual([
      { variable: 'INTAKE_PORT', rule: 'must be a whole number from 1 to 65535', found: 'eighty' },
      { variable: 'KAFKA_PARTITIONS', rule: 'must be a whole number of at least 1', found: '0' },
    ]);
  });
});
