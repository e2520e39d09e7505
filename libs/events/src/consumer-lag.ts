import { Admin, Kafka } from 'kafkajs';
import { reportGauge, Reading } from '@makerspace/observability';

type LagLabel = 'group' | 'topic' | 'partition';

/**
 * Report `kafka_consumer_lag_messages{group,topic,partition}` on /metrics until the returned
 * function is called: how many events wait behind the group's committed offset, measured from
 * the broker when /metrics is read (so an idle consumer's lag is current, not its last batch's).
 */
export function reportConsumerLag(kafka: Kafka, groupId: string, topics: string[]): () => Promise<void> {
  const admin = kafka.admin();
  let connected: Promise<void> | undefined;
  const stop = reportGauge(
    {
      name: 'kafka_consumer_lag_messages',
      help: "Events published but not yet handled, by consumer group, topic and partition (the broker's latest offset minus the group's committed offset).",
      labelNames: ['group', 'topic', 'partition'] as const,
    },
    async () => {
      connected ??= admin.connect().catch((e) => {
        connected = undefined;
        throw e;
      });
      await connected;
      return lagOf(admin, groupId, topics);
    },
  );
  return async () => {
    stop();
    if (connected) await admin.disconnect();
  };
}

async function lagOf(admin: Admin, groupId: string, topics: string[]): Promise<Reading<LagLabel>> {
  const rows: Reading<LagLabel> = [];
  for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
    const kept = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, { high: Number(p.high), low: Number(p.low) }]));
    for (const { partition, offset } of partitions) {
      const { high, low } = kept.get(partition) ?? { high: 0, low: 0 };
      // -1: the group has committed nothing on this partition yet, so everything still kept in it waits.
      const lag = Number(offset) < 0 ? high - low : Math.max(0, high - Number(offset));
      rows.push([{ group: groupId, topic, partition: String(partition) }, lag]);
    }
  }
  return rows;
}
