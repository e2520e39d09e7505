import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import type { EventEnvelope } from '@makerspace/contracts';
import { createKafka, EventPublisher, IDEMPOTENT_PRODUCER } from '@makerspace/events';
import { addDays, todayInShanghai } from '@makerspace/policy';
import { DIVISION } from '../support/filing-inputs';
import { paced } from '../support/paced';
import type { RunContext } from '../support/run-context';
import { Latencies, latencies, sleep, until } from '../support/stats';

export interface EventLatency extends Latencies {
  published: number;
  /** Published but not seen at the end (in the inbox, or by the bare consumer). */
  missing: number;
}

export interface LatencyComparison {
  rate: number;
  seconds: number;
  system: EventLatency;
  bare: EventLatency;
  /** system p99 / bare p99 */
  ratio: number;
}

/** Time given to the last events to arrive after the last publication. */
const DRAIN_MS = 60_000;

/** A task opened on the Tiedong desk: one notice for `district-officer:210302`. */
function aTaskOpened(id: string): EventEnvelope {
  const applicationId = randomUUID();
  return {
    id,
    type: 'task.opened',
    version: 1,
    occurredAt: new Date().toISOString(),
    subject: applicationId,
    actor: { id: 'filing-workflow', role: 'system' },
    payload: {
      taskId: randomUUID(),
      applicationId,
      stage: 'PRELIMINARY_REVIEW',
      kind: 'preliminary-review',
      assigneeRole: 'district-officer',
      scope: DIVISION,
      assigneeId: null,
      dueOn: addDays(todayInShanghai(new Date()), 20),
      title: { zh: '初审并书面推荐', en: 'Preliminary review and written recommendation' },
    },
  };
}

function summary(sentAt: number[], arrivedAt: Map<number, number>): EventLatency {
  const samples = [...arrivedAt].map(([i, at]) => at - sentAt[i]);
  return { ...latencies(samples), published: sentAt.length, missing: sentAt.length - arrivedAt.size };
}

/** Through the system: the events published as the worker publishes them, timed to their inbox rows. */
async function throughNotification(ctx: RunContext, kafka: Kafka, label: string, count: number): Promise<EventLatency> {
  const prefix = `bench-${ctx.stack.runId}-${label}-`;
  const publisher = new EventPublisher(kafka);
  await publisher.connect();
  const sentAt: number[] = [];
  const publishing: Promise<unknown>[] = [];
  await paced(count, ctx.settings.eventRate, (i) => {
    const event = aTaskOpened(`${prefix}${i}`);
    sentAt[i] = Date.now();
    publishing.push(publisher.publish(event));
  });
  await Promise.all(publishing);
  await publisher.disconnect();
  const pattern = `${prefix}%`;
  await until(`${count} inbox rows`, async () => {
    const { rows } = await ctx.databases.query<{ n: number }>('notification', `SELECT count(*)::int AS n FROM "InboxItem" WHERE "eventId" LIKE $1`, [pattern]);
    return rows[0].n >= count;
  }, DRAIN_MS, 250).catch((e) => ctx.log(String(e)));
  const { rows } = await ctx.databases.query<{ eventId: string; ms: number }>(
    'notification',
    `SELECT "eventId", EXTRACT(EPOCH FROM "createdAt")::float8 * 1000 AS ms FROM "InboxItem" WHERE "eventId" LIKE $1`,
    [pattern],
  );
  return summary(sentAt, new Map(rows.map((r) => [Number(r.eventId.slice(prefix.length)), r.ms])));
}

/** Bare kafkajs: the same producer settings and messages to a topic of the run's own, a plain consumer taking them. */
async function bareLoop(ctx: RunContext, kafka: Kafka, label: string, count: number): Promise<EventLatency> {
  const topic = `bench-bare-${ctx.stack.runId}-${label}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 6, replicationFactor: 1 }] });
  await admin.disconnect();
  const arrivedAt = new Map<number, number>();
  const consumer: Consumer = kafka.consumer({ groupId: topic });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      arrivedAt.set(Number(message.headers!.seq!.toString()), Date.now());
    },
  });
  await joined;
  const producer = kafka.producer(IDEMPOTENT_PRODUCER);
  await producer.connect();
  const sentAt: number[] = [];
  const sending: Promise<unknown>[] = [];
  await paced(count, ctx.settings.eventRate, (i) => {
    const event = aTaskOpened(`${topic}-${i}`);
    sentAt[i] = Date.now();
    sending.push(producer.send({ topic, acks: -1, messages: [{ key: event.subject, value: JSON.stringify(event), headers: { seq: String(i) } }] }));
  });
  await Promise.all(sending);
  const deadline = Date.now() + DRAIN_MS;
  while (arrivedAt.size < count && Date.now() < deadline) await sleep(100);
  await producer.disconnect();
  await consumer.disconnect();
  return summary(sentAt, arrivedAt);
}

/**
 * Latency from an event's publication to the notification service's inbox row (consumer, event
 * check, one transaction for the processed id and the notice, offset commit), at a steady rate for
 * a bounded time, against a bare kafkajs producer → consumer loop at the same rate on the same broker.
 */
export async function measureEventsToInbox(ctx: RunContext): Promise<LatencyComparison> {
  const { eventRate, eventSeconds } = ctx.settings;
  const count = eventRate * eventSeconds;
  const kafka = createKafka(`bench-${ctx.stack.runId}`, { KAFKA_BROKERS: ctx.stack.kafkaBrokers });
  ctx.log(`events to inbox: warming up (1 s each way at ${eventRate}/s)`);
  await bareLoop(ctx, kafka, 'warm', eventRate);
  await throughNotification(ctx, kafka, 'warm', eventRate);
  ctx.log(`events to inbox: ${count} events at ${eventRate}/s each way`);
  const bare = await bareLoop(ctx, kafka, 'measured', count);
  const system = await throughNotification(ctx, kafka, 'measured', count);
  return { rate: eventRate, seconds: eventSeconds, system, bare, ratio: system.p99 / bare.p99 };
}
