import { randomUUID } from 'node:crypto';
import { Consumer } from 'kafkajs';
import { checkEvent, EventEnvelope, TOPICS } from '@makerspace/contracts';
import { createKafka, ensureTopics } from '@makerspace/events';
import { startAtEnd } from './consumer-start';
import { waitFor } from './wait-for';

/**
 * Listens to the real domain topics and keeps the events of the subjects a test cares about, so
 * a test can assert what the system published (ids, order, no duplicates).
 */
export class EventTap {
  private readonly seen: EventEnvelope[] = [];
  private readonly subjects = new Set<string>();

  private constructor(private readonly consumer: Consumer) {}

  /** `fromNow`: only events published from now on (a suite that watches only subjects it creates). */
  static async open(options: { fromNow?: boolean } = {}): Promise<EventTap> {
    const kafka = createKafka('event-tap');
    await ensureTopics(kafka);
    const groupId = `event-tap-${randomUUID()}`;
    if (options.fromNow) await startAtEnd(kafka, groupId, Object.values(TOPICS));
    const consumer = kafka.consumer({ groupId });
    const tap = new EventTap(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: Object.values(TOPICS), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const check = checkEvent(JSON.parse(message.value?.toString('utf8') ?? 'null'));
        if (check.ok && tap.subjects.has(check.event.subject)) tap.seen.push(check.event);
      },
    });
    return tap;
  }

  /** Start keeping the events of `subject` (earlier ones too: the tap reads from the beginning). */
  watch(subject: string): void {
    this.subjects.add(subject);
  }

  of(subject: string): EventEnvelope[] {
    return this.seen.filter((e) => e.subject === subject);
  }

  types(subject: string): string[] {
    return this.of(subject).map((e) => e.type);
  }

  /** Wait until an event of `type` about `subject` (matching `where`) has arrived. */
  waitFor(subject: string, type: string, where: (e: EventEnvelope) => boolean = () => true, timeoutMs = 60_000): Promise<EventEnvelope> {
    return waitFor(`${type} for ${subject}`, async () => this.of(subject).find((e) => e.type === type && where(e)), timeoutMs);
  }

  close(): Promise<void> {
    return this.consumer.disconnect();
  }
}
