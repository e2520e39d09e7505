import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { deadLetterTopic, EventEnvelope } from '@makerspace/contracts';
import { waitFor } from '@makerspace/testing';
import { createKafka } from '../src/kafka-settings';
import { EventConsumer } from '../src/event-consumer';

/**
 * The consumer runner handing a partition's events over together (`handleMany`), against the real
 * broker: events that arrived together are handled in one call, in order; when that call fails,
 * each event is handled on its own, so one failing event is parked and the others go through.
 */
describe('consuming events together', () => {
  const topic = `test-${randomUUID().slice(0, 8)}.events`;
  let kafka: Kafka;
  let producer: Producer;
  const together: string[][] = [];
  const alone: string[] = [];
  const parked: string[] = [];
  let consumer: EventConsumer;
  let dlqReader: ReturnType<Kafka['consumer']>;

  const event = (id: string, subject = 'a1'): EventEnvelope => ({
    id,
    type: 'objection.lodged',
    version: 1,
    occurredAt: new Date().toISOString(),
    subject,
    actor: { id: 'public', role: 'public' },
    payload: { applicationId: subject, objectionId: id, lodgedOn: '2026-11-27' },
  });
  const send = (...events: (EventEnvelope | string)[]) =>
    producer.send({ topic, messages: events.map((e) => (typeof e === 'string' ? { key: 'a1', value: e } : { key: e.subject, value: JSON.stringify(e) })) });

  beforeAll(async () => {
    kafka = createKafka('event-consumer-batches-spec');
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
        if (e.subject === 'poison') throw new Error('the database refused it');
        alone.push(e.id);
      },
      handleMany: async (events) => {
        if (events.some((e) => e.subject === 'poison')) throw new Error('the database refused one of them');
        together.push(events.map((e) => e.id));
      },
    });
    await consumer.start();
    dlqReader = kafka.consumer({ groupId: `spec-dlq-${randomUUID()}` });
    await dlqReader.connect();
    await dlqReader.subscribe({ topic: deadLetterTopic(topic), fromBeginning: true });
    await dlqReader.run({ eachMessage: async ({ message }) => void parked.push(message.headers?.['dlq-reason']?.toString() ?? '') });
  });

  afterAll(async () => {
    await consumer.stop();
    await dlqReader.disconnect();
    await producer.disconnect();
  });

  it('hands events that arrived together over in one call, in their order', async () => {
    await send(event('t1'), event('t2'), event('t3'));
    await waitFor('the three events', async () => together.flat().length >= 3 || undefined);
    expect(together.flat()).toEqual(['t1', 't2', 't3']);
    expect(together.some((call) => call.length > 1)).toBe(true);
    expect(alone).toEqual([]);
  });

  it('parks what is not an event, and handles the events one at a time when handling them together fails', async () => {
    await send('{not json', event('u1'), event('u-poison', 'poison'), event('u2'));
    await waitFor('two parked messages', async () => parked.length >= 2 || undefined);
    await waitFor('the good events', async () => (alone.includes('u2') ? true : undefined));
    expect(parked).toEqual(['not JSON', 'handler failed 2 times: Error: the database refused it']);
    expect(alone).toEqual(['u1', 'u2']);
    expect(together.flat()).not.toContain('u1');
  });
});
