import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { deadLetterTopic, EventEnvelope } from '@makerspace/contracts';
import { waitFor } from '@makerspace/testing';
import { EventConsumer } from '../src/event-consumer';
import { anObjection, specTopic } from './support/spec-topic';

/**
 * The consumer runner handing a partition's events over together (`handleMany`), against the real
 * broker: events that arrived together are handled in one call, in order; when that call fails,
 * each event is handled on its own, so one failing event is parked and the others go through.
 */
describe('consuming events together', () => {
  let topic: string;
  let kafka: Kafka;
  let producer: Producer;
  const together: string[][] = [];
  const alone: string[] = [];
  const parked: string[] = [];
  let consumer: EventConsumer;
  let dlqReader: ReturnType<Kafka['consumer']>;

  const event = anObjection;
  const send = (...events: (EventEnvelope | string)[]) =>
    producer.send({ topic, messages: events.map((e) => (typeof e === 'string' ? { key: 'a1', value: e } : { key: e.subject, value: JSON.stringify(e) })) });

  beforeAll(async () => {
    ({ topic, kafka, producer } = await specTopic('event-consumer-batches-spec'));
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
