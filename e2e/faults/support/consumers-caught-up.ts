import { TOPICS } from '@makerspace/contracts';
import { createKafka } from '@makerspace/events';

/** The services' consumer groups have committed every event on the domain topics. */
export async function consumersCaughtUp(services: string[]): Promise<boolean> {
  const admin = createKafka('faults-lag').admin();
  await admin.connect();
  try {
    const topics: string[] = Object.values(TOPICS);
    const ends = new Map<string, string>();
    for (const topic of topics) for (const p of await admin.fetchTopicOffsets(topic)) ends.set(`${topic}:${p.partition}`, p.high);
    for (const groupId of services) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
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
