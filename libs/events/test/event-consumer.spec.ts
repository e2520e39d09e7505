import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { deadLetterTopic, EventEnvelope } from '@makerspace/contracts';
import { waitFor } from '@makerspace/testing';
import { EventConsumer } from '../src/event-consumer';
import { anObjection, specTopic } from './support/spec-topic';

/**
 * The consumer runner against the real broker: what cannot be handled is parked on the
 * dead-letter topic with its reason, and the consumer carries on with the next message.
 */
describe('consuming events with a dead-letter topic', () => {
  let topic: string;
  let kafka: Kafka;
  let producer: Producer;
  const handled: EventEnvelope[] = [];
  const parked: { value: string; reason: string; offset: string }[] = [];
  let consumer: EventConsumer;
  let dlqReader: ReturnType<Kafka['consumer']>;

  const event = anObjection;

  beforeAll(async () => {
    ({ topic, kafka, producer } = await specTopic('event-consumer-spec'));
    consumer = new EventConsumer(kafka, {
      groupId: `spec-${randomUUID()}`,
      topics: [topic],
      maxAttempts: 3,
      retryDelayMs: 10,
      log: () => undefined,
      handle: async (e) => {
        if (e.subject === 'poison') throw new Error('the database refused it');
        handled.push(e);
      },
    });
    await consumer.start();
    dlqReader = kafka.consumer({ groupId: `spec-dlq-${randomUUID()}` });
    await dlqReader.connect();
    await dlqReader.subscribe({ topic: deadLetterTopic(topic), fromBeginning: true });
    await dlqReader.run({
      eachMessage: async ({ message }) => {
        parked.push({
          value: message.value?.toString() ?? '',
          reason: message.headers?.['dlq-reason']?.toString() ?? '',
          offset: message.headers?.['dlq-source-offset']?.toString() ?? '',
        });
      },
    });
  });

  afterAll(async () => {
    await consumer.stop();
    await dlqReader.disconnect();
    await producer.disconnect();
  });

  it('parks malformed, unknown and failing messages with their reasons and handles the rest', async () => {
    await producer.send({
      topic,
      messages: [
        { key: 'a1', value: '{not json' },
        { key: 'a1', value: JSON.stringify({ ...event('e-unknown'), type: 'space.teleported' }) },
        { key: 'poison', value: JSON.stringify(event('e-poison', 'poison')) },
        { key: 'a1', value: JSON.stringify(event('e-good')) },
      ],
    });
    await waitFor('the good event', async () => handled.find((e) => e.id === 'e-good'));
    await waitFor('three parked messages', async () => parked.length >= 3 || undefined);
    expect(parked.map((p) => p.reason)).toEqual([
      'not JSON',
      'unknown event type "space.teleported"',
      'handler failed 3 times: Error: the database refused it',
    ]);
    expect(parked.map((p) => p.offset)).toEqual(['0', '1', '2']);
    expect(handled.map((e) => e.id)).toEqual(['e-good']);
  });
});
