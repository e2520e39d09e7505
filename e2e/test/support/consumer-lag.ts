import { Kafka } from 'kafkajs';

/**
 * True when consumer group `groupId` has handled every message already on `topics` (its committed
 * offset is each partition's end), so a test can start from a clean read model.
 */
export async function caughtUp(kafka: Kafka, groupId: string, topics: string[]): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId, topics });
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const done = committed.find((c) => c.topic === topic)?.partitions ?? [];
      for (const end of ends) {
        const offset = done.find((p) => p.partition === end.partition)?.offset ?? '-1';
        const consumed = offset === '-1' ? BigInt(end.low) : BigInt(offset);
        if (consumed < BigInt(end.high)) return false;
      }
    }
    return true;
  } finally {
    await admin.disconnect();
  }
}
