import { Kafka } from 'kafkajs';
import { kafkaSettings } from '@makerspace/config';
import { deadLetterTopic, TOPICS } from '@makerspace/contracts';

const ensured = new WeakSet<Kafka>();

/**
 * Create the domain topics and their dead-letter topics if they do not exist. Partitions and
 * replication come from KAFKA_PARTITIONS (default 6) and KAFKA_REPLICATION (default 1 for the
 * single local broker; 3 in a cluster). Events are keyed by subject, so more partitions scale
 * consumers without breaking any one application's order.
 */
export async function ensureTopics(kafka: Kafka, env?: NodeJS.ProcessEnv): Promise<void> {
  if (ensured.has(kafka)) return;
  const { partitions: numPartitions, replication: replicationFactor } = kafkaSettings(env);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = Object.values(TOPICS).flatMap((t) => [t, deadLetterTopic(t)]).filter((t) => !existing.has(t));
    if (wanted.length) {
      await admin.createTopics({ waitForLeaders: true, topics: wanted.map((topic) => ({ topic, numPartitions, replicationFactor })) });
    }
    ensured.add(kafka);
  } finally {
    await admin.disconnect();
  }
}
