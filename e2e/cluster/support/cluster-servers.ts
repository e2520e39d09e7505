import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
// eslint-disable-next-line @nx/enforce-module-boundaries -- Jest resolves a globalSetup's imports without moduleNameMapper (jestjs/jest#6179), and this file is one of them: @makerspace/testing may not be built
import { sharedBinaries } from '../../../libs/testing/src/shared-binaries';
// eslint-disable-next-line @nx/enforce-module-boundaries -- Jest resolves a globalSetup's imports without moduleNameMapper (jestjs/jest#6179), and this file is one of them: @makerspace/testing may not be built
import { localDirectory } from '../../../libs/testing/src/sign-in-env';

const run = promisify(execFile);

export const REPO_ROOT = path.resolve(__dirname, '../../..');
/** The suite's servers keep their pid files, logs and data here, apart from the shared stack's. */
export const CLUSTER_HOME = path.join(REPO_ROOT, '.stack', 'cluster-suite');
export const WORKFLOW_BUNDLES = path.join(CLUSTER_HOME, 'bundles');
export const SERVICES = ['intake', 'review', 'evaluation', 'notification'] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * Ports of the suite's own cluster-shaped servers (the other suites use the shared stack's at the
 * same time): PostgreSQL, the Temporal server (its frontend; history, matching, worker and
 * membership ports follow from +30), three Kafka nodes (broker i on kafka + 2(i-1), its controller
 * on the port after), the SMTP sink, the development issuer, the object store that every replica
 * shares (its S3 API; master, volume and filer on the next three ports, gRPC on those + 10000), and nginx's port of each service
 * (replica r of a service listens on that port + 100 r).
 */
export const CLUSTER_PORTS = {
  postgres: 56800,
  temporal: 7500,
  kafka: 19500,
  smtp: 2950,
  smtpHttp: 2951,
  issuer: 3959,
  objectStore: 19600,
  services: { intake: 3801, review: 3802, evaluation: 3803, notification: 3804 } satisfies Record<ServiceName, number>,
} as const;

export const replicaPort = (service: ServiceName, replica: number) => CLUSTER_PORTS.services[service] + 100 * replica;
export const serviceUrl = (service: ServiceName) => `http://127.0.0.1:${CLUSTER_PORTS.services[service]}`;
export const kafkaBrokers = [0, 2, 4].map((d) => `127.0.0.1:${CLUSTER_PORTS.kafka + d}`);

export type ClusterServer = 'postgres' | 'temporal-server' | 'kafka-cluster' | 'smtp' | 'issuer' | 'object-store' | 'proxy';

/**
 * The environment the stack scripts (infra/local/<server>/start.sh, stop.sh) run with for the
 * suite's servers: the cluster profile, its own STACK_HOME and ports, the shared binaries.
 */
function scriptEnv(): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DATABASE_|TEMPORAL_|KAFKA_|STACK_|PG_|SMTP_|AUTH_|OBJECT_STORE_)/.test(k)),
  );
  return {
    ...inherited,
    STACK_PROFILE: 'cluster',
    STACK_HOME: CLUSTER_HOME,
    ...sharedBinaries(REPO_ROOT),
    PG_PORT: String(CLUSTER_PORTS.postgres),
    PG_DATABASES: [...SERVICES, 'temporal', 'temporal_visibility'].join(','),
    TEMPORAL_PORT: String(CLUSTER_PORTS.temporal),
    KAFKA_PORT: String(CLUSTER_PORTS.kafka),
    SMTP_PORT: String(CLUSTER_PORTS.smtp),
    SMTP_HTTP_PORT: String(CLUSTER_PORTS.smtpHttp),
    AUTH_ISSUER_PORT: String(CLUSTER_PORTS.issuer),
    OBJECT_STORE_PORT: String(CLUSTER_PORTS.objectStore),
  };
}

/** Run a stack script of the suite's servers, e.g. `script('kafka-cluster', 'stop', '2')`. */
export async function script(server: ClusterServer, action: 'start' | 'stop', ...args: string[]): Promise<void> {
  try {
    await run('bash', [path.join(REPO_ROOT, 'infra/local', server, `${action}.sh`), ...args], { env: scriptEnv(), cwd: REPO_ROOT, timeout: 300_000 });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`${action} ${server} ${args.join(' ')} failed: ${String(e)}\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** Apply every service's migrations once, as the deploy step does (never by the replicas). */
export async function migrateDatabases(): Promise<void> {
  await run('bash', [path.join(REPO_ROOT, 'infra/prisma/migrate.sh')], {
    env: { ...scriptEnv(), DATABASE_PORT: String(CLUSTER_PORTS.postgres), DATABASE_NAME_SUFFIX: '' },
    cwd: REPO_ROOT,
    timeout: 300_000,
  });
}

/**
 * The environment of the system's processes under test (and of the test itself): the suite's
 * servers, and the shared stack's Keycloak as the directory of people (a second Keycloak would be
 * a second JVM in the run for no more proof; tokens still come from the suite's own issuer).
 */
export function systemEnv(): Record<string, string> {
  return {
    ...localDirectory(process.env),
    DATABASE_HOST: '127.0.0.1',
    DATABASE_PORT: String(CLUSTER_PORTS.postgres),
    DATABASE_NAME_SUFFIX: '',
    TEMPORAL_ADDRESS: `127.0.0.1:${CLUSTER_PORTS.temporal}`,
    TEMPORAL_NAMESPACE: 'default',
    KAFKA_BROKERS: kafkaBrokers.join(','),
    KAFKA_REPLICATION: '3',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(CLUSTER_PORTS.smtp),
    AUTH_ISSUER: `http://127.0.0.1:${CLUSTER_PORTS.issuer}`,
    AUTH_JWKS_URL: `http://127.0.0.1:${CLUSTER_PORTS.issuer}/.well-known/jwks.json`,
    AUTH_TOKEN_URL: `http://127.0.0.1:${CLUSTER_PORTS.issuer}/token`,
    EVALUATION_URL: serviceUrl('evaluation'),
    OBJECT_STORE_URL: `http://127.0.0.1:${CLUSTER_PORTS.objectStore}`,
    EMAIL_POLL_MS: '200',
    WORKFLOW_BUNDLES,
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
    HOST: '127.0.0.1',
  };
}
