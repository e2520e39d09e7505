import { Kafka, logLevel } from 'kafkajs';

/** The Kafka connection of one process. KAFKA_BROKERS is a comma-separated list. */
export function createKafka(clientId: string, env: NodeJS.ProcessEnv = process.env): Kafka {
  const brokers = (env.KAFKA_BROKERS ?? `127.0.0.1:${env.KAFKA_PORT ?? 19092}`).split(',').map((b) => b.trim());
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    connectionTimeout: 3_000,
    // Keep retrying through a broker outage: a publish or a commit must wait, not be lost.
    retry: { retries: 12, initialRetryTime: 200, maxRetryTime: 5_000 },
  });
}
