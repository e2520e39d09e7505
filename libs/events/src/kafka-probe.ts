import { Kafka } from 'kafkajs';

/** Readiness of the broker connection: the cluster answers a metadata request. */
export function kafkaProbe(kafka: Kafka) {
  const admin = kafka.admin();
  let connected = false;
  return {
    name: 'kafka',
    async check(): Promise<void> {
      if (!connected) {
        await admin.connect();
        connected = true;
      }
      try {
        await admin.describeCluster();
      } catch (e) {
        connected = false;
        await admin.disconnect().catch(() => undefined);
        throw e;
      }
    },
    async close(): Promise<void> {
      if (connected) await admin.disconnect();
    },
  };
}
