import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { deadLetterTopic } from '@makerspace/contracts';

/** A message parked on `<topic>.dlq` by a consumer (libs/events EventConsumer.park), with why. */
export interface DeadLetter {
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  eventId: string | null;
  eventType: string | null;
  reason: string;
  sourceTopic: string;
  sourceOffset: string;
  consumerGroup: string;
}

const header = (headers: Record<string, unknown> | undefined, name: string) => {
  const value = headers?.[name];
  return value === undefined ? '' : Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
};

function eventOf(value: Buffer | null): { id: string | null; type: string | null } {
  try {
    const parsed = JSON.parse(value?.toString('utf8') ?? '') as { id?: unknown; type?: unknown };
    return { id: typeof parsed.id === 'string' ? parsed.id : null, type: typeof parsed.type === 'string' ? parsed.type : null };
  } catch {
    return { id: null, type: null };
  }
}

/**
 * Every message on a topic's dead-letter topic, read from its start to its end as they are now
 * (a consumer group of its own, removed afterwards, so no service's offsets move).
 */
export async function readDeadLetters(kafka: Kafka, topic: string): Promise<DeadLetter[]> {
  const dlq = deadLetterTopic(topic);
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `ops-dead-letters-${randomUUID()}`;
  try {
    const ends = (await admin.fetchTopicOffsets(dlq)).filter((p) => BigInt(p.high) > BigInt(p.low));
    if (ends.length === 0) return [];
    const remaining = new Map(ends.map((p) => [p.partition, BigInt(p.high)]));
    const letters: DeadLetter[] = [];
    const consumer = kafka.consumer({ groupId });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: dlq, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ partition, message }) => {
              const end = remaining.get(partition);
              if (end === undefined || BigInt(message.offset) >= end) return;
              const event = eventOf(message.value);
              letters.push({
                partition,
                offset: message.offset,
                key: message.key,
                value: message.value,
                eventId: event.id,
                eventType: event.type,
                reason: header(message.headers, 'dlq-reason'),
                sourceTopic: header(message.headers, 'dlq-source-topic') || topic,
                sourceOffset: `${header(message.headers, 'dlq-source-partition')}:${header(message.headers, 'dlq-source-offset')}`,
                consumerGroup: header(message.headers, 'dlq-consumer-group'),
              });
              if (BigInt(message.offset) + 1n >= end) remaining.delete(partition);
              if (remaining.size === 0) resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    return letters.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
