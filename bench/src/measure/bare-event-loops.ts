import type { Consumer, Kafka } from 'kafkajs';
import { IDEMPOTENT_PRODUCER } from '@makerspace/events';
import { paced } from '../support/paced';
import type { RunContext } from '../support/run-context';
import { sleep } from '../support/stats';
import { anObjection, DRAIN_MS, EventLatency, eventLatency } from './event-latency';

/** The table the Kafka + PostgreSQL loop writes arrivals to, in the notification service's bench database. */
const ARRIVALS = 'bench_event_arrival';

/**
 * The bare engines at the rate the system gets: the same producer settings and messages to a topic
 * of the run's own (six partitions, like the domain topics), and
 * - `kafka`: a plain kafkajs consumer taking them;
 * - `kafka+postgres`: a kafkajs consumer that, like the notification service, handles six
 *   partitions at once and writes each fetched batch with one plain INSERT (pg, no ORM), the
 *   arrival stamped by the database as the inbox row is.
 */
export async function bareEventLoop(ctx: RunContext, kafka: Kafka, engines: 'kafka' | 'kafka+postgres', label: string, count: number): Promise<EventLatency> {
  const topic = `bench-bare-${ctx.stack.runId}-${engines.replace('+', '-')}-${label}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 6, replicationFactor: 1 }] });
  await admin.disconnect();
  if (engines === 'kafka+postgres')
    await ctx.databases.query('notification', `CREATE TABLE IF NOT EXISTS ${ARRIVALS} (id text PRIMARY KEY, at timestamp(3) NOT NULL)`);

  const arrivedAt = new Map<number, number>();
  const consumer: Consumer = kafka.consumer({ groupId: topic });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  if (engines === 'kafka') {
    await consumer.run({ eachMessage: async ({ message }) => void arrivedAt.set(Number(message.headers!.seq!.toString()), Date.now()) });
  } else {
    await consumer.run({
      partitionsConsumedConcurrently: 6,
      eachBatch: async ({ batch }) => {
        const ids = batch.messages.map((m) => `${topic}:${m.headers!.seq!.toString()}`);
        await ctx.databases.query(
          'notification',
          `INSERT INTO ${ARRIVALS} (id, at) SELECT unnest($1::text[]), now() AT TIME ZONE 'UTC' ON CONFLICT DO NOTHING`,
          [ids],
        );
      },
    });
  }
  await joined;

  const producer = kafka.producer(IDEMPOTENT_PRODUCER);
  await producer.connect();
  const sentAt: number[] = [];
  const sending: Promise<unknown>[] = [];
  await paced(count, ctx.settings.eventRate, (i) => {
    const event = anObjection(`${topic}-${i}`);
    sentAt[i] = Date.now();
    sending.push(producer.send({ topic, acks: -1, messages: [{ key: event.subject, value: JSON.stringify(event), headers: { seq: String(i) } }] }));
  });
  await Promise.all(sending);
  const arrived = async () => {
    if (engines === 'kafka') return arrivedAt.size;
    const { rows } = await ctx.databases.query<{ n: number }>('notification', `SELECT count(*)::int AS n FROM ${ARRIVALS} WHERE id LIKE $1`, [`${topic}:%`]);
    return rows[0].n;
  };
  const deadline = Date.now() + DRAIN_MS;
  while ((await arrived()) < count && Date.now() < deadline) await sleep(100);
  await producer.disconnect();
  await consumer.disconnect();
  if (engines === 'kafka+postgres') {
    const { rows } = await ctx.databases.query<{ id: string; ms: number }>(
      'notification',
      `SELECT id, EXTRACT(EPOCH FROM at)::float8 * 1000 AS ms FROM ${ARRIVALS} WHERE id LIKE $1`,
      [`${topic}:%`],
    );
    for (const r of rows) arrivedAt.set(Number(r.id.slice(topic.length + 1)), r.ms);
  }
  return eventLatency(`bare ${engines}`, sentAt, arrivedAt);
}
