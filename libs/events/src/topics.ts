import { Kafka, KafkaJSAggregateError, KafkaJSProtocolError } from 'kafkajs';
import { kafkaSettings } from '@makerspace/config';
import { deadLetterTopic, TOPICS } from '@makerspace/contracts';

const ensured = new WeakSet<Kafka>();

/**
 * Create the domain topics and their dead-letter topics if they do not exist. Partitions and
 * replication come from KAFKA_PARTITIONS (default 6) and KAFKA_REPLICATION (default 1 for the
 * single local broker; 3 in a cluster). Events are keyed by subject, so more partitions scale
 * consumers without breaking any one application's order. Replicated topics take a write only
 * when all but one of their replicas have it (`min.insync.replicas`, with producers' acks=all),
 * so one broker may be away without an event lost or refused. Replicas of a service start at the
 * same moment: a topic another process created meanwhile counts as created.
 */
export async function ensureTopics(kafka: Kafka, env?: NodeJS.ProcessEnv): Promise<void> {
  if (ensured.has(kafka)) return;
  const { partitions: numPartitions, replication: replicationFactor } = kafkaSettings(env);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = Object.values(TOPICS)
      .flatMap((t) => [t, deadLetterTopic(t)])
      .filter((t) => !existing.has(t));
    if (wanted.length) {
      const configEntries = replicationFactor > 1 ? [{ name: 'min.insync.replicas', value: String(replicationFactor - 1) }] : [];
      await admin
        .createTopics({ waitForLeaders: true, topics: wanted.map((topic) => ({ topic, numPartitions, replicationFactor, configEntries })) })
        .catch((e: unknown) => {
          if (!createdElsewhere(e)) throw e;
        });
    }
    ensured.add(kafka);
  } finally {
    await admin.disconnect();
  }
}

/** Every topic the call could not create exists already: another process created it first. */
function createdElsewhere(e: unknown): boolean {
  if (!(e instanceof KafkaJSAggregateError)) return false;
  return e.errors.every((x) => x instanceof KafkaJSProtocolError && x.type === 'TOPIC_ALREADY_EXISTS');
}
