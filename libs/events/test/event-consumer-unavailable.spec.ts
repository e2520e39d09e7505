import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { deadLetterTopic, EventEnvelope } from '@makerspace/contracts';
import { waitFor } from '@makerspace/testing';
import { createKafka } from '../src/kafka-settings';
import { EventConsumer } from '../src/event-consumer';

const DOWN_FOR_MS = 3_000;

/**
 * A handler whose database is down is not handed a bad event: the consumer keeps the event on its
 * topic (nothing committed, nothing dead-lettered) for as long as the database refuses connections,
 * well past its attempts for a failing handler, and handles it once, in order, when it is back.
 */
describe('consuming while the database is down', () => {
  const topic = `test-${randomUUID().slice(0, 8)}.events`;
  const handled: string[] = [];
  let refused = 0;
  let kafka: Kafka;
  let producer: Producer;
  let consumer: EventConsumer;
  let backAt = 0;

  beforeAll(async () => {
    kafka = createKafka('event-consumer-unavailable-spec');
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }, { topic: deadLetterTopic(topic), numPartitions: 1 }] });
    await admin.disconnect();
    producer = kafka.producer();
    await producer.connect();
    consumer = new EventConsumer(kafka, {
      groupId: `spec-${randomUUID()}`,
      topics: [topic],
      maxAttempts: 2,
      retryDelayMs: 10,
      log: () => undefined,
      handle: async (e) => {
        if (Date.now() < backAt) {
          refused += 1;
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:55432'), { code: 'ECONNREFUSED' });
        }
        handled.push(e.id);
      },
    });
    await consumer.start();
  });

  afterAll(async () => {
    await consumer.stop();
    await producer.disconnect();
  });

  it('keeps the events until the database is back, then handles each once, in order', async () => {
    backAt = Date.now() + DOWN_FOR_MS;
    await producer.send({ topic, messages: ['e-1', 'e-2'].map((id) => ({ key: 'a1', value: JSON.stringify(anEvent(id)) })) });
    await waitFor('both events', async () => handled.length >= 2 || undefined, 30_000);

    expect(refused).toBeGreaterThan(2);
    expect(handled).toEqual(['e-1', 'e-2']);
    expect(await parkedCount(kafka, deadLetterTopic(topic))).toBe(0);
  });
});

function anEvent(id: string): EventEnvelope {
  return { id, type: 'objection.lodged', version: 1, occurredAt: new Date().toISOString(), subject: 'a1', actor: { id: 'public', role: 'public' }, payload: { applicationId: 'a1', objectionId: id, lodgedOn: '2026-11-27' } };
}

async function parkedCount(kafka: Kafka, dlq: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(dlq)).reduce((n, p) => n + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}
