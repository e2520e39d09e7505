import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Kafka, Producer } from 'kafkajs';
import { checkEvent, EventEnvelope, EventType, isEventType, topicOf } from '@makerspace/contracts';
import { ensureTopics } from './topics';
import { IDEMPOTENT_PRODUCER } from './kafka-settings';
import { traceHeaders } from './trace-context';

const tracer = trace.getTracer('kafka-publisher');

/**
 * Publishes events to their topics, keyed by subject. The producer is idempotent and waits for
 * every in-sync replica, so an acknowledged publish is durable; an event that does not fit its
 * schema is refused before it reaches the broker.
 */
export class EventPublisher {
  private readonly producer: Producer;
  private connected?: Promise<void>;

  constructor(private readonly kafka: Kafka) {
    this.producer = kafka.producer(IDEMPOTENT_PRODUCER);
  }

  connect(): Promise<void> {
    this.connected ??= ensureTopics(this.kafka)
      .then(() => this.producer.connect())
      .catch((e) => {
        this.connected = undefined;
        throw e;
      });
    return this.connected;
  }

  /** Publishes in a producer span whose trace context every message carries in its headers. */
  async publish(...events: EventEnvelope[]): Promise<void> {
    const span = tracer.startSpan('publish', {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.batch.message_count': events.length,
        'event.types': events.map((e) => e.type),
        'event.ids': events.map((e) => e.id),
      },
    });
    try {
      await context.with(trace.setSpan(context.active(), span), () => this.send(events));
    } catch (e) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: String(e) });
      throw e;
    } finally {
      span.end();
    }
  }

  private async send(events: EventEnvelope[]): Promise<void> {
    const published = traceHeaders();
    const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const event of events) {
      const check = checkEvent(event);
      if (!check.ok) throw new Error(`refusing to publish ${event.type} ${event.id}: ${check.reason}`);
      if (!isEventType(event.type)) throw new Error(`unknown event type ${event.type}`);
      const topic = topicOf(event.type as EventType);
      const list = byTopic.get(topic) ?? [];
      list.push({ key: event.subject, value: JSON.stringify(event), headers: { 'event-id': event.id, 'event-type': event.type, ...published } });
      byTopic.set(topic, list);
    }
    await this.connect();
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
  }

  async disconnect(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
    this.connected = undefined;
  }
}
