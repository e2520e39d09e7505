import { randomUUID } from 'node:crypto';

/**
 * The servers and names of one bench run. bench.sh starts a Temporal dev server and a Kafka broker
 * of the bench's own and passes their addresses; PostgreSQL is the local stack's, with databases of
 * the bench's own (`<service>_bench`). Every task queue, consumer group and the namespace carry the
 * run's id, so nothing of a run mixes with anything else.
 */
export interface BenchStack {
  runId: string;
  temporalAddress: string;
  namespace: string;
  kafkaBrokers: string;
  databaseSuffix: string;
  filingTaskQueue: string;
  supervisionTaskQueue: string;
  groupOf(service: string): string;
}

export function benchStack(env: NodeJS.ProcessEnv = process.env): BenchStack {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set: run the bench through infra/local/bench.sh (npm run bench)`);
    return value;
  };
  const runId = randomUUID().slice(0, 8);
  return {
    runId,
    temporalAddress: need('BENCH_TEMPORAL_ADDRESS'),
    namespace: `bench-${runId}`,
    kafkaBrokers: need('BENCH_KAFKA_BROKERS'),
    databaseSuffix: env.BENCH_DATABASE_SUFFIX ?? '_bench',
    filingTaskQueue: `bench-filing-${runId}`,
    supervisionTaskQueue: `bench-supervision-${runId}`,
    groupOf: (service) => `bench-${service}-${runId}`,
  };
}
