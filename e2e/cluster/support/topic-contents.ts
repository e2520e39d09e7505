import { randomUUID } from 'node:crypto';
import { checkEvent, deadLetterTopic, EventEnvelope, TOPICS } from '@makerspace/contracts';
import { createKafka } from '@makerspace/events';
import { waitFor } from '@makerspace/testing';

export interface TopicContents {
  /** Every event on the domain topics, once per id, and how often each id was published. */
  events: Map<string, EventEnvelope>;
  published: Map<string, number>;
  /** What sits on the dead-letter topics, with the reason each was parked. */
  deadLetters: { topic: string; value: string; reason: string }[];
}

/**
 * Read every domain and dead-letter topic from its first offset to its end (as it stands now),
 * with a group of its own that commits nothing.
 */
export async function readTopics(): Promise<TopicContents> {
  const kafka = createKafka('cluster-count');
  const admin = kafka.admin();
  await admin.connect();
  const topics = Object.values(TOPICS).flatMap((t) => [t, deadLetterTopic(t)]);
  const ends = new Map<string, number>();
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) ends.set(`${topic}/${p.partition}`, Number(p.high));
  }
  await admin.disconnect();
  const wanted = [...ends.values()].reduce((a, b) => a + b, 0);

  const contents: TopicContents = { events: new Map(), published: new Map(), deadLetters: [] };
  const reached = new Map<string, number>();
  const consumer = kafka.consumer({ groupId: `cluster-count-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  let read = 0;
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message }) => {
      const key = `${topic}/${partition}`;
      if (Number(message.offset) >= (ends.get(key) ?? 0)) return;
      reached.set(key, Number(message.offset) + 1);
      read++;
      const value = message.value?.toString('utf8') ?? '';
      if (topic.endsWith('.dlq')) {
        contents.deadLetters.push({ topic, value: value.slice(0, 500), reason: message.headers?.['dlq-reason']?.toString() ?? '' });
        return;
      }
      const check = checkEvent(JSON.parse(value));
      if (!check.ok) return;
      contents.events.set(check.event.id, check.event);
      contents.published.set(check.event.id, (contents.published.get(check.event.id) ?? 0) + 1);
    },
  });
  await waitFor(`every topic read to its end (${wanted} messages)`, async () => read >= wanted, 300_000, 250);
  await consumer.disconnect();
  return contents;
}
