import { z } from 'zod';
import { readSettings } from './read-settings';
import { kafkaVariables } from './settings/shared';

/** Where a process reaches Kafka, and how the topics it creates are laid out. */
export interface KafkaSettings {
  brokers: string[];
  /** Partitions of each topic made (events are keyed by subject, so more partitions scale consumers). */
  partitions: number;
  replication: number;
}

/**
 * Kafka's settings read from the environment and checked: KAFKA_BROKERS (comma-separated
 * host:port), else the local stack's `127.0.0.1:<KAFKA_PORT>`; KAFKA_PARTITIONS and
 * KAFKA_REPLICATION (1 for the single local broker; 3 in a cluster).
 */
export function kafkaSettings(env: NodeJS.ProcessEnv = process.env): KafkaSettings {
  const s = readSettings('kafka', z.object(kafkaVariables), env);
  return {
    brokers: (s.KAFKA_BROKERS ?? `127.0.0.1:${s.KAFKA_PORT}`).split(',').map((b) => b.trim()),
    partitions: s.KAFKA_PARTITIONS,
    replication: s.KAFKA_REPLICATION,
  };
}
