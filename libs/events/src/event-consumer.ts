import { context, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { checkEvent, deadLetterTopic, EventEnvelope, isUnavailable } from '@makerspace/contracts';
import { ensureTopics } from './topics';
import { reportConsumerLag } from './consumer-lag';
import { IDEMPOTENT_PRODUCER } from './kafka-settings';
import { publishedContext } from './trace-context';

export type EventHandler = (event: EventEnvelope) => Promise<void>;

/** Partitions handled side by side (each in order): as many as a topic has by default, within a service's 10 database connections. */
const PARTITIONS_AT_ONCE = 6;
/** Events given to `handleMany` at once, at most. */
const MANY_AT_ONCE = 100;
/**
 * A consumer that lost the broker (restarted, say) rejoins as a new member, and the group waits
 * for the old member's session to expire before it rebalances: this bounds how long events wait
 * after a broker comes back (docs/faults.md). Handlers heartbeat between chunks, far within it.
 */
const SESSION_TIMEOUT_MS = 10_000;

type CheckedMessage = { message: KafkaMessage; event: EventEnvelope };

export interface EventConsumerOptions {
  groupId: string;
  topics: string[];
  handle: EventHandler;
  /**
   * Optional: handles the events of one partition that arrived together, in their order, at once
   * (one database statement for all of them, say). When it fails, each of those events goes
   * through `handle` on its own, with its retries and its dead-letter path. Must be idempotent by
   * event id like `handle`, and have the same effect.
   */
  handleMany?: (events: EventEnvelope[]) => Promise<void>;
  /** Attempts of the handler before the message is parked on the dead-letter topic. */
  maxAttempts?: number;
  retryDelayMs?: number;
  log?: (message: string) => void;
}

/**
 * Runs a consumer group over the given topics with at-least-once delivery: an offset is committed
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
  private stopReportingLag?: () => Promise<void>;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: EventConsumerOptions,
  ) {
    this.consumer = kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: true, sessionTimeout: SESSION_TIMEOUT_MS, heartbeatInterval: 3_000 });
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
      // kafkajs marks a message's offset done only once eachMessage has returned (handled or
      // parked) and commits the done offsets after each fetched batch: at least once, without an
      // offset commit (a broker round trip) per message.
      autoCommit: true,
      partitionsConsumedConcurrently: PARTITIONS_AT_ONCE,
      ...(this.options.handleMany
        ? { eachBatchAutoResolve: false, eachBatch: (payload: EachBatchPayload) => this.handleBatch(payload) }
        : { eachMessage: async ({ topic, partition, message, heartbeat }) => this.handleMessage(topic, partition, message, heartbeat) }),
    });
    this.stopReportingLag = reportConsumerLag(this.kafka, this.options.groupId, this.options.topics);
  }

  /**
   * A fetched batch in chunks: what is not an event is parked, the events go to `handleMany`
   * together, and each chunk's offsets are marked done once it is handled (committed after the
   * batch). A rebalance or a stop leaves the rest of the batch for whoever consumes next.
   */
  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    for (let i = 0; i < batch.messages.length && isRunning() && !isStale(); i += MANY_AT_ONCE) {
      const chunk = batch.messages.slice(i, i + MANY_AT_ONCE);
      const events: CheckedMessage[] = [];
      for (const message of chunk) {
        const check = this.check(message);
        if (check.ok) events.push({ message, event: check.event });
        else await this.park(batch.topic, batch.partition, message, check.reason);
      }
      if (events.length) await this.handleTogether(batch.topic, batch.partition, events, heartbeat);
      resolveOffset(chunk[chunk.length - 1].offset);
      await heartbeat();
    }
  }

  /**
   * Each event handled together still gets a span of its own in its publisher's trace, all of them
   * spanning the one `handleMany` call; the call runs in the first one's context.
   */
  private async handleTogether(topic: string, partition: number, events: CheckedMessage[], heartbeat: () => Promise<void>) {
    const spans = events.map(({ message, event }) => this.startSpan(topic, partition, message, event));
    try {
      await context.with(trace.setSpan(context.active(), spans[0]), () => this.options.handleMany!(events.map((e) => e.event)));
      for (const span of spans) span.end();
      return;
    } catch (e) {
      for (const span of spans) endFailed(span, e);
      if (isUnavailable(e)) throw e;
      this.log(`handling ${events.length} events together failed, one at a time now: ${String(e)}`);
    }
    for (const { message, event } of events) await this.handleEvent(topic, partition, message, event, heartbeat);
  }

  /**
   * Stop consuming: kafkajs lets the message or batch in hand finish, commits the offsets marked
   * done, and leaves the group; then the dead-letter producer disconnects.
   */
  async stop(): Promise<void> {
    await this.stopReportingLag?.();
    await this.consumer.disconnect();
    await this.dlq.disconnect();
  }

  /** The message as an event, or why it is none. */
  private check(message: KafkaMessage): { ok: true; event: EventEnvelope } | { ok: false; reason: string } {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch {
      return { ok: false, reason: 'not JSON' };
    }
    return checkEvent(parsed);
  }

  private async handleMessage(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>) {
    const check = this.check(message);
    if (!check.ok) return this.park(topic, partition, message, check.reason);
    return this.handleEvent(topic, partition, message, check.event, heartbeat);
  }

  /** A consumer span for one event, the child of the span that published it. */
  private startSpan(topic: string, partition: number, message: KafkaMessage, event: EventEnvelope): Span {
    return trace.getTracer(this.options.groupId).startSpan(
      `process ${topic}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.destination.name': topic,
          'messaging.destination.partition.id': String(partition),
          'messaging.kafka.offset': Number(message.offset),
          'messaging.consumer.group.name': this.options.groupId,
          'event.id': event.id,
          'event.type': event.type,
        },
      },
      publishedContext(message.headers),
    );
  }

  private async handleEvent(topic: string, partition: number, message: KafkaMessage, event: EventEnvelope, heartbeat: () => Promise<void>) {
    const span = this.startSpan(topic, partition, message, event);
    try {
      await context.with(trace.setSpan(context.active(), span), () => this.handleWithRetries(topic, partition, message, event, heartbeat));
      span.end();
    } catch (e) {
      endFailed(span, e);
      throw e;
    }
  }

  /**
   * A handler that keeps failing parks its event after `maxAttempts`. A dependency that is down
   * (the database, say) is not the event's fault: that error propagates at once, nothing is
   * committed, and kafkajs retries the batch (and restarts the consumer) until it is back.
   */
  private async handleWithRetries(topic: string, partition: number, message: KafkaMessage, event: EventEnvelope, heartbeat: () => Promise<void>) {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        await this.options.handle(event);
        return;
      } catch (e) {
        if (isUnavailable(e)) throw e;
        lastError = e;
        this.log(`handler failed for ${event.type} ${event.id} (attempt ${attempt}/${this.maxAttempts}): ${String(e)}`);
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

function endFailed(span: Span, error: unknown) {
  span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
  span.end();
}
