import { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { checkEvent, deadLetterTopic, EventEnvelope } from '@makerspace/contracts';
import { ensureTopics } from './topics';
import { IDEMPOTENT_PRODUCER } from './kafka-settings';

export type EventHandler = (event: EventEnvelope) => Promise<void>;

export interface EventConsumerOptions {
  groupId: string;
  topics: string[];
  handle: EventHandler;
  /** Attempts of the handler before the message is parked on the dead-letter topic. */
  maxAttempts?: number;
  retryDelayMs?: number;
  log?: (message: string) => void;
}

/**
 * Runs a consumer group over the given topics with at-least-once delivery: the offset is committed
 * only after the handler succeeded or the message was parked on `<topic>.dlq` with its reason.
 * Handlers must be idempotent by event id (the services keep processed ids in their database).
 * A message that is not a valid event goes to the dead-letter topic at once; a handler that keeps
 * failing goes there after `maxAttempts`; the consumer carries on with the next message either way.
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly dlq: Producer;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly log: (m: string) => void;

  constructor(private readonly kafka: Kafka, private readonly options: EventConsumerOptions) {
    this.consumer = kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: true, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
    this.dlq = kafka.producer(IDEMPOTENT_PRODUCER);
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 200;
    this.log = options.log ?? ((m) => console.warn(m));
  }

  async start(): Promise<void> {
    await ensureTopics(this.kafka);
    await this.dlq.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 3,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        await this.handleMessage(topic, partition, message, heartbeat);
        await this.consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.dlq.disconnect();
  }

  private async handleMessage(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch {
      return this.park(topic, partition, message, 'not JSON');
    }
    const check = checkEvent(parsed);
    if (!check.ok) return this.park(topic, partition, message, check.reason);

    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        await this.options.handle(check.event);
        return;
      } catch (e) {
        lastError = e;
        this.log(`handler failed for ${check.event.type} ${check.event.id} (attempt ${attempt}/${this.maxAttempts}): ${String(e)}`);
        await heartbeat();
        await new Promise((r) => setTimeout(r, this.retryDelayMs * 2 ** (attempt - 1)));
      }
    }
    return this.park(topic, partition, message, `handler failed ${this.maxAttempts} times: ${String(lastError)}`);
  }

  /** Park a message with its reason. If even that fails the error propagates and nothing is committed. */
  private async park(topic: string, partition: number, message: KafkaMessage, reason: string) {
    this.log(`dead-lettering ${topic}[${partition}]@${message.offset}: ${reason}`);
    await this.dlq.send({
      topic: deadLetterTopic(topic),
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            'dlq-reason': reason.slice(0, 4000),
            'dlq-source-topic': topic,
            'dlq-source-partition': String(partition),
            'dlq-source-offset': message.offset,
            'dlq-consumer-group': this.options.groupId,
          },
        },
      ],
    });
  }
}
