import { TOPICS } from '@makerspace/contracts';
import { createKafka } from '@makerspace/events';

/** The topics each service's consumer group follows (its consumer's `topics`). */
const FOLLOWS: Record<string, string[]> = {
  intake: [TOPICS.filing, TOPICS.space],
  review: [TOPICS.filing],
  evaluation: [TOPICS.filing, TOPICS.space, TOPICS.evaluation],
  notification: [TOPICS.filing, TOPICS.space, TOPICS.evaluation],
};

/** The services' consumer groups have committed every event on the topics they follow. */
export async function consumersCaughtUp(services: string[]): Promise<boolean> {
  const admin = createKafka('faults-lag').admin();
  await admin.connect();
  try {
    const ends = new Map<string, string>();
    for (const topic of Object.values(TOPICS)) for (const p of await admin.fetchTopicOffsets(topic)) ends.set(`${topic}:${p.partition}`, p.high);
    for (const groupId of services) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics: FOLLOWS[groupId] })) {
        for (const { partition, offset } of partitions) {
          const end = ends.get(`${topic}:${partition}`)!;
          if (end !== '0' && offset !== end) return false;
        }
      }
    }
    return true;
  } finally {
    await admin.disconnect();
  }
}
