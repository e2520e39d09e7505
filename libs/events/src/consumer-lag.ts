import { Admin, Kafka } from 'kafkajs';
import { Gauge } from 'prom-client';
import { gauge } from '@makerspace/observability';

interface LagSource {
  groupId: string;
  topics: string[];
  admin: Admin;
  connected?: Promise<void>;
}

const sources = new Set<LagSource>();

/**
 * `kafka_consumer_lag_messages{group,topic,partition}`: how many events wait behind each
 * consumer group's committed offset, measured from the broker when /metrics is read (so an idle
 * consumer's lag is current, not the last batch's).
 */
function lagGauge(): Gauge<'group' | 'topic' | 'partition'> {
  return gauge({
    name: 'kafka_consumer_lag_messages',
    help: "Events published but not yet handled, by consumer group, topic and partition (broker's latest offset minus the group's committed offset).",
    labelNames: ['group', 'topic', 'partition'] as const,
    async collect() {
      this.reset();
      for (const source of sources) {
        for (const [labels, lag] of await lagOf(source)) this.set(labels, lag);
      }
    },
  });
}

async function lagOf(source: LagSource): Promise<[{ group: string; topic: string; partition: string }, number][]> {
  source.connected ??= source.admin.connect().catch((e) => {
    source.connected = undefined;
    throw e;
  });
  await source.connected;
  const rows: [{ group: string; topic: string; partition: string }, number][] = [];
  const committed = await source.admin.fetchOffsets({ groupId: source.groupId, topics: source.topics });
  for (const { topic, partitions } of committed) {
    const latest = new Map((await source.admin.fetchTopicOffsets(topic)).map((p) => [p.partition, { high: Number(p.high), low: Number(p.low) }]));
    for (const { partition, offset } of partitions) {
      const { high, low } = latest.get(partition) ?? { high: 0, low: 0 };
      // -1: the group has committed nothing on this partition yet, so everything still kept in it waits.
      const lag = Number(offset) < 0 ? high - low : Math.max(0, high - Number(offset));
      rows.push([{ group: source.groupId, topic, partition: String(partition) }, lag]);
    }
  }
  return rows;
}

/** Report a consumer group's lag on /metrics until the returned function is called. */
export function reportConsumerLag(kafka: Kafka, groupId: string, topics: string[]): () => Promise<void> {
  lagGauge();
  const source: LagSource = { groupId, topics, admin: kafka.admin() };
  sources.add(source);
  return async () => {
    sources.delete(source);
    if (source.connected) await source.admin.disconnect();
  };
}
