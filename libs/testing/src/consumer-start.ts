import { Kafka } from 'kafkajs';
import { ensureTopics } from '@makerspace/events';

/**
 * Give consumer group `groupId` (a new one) committed offsets at the current end of `topics`, so
 * its consumer starts with what happens from now on instead of every earlier run's events.
 */
export async function startAtEnd(kafka: Kafka, groupId: string, topics: string[]): Promise<void> {
  await ensureTopics(kafka);
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (const topic of topics) {
      const ends = await whileRetriable(() => admin.fetchTopicOffsets(topic));
      await admin.setOffsets({ groupId, topic, partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })) });
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * Retries what the broker refuses for a moment and kafkajs marks retriable: on a loaded machine a
 * topic another process has just made can answer "not the leader for that topic-partition" until
 * its partitions' leaders are elected.
 */
async function whileRetriable<T>(work: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (e) {
      if (attempt >= attempts || !(e as { retriable?: boolean }).retriable) throw e;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
