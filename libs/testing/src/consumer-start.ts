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
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId, topic, partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })) });
    }
  } finally {
    await admin.disconnect();
  }
}
