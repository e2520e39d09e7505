import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Pool } from 'pg';
import { connectionSettings, poolConfig } from '@makerspace/database';
import { sleep } from '../support/stats';
import { freePort } from './system-processes';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const STACK_HOME = process.env.STACK_HOME ?? path.join(REPO_ROOT, '.stack');
/** Where bench/peer/flowable/build.sh leaves the jar. */
export const PEER_JAR = path.join(STACK_HOME, 'flowable-peer', 'flowable-peer.jar');
/** The versions the peer's pom.xml pins, for the report. */
export const PEER_VERSIONS = 'Flowable 7.2.0 (flowable-spring-boot-starter-process-rest) on Spring Boot 3.5.7, Java 17';
/**
 * The JVM's settings: a heap of at most 1 GiB (a usual container size; the JVM's default on this
 * machine would be a quarter of its memory), G1 and everything else as the JVM chooses.
 */
export const PEER_JVM_OPTIONS = ['-Xmx1g'];

export interface FlowablePeer {
  url: string;
  pid: number;
  database: string;
  stop(): Promise<void>;
  /** Rejects when the JVM exits before `stop()`. */
  died: Promise<never>;
}

/** Drop and create the peer's own database on the stack's PostgreSQL; Flowable makes its tables at start. */
async function freshDatabase(database: string): Promise<ReturnType<typeof connectionSettings>> {
  const settings = { ...connectionSettings('flowable', { ...process.env, FLOWABLE_DATABASE_URL: undefined }), database };
  const admin = new Pool(poolConfig({ ...settings, database: 'postgres' }, { max: 1 }));
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return settings;
}

const tail = (log: string) => {
  try {
    return readFileSync(log, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
  } catch {
    return '';
  }
};

/**
 * Starts the peer from its jar (`java -jar`) on a fresh database of its own and a spare loopback
 * port, logging to `log`; ready when its REST API lists the deployed filing model. Stopped by its
 * pid only.
 */
export async function startFlowablePeer(opts: { database: string; log: string; readyMs?: number }): Promise<FlowablePeer> {
  if (!existsSync(PEER_JAR)) throw new Error(`${PEER_JAR} is missing: build it with bash bench/peer/flowable/build.sh`);
  const db = await freshDatabase(opts.database);
  const port = await freePort();
  const fd = openSync(opts.log, 'w');
  const child: ChildProcess = spawn('java', [...PEER_JVM_OPTIONS, '-jar', PEER_JAR], {
    env: {
      ...process.env,
      PEER_PORT: String(port),
      PEER_DATABASE_URL: `jdbc:postgresql://${db.host}:${db.port}/${db.database}`,
      PEER_DATABASE_USER: db.user,
      PEER_DATABASE_PASSWORD: db.password,
    },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  let stopping = false;
  let exited: string | undefined;
  let reportDeath: (e: Error) => void = () => undefined;
  const died = new Promise<never>((_, reject) => (reportDeath = reject));
  died.catch(() => undefined);
  child.on('exit', (code, signal) => {
    exited = signal ? `signal ${signal}` : `code ${code}`;
    if (!stopping) reportDeath(new Error(`the Flowable peer exited (${exited}); the end of ${opts.log}:\n${tail(opts.log)}`));
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    stopping = true;
    if (exited) return;
    child.kill('SIGTERM');
    const deadline = Date.now() + 20_000;
    while (!exited && Date.now() < deadline) await sleep(100);
    if (!exited) child.kill('SIGKILL');
  };
  const deadline = Date.now() + (opts.readyMs ?? 180_000);
  for (;;) {
    if (exited) throw new Error(`the Flowable peer exited (${exited}) while starting; the end of ${opts.log}:\n${tail(opts.log)}`);
    const deployed = await fetch(`${url}/process-api/repository/process-definitions?key=filing`)
      .then(async (r) => r.ok && ((await r.json()) as { total: number }).total > 0)
      .catch(() => false);
    if (deployed) return { url, pid: child.pid!, database: db.database, stop, died };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the Flowable peer was not ready after ${Math.round((opts.readyMs ?? 180_000) / 1000)} s; the end of ${opts.log}:\n${tail(opts.log)}`);
    }
    await sleep(500);
  }
}
