import { randomUUID } from 'node:crypto';
import { AssignerProtocol, type Admin, type IHeaders, type Kafka } from 'kafkajs';
import { deadLetterTopic, TOPICS } from '@makerspace/contracts';
import { ensureTopics, IDEMPOTENT_PRODUCER } from '@makerspace/events';

/** A message as the backup keeps it: where it was, and its key, value and headers as bytes (base64). */
export interface ArchivedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

type Positions = Map<string, Map<number, bigint>>;

const b64 = (b: Buffer | string | null | undefined) => (b == null ? null : Buffer.from(b).toString('base64'));
const headersOf = (h: IHeaders | undefined) =>
  Object.fromEntries(Object.entries(h ?? {}).flatMap(([k, v]) => (v == null ? [] : [[k, b64(Array.isArray(v) ? v[0] : v)!]])));

/** The services whose consumers keep what they handled in their databases, with their consumer groups. */
export const CONSUMING_SERVICES = ['intake', 'review', 'evaluation', 'notification'] as const;
const groupOf = (service: string, env: NodeJS.ProcessEnv) => env[`${service.toUpperCase()}_GROUP_ID`] ?? service;

/**
 * Where the services' consumer groups stand on the domain topics: for each partition the lowest
 * offset one of them has committed (where a group has committed nothing, the partition's first
 * message). What lies from there to the end may not be in every service's database yet.
 */
export async function unhandledFrom(kafka: Kafka, env: NodeJS.ProcessEnv): Promise<Positions> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics: string[] = Object.values(TOPICS);
    const from: Positions = new Map();
    const lows: Positions = new Map();
    for (const topic of topics) {
      const offsets = await admin.fetchTopicOffsets(topic);
      from.set(topic, new Map(offsets.map((p) => [p.partition, BigInt(p.high)])));
      lows.set(topic, new Map(offsets.map((p) => [p.partition, BigInt(p.low)])));
    }
    for (const service of CONSUMING_SERVICES) {
      const groupId = groupOf(service, env);
      const subscribed = await subscriptionOf(admin, groupId);
      for (const { topic, partitions } of await whileCoordinatorMoves(() =>
        admin.fetchOffsets({ groupId, topics: topics.filter((t) => subscribed?.has(t) ?? true) }),
      )) {
        for (const { partition, offset } of partitions) {
          const committed = offset === '-1' ? lows.get(topic)!.get(partition)! : BigInt(offset);
          if (committed < from.get(topic)!.get(partition)!) from.get(topic)!.set(partition, committed);
        }
      }
    }
    return from;
  } finally {
    await admin.disconnect();
  }
}

/**
 * The topics a group's running consumers subscribe to, or undefined when none runs (then every
 * domain topic counts: a service that is down may follow any of them).
 */
async function subscriptionOf(admin: Admin, groupId: string): Promise<Set<string> | undefined> {
  const { groups } = await whileCoordinatorMoves(() => admin.describeGroups([groupId]));
  const members = groups[0]?.members ?? [];
  if (!members.length) return undefined;
  return new Set(members.flatMap((m) => AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.topics ?? []));
}

/**
 * A broker that has just started (or has never held a consumer group) answers "coordinator not
 * available" or "not the coordinator" for a while; kafkajs's admin client passes that on.
 */
async function whileCoordinatorMoves<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (e) {
      if (!(e as { retriable?: boolean }).retriable || attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Every message of the dead-letter topics, from their start. */
export async function deadLettersFrom(kafka: Kafka): Promise<Positions> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const dlqs = Object.values(TOPICS).map(deadLetterTopic);
    return new Map(
      await Promise.all(dlqs.map(async (t) => [t, new Map((await admin.fetchTopicOffsets(t)).map((p) => [p.partition, BigInt(p.low)]))] as const)),
    );
  } finally {
    await admin.disconnect();
  }
}

/** The messages from the given positions to the ends the topics have now, in order per partition. */
export async function readFrom(kafka: Kafka, from: Positions): Promise<ArchivedMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<string, bigint>();
  try {
    for (const topic of from.keys())
      for (const p of await admin.fetchTopicOffsets(topic))
        if (BigInt(p.high) > from.get(topic)!.get(p.partition)!) ends.set(`${topic}:${p.partition}`, BigInt(p.high));
  } finally {
    await admin.disconnect();
  }
  if (ends.size === 0) return [];
  const messages: ArchivedMessage[] = [];
  const groupId = `ops-backup-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...from.keys()], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.GROUP_JOIN, () => {
        for (const [topic, partitions] of from) for (const [partition, offset] of partitions) consumer.seek({ topic, partition, offset: String(offset) });
      });
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            const end = ends.get(`${topic}:${partition}`);
            if (end === undefined || BigInt(message.offset) < from.get(topic)!.get(partition)! || BigInt(message.offset) >= end) return;
            messages.push({ topic, partition, offset: message.offset, key: b64(message.key), value: b64(message.value), headers: headersOf(message.headers) });
            if (BigInt(message.offset) + 1n >= end) ends.delete(`${topic}:${partition}`);
            if (ends.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
    await deleteGroup(kafka, groupId);
  }
  return messages.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}

async function deleteGroup(kafka: Kafka, groupId: string): Promise<void> {
  const admin: Admin = kafka.admin();
  await admin.connect();
  await admin.deleteGroups([groupId]).catch(() => undefined);
  await admin.disconnect();
}

/**
 * Publish archived messages again, each on its topic and partition with its key, value and
 * headers, in their order: consumers drop those they handled before (by event id).
 */
export async function republish(kafka: Kafka, messages: ArchivedMessage[]): Promise<void> {
  if (!messages.length) return;
  await ensureTopics(kafka);
  const producer = kafka.producer(IDEMPOTENT_PRODUCER);
  await producer.connect();
  try {
    const unb64 = (s: string | null) => (s == null ? null : Buffer.from(s, 'base64'));
    for (let i = 0; i < messages.length; i += 500) {
      const batch = messages.slice(i, i + 500);
      const byTopic = new Map<string, ArchivedMessage[]>();
      for (const m of batch) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({
          topic,
          messages: list.map((m) => ({
            partition: m.partition,
            key: unb64(m.key),
            value: unb64(m.value),
            headers: Object.fromEntries(Object.entries(m.headers).map(([k, v]) => [k, unb64(v)!])),
          })),
        })),
      });
    }
  } finally {
    await producer.disconnect();
  }
}
