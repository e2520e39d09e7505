// The local Kafka broker (infra/local/kafka) against the clients the services use: kafkajs directly and
// the Kafka transport of @nestjs/microservices (which runs on kafkajs). Assumes the broker runs at
// 127.0.0.1:$KAFKA_PORT (infra/local/kafka/start.sh). The restart case runs the same start/stop scripts
// on a broker of its own, so restarting never disturbs other specs using the stack's broker.
import 'reflect-metadata';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientKafka, EventPattern, MessagePattern, Payload, Transport, type KafkaOptions } from '@nestjs/microservices';
import { Kafka, Partitioners, logLevel, type Admin, type Consumer, type KafkaConfig } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { OwnKafka, sleep, socketTracker, waitFor } from './support/stack';

const broker = `127.0.0.1:${process.env.KAFKA_PORT ?? '19092'}`;
const runId = Date.now().toString(36);
const topicName = (name: string) => `infra-test.${name}.${runId}`;

const sockets = socketTracker();
// Generous retries: the restart case takes the broker away for several seconds.
const clientConfig: KafkaConfig = {
  clientId: 'infra-spec',
  brokers: [broker],
  logLevel: logLevel.NOTHING,
  retry: { initialRetryTime: 200, maxRetryTime: 2000, retries: 40 },
  socketFactory: sockets.socketFactory,
};
// A consumer that crashed on the lost broker rejoins as a new member, and the group waits for the old
// member's session to expire first: a short session keeps that wait short.
const restartConsumer = { sessionTimeout: 10_000, heartbeatInterval: 1_000, retry: clientConfig.retry };

afterAll(() => {
  sockets.destroyLeftovers();
});
const producerConfig = { createPartitioner: Partitioners.DefaultPartitioner };

type Event = { n: number };

/** A Nest microservice on the Kafka transport whose handler records every event of `topic`. */
async function startNestConsumer(client: KafkaConfig, topic: string, groupId: string, seen: number[]): Promise<INestMicroservice> {
  @Controller()
  class EventsController {
    @EventPattern(topic)
    handle(@Payload() event: Event) {
      seen.push(event.n);
    }
  }
  @Module({ controllers: [EventsController] })
  class EventsModule {}

  const app = await NestFactory.createMicroservice<KafkaOptions>(EventsModule, {
    transport: Transport.KAFKA,
    options: {
      client,
      consumer: { groupId, ...restartConsumer },
      producer: producerConfig,
      subscribe: { fromBeginning: true },
    },
    logger: false,
  });
  await app.listen();
  return app;
}

describe('local Kafka broker', () => {
  const kafka = new Kafka(clientConfig);
  let admin: Admin;
  const topics: string[] = [];

  async function createTopic(name: string): Promise<string> {
    const topic = topicName(name);
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    topics.push(topic);
    return topic;
  }

  async function committedTotal(groupId: string, topic: string): Promise<number> {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return offsets.partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  }

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect().catch((err: Error) => {
      throw new Error(`no Kafka broker at ${broker} (start it with infra/local/kafka/start.sh): ${err.message}`);
    });
  });

  afterAll(async () => {
    if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  });

  it('kafkajs: produces, consumes in a group, commits, and a new member resumes after the commit', async () => {
    const topic = await createTopic('kafkajs');
    const groupId = `infra-kafkajs-${runId}`;
    const producer = kafka.producer(producerConfig);
    await producer.connect();
    const send = (from: number, to: number) =>
      producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: to - from }, (_, i) => ({
          key: `subject-${(from + i) % 4}`,
          value: JSON.stringify({ n: from + i }),
        })),
      });

    // One member reads everything and commits each offset by hand.
    await send(0, 6);
    const first: number[] = [];
    const a = kafka.consumer({ groupId, maxWaitTimeInMs: 1000 });
    await a.connect();
    await a.subscribe({ topic, fromBeginning: true });
    await a.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        first.push((JSON.parse(String(message.value)) as Event).n);
        await a.commitOffsets([{ topic, partition, offset: (Number(message.offset) + 1).toString() }]);
      },
    });
    await waitFor(() => first.length >= 6, 30_000, 'the first member to read 6 messages');
    await a.disconnect();
    expect(first.sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await committedTotal(groupId, topic)).toBe(6);

    // A later member of the same group starts at the committed offsets: it sees only new messages.
    await send(6, 9);
    const second: number[] = [];
    const b = kafka.consumer({ groupId, maxWaitTimeInMs: 1000 });
    await b.connect();
    await b.subscribe({ topic, fromBeginning: true });
    await b.run({ eachMessage: async ({ message }) => void second.push((JSON.parse(String(message.value)) as Event).n) });
    await waitFor(() => second.length >= 3, 30_000, 'the second member to read 3 new messages');
    await sleep(1000); // nothing old may trickle in after the new ones
    await b.disconnect();
    await producer.disconnect();
    expect(second.sort((x, y) => x - y)).toEqual([6, 7, 8]);
  }, 90_000);

  it('@nestjs/microservices: ClientKafka emits and sends, a ServerKafka group handles and commits', async () => {
    const eventsTopic = await createTopic('nest-events');
    const requestTopic = await createTopic('nest-requests');
    const replyTopic = `${requestTopic}.reply`;
    await admin.createTopics({ topics: [{ topic: replyTopic, numPartitions: 3 }], waitForLeaders: true });
    topics.push(replyTopic);

    const seen: number[] = [];
    @Controller()
    class Handlers {
      @EventPattern(eventsTopic)
      onEvent(@Payload() event: Event) {
        seen.push(event.n);
      }
      @MessagePattern(requestTopic)
      double(@Payload() request: Event): Event {
        return { n: request.n * 2 };
      }
    }
    @Module({ controllers: [Handlers] })
    class HandlersModule {}

    const groupId = `infra-nest-${runId}`;
    const server = await NestFactory.createMicroservice<KafkaOptions>(HandlersModule, {
      transport: Transport.KAFKA,
      options: {
        client: clientConfig,
        consumer: { groupId },
        producer: producerConfig,
        subscribe: { fromBeginning: true },
      },
      logger: false,
    });
    await server.listen();

    // The client is a consumer group of its own for the replies.
    const client = new ClientKafka({
      client: clientConfig,
      consumer: { groupId: `infra-nest-client-${runId}` },
      producer: producerConfig,
    });
    client.subscribeToResponseOf(requestTopic);
    await client.connect();
    try {
      for (let n = 0; n < 5; n++) {
        await lastValueFrom(client.emit(eventsTopic, { key: `subject-${n}`, value: { n } }));
      }
      await waitFor(() => seen.length >= 5, 30_000, 'the Nest handler to receive 5 events');
      expect([...seen].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4]);

      const reply = await lastValueFrom(client.send<Event>(requestTopic, { key: 'subject-0', value: { n: 21 } }));
      expect(reply).toEqual({ n: 42 });

      // Nest's server appends "-server" to the group id; its auto-commit must reach all 5 events.
      await waitFor(async () => (await committedTotal(`${groupId}-server`, eventsTopic)) === 5, 30_000, 'the Nest consumer group to commit 5 offsets');
    } finally {
      await client.close();
      await server.close();
    }
  }, 90_000);
});

describe('a broker restart (stop.sh, start.sh)', () => {
  const own = new OwnKafka();
  beforeAll(() => own.start(), 120_000);
  afterAll(() => own.remove(), 120_000);

  it('loses no message while a producer and two consumer groups keep going', async () => {
    const kafka = new Kafka({ ...clientConfig, brokers: [own.broker] });
    const admin = kafka.admin();
    await admin.connect();
    const topic = topicName('restart');
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();

    const acked: number[] = [];
    const viaKafkajs = new Set<number>();
    const viaNest = new Set<number>();
    const consumer: Consumer = kafka.consumer({ groupId: `infra-restart-${runId}`, ...restartConsumer });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void viaKafkajs.add((JSON.parse(String(message.value)) as Event).n) });
    const nestSeen: number[] = [];
    const nest = await startNestConsumer({ ...clientConfig, brokers: [own.broker] }, topic, `infra-restart-nest-${runId}`, nestSeen);

    // Idempotent producer: a send retried across the restart is written once.
    const producer = kafka.producer({ ...producerConfig, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    let producing = true;
    const loop = (async () => {
      for (let n = 0; producing; n++) {
        await producer.send({ topic, acks: -1, messages: [{ key: `subject-${n % 5}`, value: JSON.stringify({ n }) }] });
        acked.push(n);
        await sleep(50);
      }
    })();

    try {
      const received = () => {
        nestSeen.forEach((n) => viaNest.add(n));
        return Math.min(viaKafkajs.size, viaNest.size);
      };
      await waitFor(() => received() >= 20, 30_000, 'traffic before the restart');
      const pidBefore = own.pid();
      await own.stop();
      const ackedBeforeStart = acked.length;
      await own.start();
      expect(own.pid()).not.toBe(pidBefore); // a new broker process, not the same one
      await waitFor(() => acked.length >= ackedBeforeStart + 20, 60_000, 'the producer to go on after the restart');
    } finally {
      producing = false;
      await loop.catch((err: Error) => {
        throw new Error(`the producer failed across the restart: ${err.message}`);
      });
    }

    const missing = () => {
      nestSeen.forEach((n) => viaNest.add(n));
      return acked.filter((n) => !viaKafkajs.has(n) || !viaNest.has(n));
    };
    await waitFor(() => missing().length === 0, 60_000, 'both groups to receive every acknowledged message');
    expect(acked).toEqual(Array.from({ length: acked.length }, (_, i) => i));

    await producer.disconnect();
    await consumer.disconnect();
    await nest.close();
  }, 240_000);
});
