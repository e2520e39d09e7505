import { Kafka, logLevel, ProducerConfig } from 'kafkajs';
import { kafkaSettings } from '@makerspace/config';
import { kafkaLog } from './kafka-log';

/** The Kafka connection of one process, to the brokers its settings name (`env`: the process's environment unless given). */
export function createKafka(clientId: string, env?: NodeJS.ProcessEnv): Kafka {
  const { brokers } = kafkaSettings(env);
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    logCreator: kafkaLog(clientId),
    connectionTimeout: 3_000,
    // Keep retrying through a broker outage: a publish or a commit must wait, not be lost.
    retry: { retries: 12, initialRetryTime: 200, maxRetryTime: 5_000 },
  });
}

/**
 * Producers are idempotent and keep retrying (kafkajs requires unlimited retries for that): an
 * event is delayed by an outage, never lost or duplicated; callers bound the wait with their own
 * timeouts (an activity's start-to-close timeout, for one).
 */
export const IDEMPOTENT_PRODUCER: ProducerConfig = {
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 200, maxRetryTime: 5_000 },
};
