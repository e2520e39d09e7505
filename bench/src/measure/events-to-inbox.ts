import type { Kafka } from 'kafkajs';
import { createKafka, EventPublisher } from '@makerspace/events';
import { paced } from '../support/paced';
import type { RunContext } from '../support/run-context';
import { until } from '../support/stats';
import { bareEventLoop } from './bare-event-loops';
import { anObjection, DRAIN_MS, EventLatency, eventLatency } from './event-latency';

export type { EventLatency } from './event-latency';

export interface LatencyComparison {
  rate: number;
  seconds: number;
  system: EventLatency;
  /** The headline baseline: kafkajs producer → consumer. */
  bare: EventLatency;
  /** The engines the path stands on: kafkajs, and one PostgreSQL write per fetched batch. */
  bareWithDatabase: EventLatency;
  /** system p99 / bare p99 */
  ratio: number;
}

/** Seconds of events at the full rate before measuring: connections, JIT and database plans warm. */
const WARM_UP_SECONDS = 3;

/** Through the system: the events published as the worker publishes them, timed to their inbox rows. */
async function throughNotification(ctx: RunContext, kafka: Kafka, label: string, count: number): Promise<EventLatency> {
  const prefix = `bench-${ctx.stack.runId}-${label}-`;
  const publisher = new EventPublisher(kafka);
  await publisher.connect();
  const sentAt: number[] = [];
  const publishing: Promise<unknown>[] = [];
  await paced(count, ctx.settings.eventRate, (i) => {
    const event = anObjection(`${prefix}${i}`);
    sentAt[i] = Date.now();
    publishing.push(publisher.publish(event));
  });
  await Promise.all(publishing);
  await publisher.disconnect();
  const pattern = `${prefix}%`;
  await until(
    `${count} inbox rows`,
    async () => {
      const { rows } = await ctx.databases.query<{ n: number }>('notification', `SELECT count(*)::int AS n FROM "InboxItem" WHERE "eventId" LIKE $1`, [
        pattern,
      ]);
      return rows[0].n >= count;
    },
    DRAIN_MS,
    250,
  ).catch((e) => ctx.log(String(e)));
  const { rows } = await ctx.databases.query<{ eventId: string; ms: number }>(
    'notification',
    `SELECT "eventId", EXTRACT(EPOCH FROM "createdAt")::float8 * 1000 AS ms FROM "InboxItem" WHERE "eventId" LIKE $1`,
    [pattern],
  );
  return eventLatency('system', sentAt, new Map(rows.map((r) => [Number(r.eventId.slice(prefix.length)), r.ms])));
}

/**
 * Latency from an event's publication to the notification service's inbox row (consumer, event
 * check, the processed id and the notice written in one statement per fetched batch, offsets
 * committed per batch), at a steady rate for a bounded time, against a bare kafkajs producer →
 * consumer loop at the same rate on the same broker; and, to show what the database adds, a bare
 * loop that also writes each batch to PostgreSQL.
 */
export async function measureEventsToInbox(ctx: RunContext): Promise<LatencyComparison> {
  const { eventRate, eventSeconds } = ctx.settings;
  const count = eventRate * eventSeconds;
  const kafka = createKafka(`bench-${ctx.stack.runId}`, { KAFKA_BROKERS: ctx.stack.kafkaBrokers });
  ctx.log(`events to inbox: warming up (${WARM_UP_SECONDS} s each way at ${eventRate}/s)`);
  const warm = eventRate * WARM_UP_SECONDS;
  await bareEventLoop(ctx, kafka, 'kafka', 'warm', warm);
  await bareEventLoop(ctx, kafka, 'kafka+postgres', 'warm', warm);
  await throughNotification(ctx, kafka, 'warm', warm);
  ctx.log(`events to inbox: ${count} events at ${eventRate}/s each way`);
  const bare = await bareEventLoop(ctx, kafka, 'kafka', 'measured', count);
  const bareWithDatabase = await bareEventLoop(ctx, kafka, 'kafka+postgres', 'measured', count);
  const system = await throughNotification(ctx, kafka, 'measured', count);
  return { rate: eventRate, seconds: eventSeconds, system, bare, bareWithDatabase, ratio: system.p99 / bare.p99 };
}
