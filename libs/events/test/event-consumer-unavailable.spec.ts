import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { deadLetterTopic } from '@makerspace/contracts';
import { waitFor } from '@makerspace/testing';
import { EventConsumer } from '../src/event-consumer';
import { anObjection, specTopic } from './support/spec-topic';

const DOWN_FOR_MS = 3_000;

/**
 * A handler whose database is down is not handed a bad event: the consumer keeps the event on its
 * topic (nothing committed, nothing dead-lettered) for as long as the database refuses connections,
 * well past its attempts for a failing handler, and handles it once, in order, when it is back.
 */
describe('consuming while the database is down', () => {
  let topic: string;
  const handled: string[] = [];
  let refused = 0;
  let kafka: Kafka;
  let producer: Producer;
  let consumer: EventConsumer;
  let backAt = 0;

  beforeAll(async () => {
    ({ topic, kafka, producer } = await specTopic('event-consumer-unavailable-spec'));
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
    await producer.send({ topic, messages: ['e-1', 'e-2'].map((id) => ({ key: 'a1', value: JSON.stringify(anObjection(id)) })) });
    await waitFor('both events', async () => handled.length >= 2 || undefined, 30_000);

    expect(refused).toBeGreaterThan(2);
    expect(handled).toEqual(['e-1', 'e-2']);
    expect(await parkedCount(kafka, deadLetterTopic(topic))).toBe(0);
  });
});

async function parkedCount(kafka: Kafka, dlq: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(dlq)).reduce((n, p) => n + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}
