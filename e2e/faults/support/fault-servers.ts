import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
// eslint-disable-next-line @nx/enforce-module-boundaries -- Jest resolves a globalSetup's imports without moduleNameMapper (jestjs/jest#6179), and this file is one of them: @makerspace/testing may not be built
import { sharedBinaries } from '../../../libs/testing/src/shared-binaries';

const run = promisify(execFile);

export const REPO_ROOT = path.resolve(__dirname, '../../..');
/** The suite's own servers keep their pid files, logs and data here, apart from the shared stack's. */
export const FAULTS_HOME = path.join(REPO_ROOT, '.stack', 'faults');
/** Where the suite's setup writes the workflow bundles, once for every worker process. */
export const WORKFLOW_BUNDLES = FAULTS_HOME;
export const DATABASE_SUFFIX = '_faults';

/**
 * Ports of the suite's own servers: the faults stop them, so they cannot be the shared stack's
 * (PostgreSQL 55432, Temporal 7233, Kafka 19092), which other suites use at the same time.
 */
export const FAULT_PORTS = {
  postgres: 56432,
  temporal: 7243,
  temporalUi: 8243,
  kafka: 19192,
  kafkaController: 19193,
  smtp: 2625,
  smtpHttp: 2680,
} as const;

export type FaultServer = 'postgres' | 'temporal' | 'kafka' | 'smtp';
export const FAULT_SERVERS: readonly FaultServer[] = ['postgres', 'temporal', 'kafka', 'smtp'];

export const SERVICES = ['intake', 'review', 'evaluation', 'notification'];

/**
 * The environment the stack scripts (infra/local/<server>/start.sh, stop.sh) run with for the
 * suite's servers: their own STACK_HOME and ports, the shared binaries. Settings that would make
 * a script use another server instead of starting its own are left out.
 */
function scriptEnv(): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DATABASE_HOST|TEMPORAL_ADDRESS|SMTP_HOST|STACK_|KAFKA_|PG_)/.test(k)));
  return {
    ...inherited,
    STACK_HOME: FAULTS_HOME,
    ...sharedBinaries(REPO_ROOT),
    PG_PORT: String(FAULT_PORTS.postgres),
    PG_DATABASES: SERVICES.map((s) => `${s}${DATABASE_SUFFIX}`).join(','),
    TEMPORAL_PORT: String(FAULT_PORTS.temporal),
    TEMPORAL_UI_PORT: String(FAULT_PORTS.temporalUi),
    KAFKA_PORT: String(FAULT_PORTS.kafka),
    KAFKA_CONTROLLER_PORT: String(FAULT_PORTS.kafkaController),
    SMTP_PORT: String(FAULT_PORTS.smtp),
    SMTP_HTTP_PORT: String(FAULT_PORTS.smtpHttp),
  };
}

async function script(server: FaultServer, action: 'start' | 'stop'): Promise<void> {
  try {
    await run('bash', [path.join(REPO_ROOT, 'infra/local', server, `${action}.sh`)], { env: scriptEnv(), cwd: REPO_ROOT, timeout: 150_000 });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`${action} ${server} failed: ${String(e)}\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

export const startServer = (server: FaultServer) => script(server, 'start');
export const stopServer = (server: FaultServer) => script(server, 'stop');

/** The list of migrations last applied to the suite's databases (see migrateDatabases). */
export const MIGRATIONS_MARKER = path.join(FAULTS_HOME, 'data', 'postgres', 'faults-migrations.txt');

/**
 * Apply every service's migrations to its database on the suite's PostgreSQL. The Prisma CLI takes
 * tens of seconds even with nothing to apply, so the list of migrations last applied is kept beside
 * the cluster and the CLI runs only when it changed (or the cluster is new).
 */
export async function migrateDatabases(): Promise<void> {
  if (fs.existsSync(MIGRATIONS_MARKER) && fs.readFileSync(MIGRATIONS_MARKER, 'utf8') === migrationList()) return;
  await run('bash', [path.join(REPO_ROOT, 'infra/prisma/migrate.sh')], {
    env: { ...scriptEnv(), DATABASE_PORT: String(FAULT_PORTS.postgres), DATABASE_NAME_SUFFIX: DATABASE_SUFFIX },
    cwd: REPO_ROOT,
    timeout: 150_000,
  });
  markDatabasesMigrated();
}

const migrationList = () =>
  SERVICES.flatMap((s) => fs.readdirSync(path.join(REPO_ROOT, 'services', s, 'prisma', 'migrations')).map((m) => `${s}/${m}`))
    .sort()
    .join('\n');

/** Record that the suite's databases hold every migration of the tree (migrated, or restored from databases that were). */
export function markDatabasesMigrated(): void {
  fs.writeFileSync(MIGRATIONS_MARKER, migrationList());
}

/**
 * The environment of the services and the worker under test: the suite's servers and databases.
 * Set in every test file (see fault-env.ts) and given to the worker's child process.
 */
export function systemEnv(): Record<string, string> {
  return {
    DATABASE_HOST: '127.0.0.1',
    DATABASE_PORT: String(FAULT_PORTS.postgres),
    DATABASE_NAME_SUFFIX: DATABASE_SUFFIX,
    TEMPORAL_ADDRESS: `127.0.0.1:${FAULT_PORTS.temporal}`,
    TEMPORAL_NAMESPACE: 'default',
    KAFKA_BROKERS: `127.0.0.1:${FAULT_PORTS.kafka}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(FAULT_PORTS.smtp),
    EMAIL_POLL_MS: '200',
    EVALUATION_SCHEDULE_ON_START: 'false',
    WORKFLOW_BUNDLES,
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
  };
}
