import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { checkSettings } from '@makerspace/config';
import { sleep } from '../support/stats';
import type { BenchNamespace } from './bench-namespace';
import type { BenchStack } from './bench-stack';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const BENCH_HOME = path.join(process.env.STACK_HOME ?? path.join(REPO_ROOT, '.stack'), 'bench');

export const SERVICES = ['intake', 'review', 'evaluation', 'notification'] as const;
export type ServiceName = (typeof SERVICES)[number];
export type ProcessName = ServiceName | 'worker';
export const PROCESS_NAMES: readonly ProcessName[] = [...SERVICES, 'worker'];

interface Started {
  child: ChildProcess;
  log: string;
  exit?: string;
}

/** What the worker runs with besides its settings, as start-system.sh and the Helm chart start it. */
export const WORKER_ENV: NodeJS.ProcessEnv = { MALLOC_ARENA_MAX: '2' };

/** The worker's memory settings as the run's worker reads them (the shell's, or libs/config's defaults). */
export function workerMemorySettings(env: NodeJS.ProcessEnv = process.env) {
  const { FILING_CACHED_WORKFLOWS, SUPERVISION_CACHED_WORKFLOWS, WORKFLOW_HEAP_MIB } = checkSettings('worker', env);
  return { filingCache: FILING_CACHED_WORKFLOWS, supervisionCache: SUPERVISION_CACHED_WORKFLOWS, workflowHeapMiB: WORKFLOW_HEAP_MIB };
}

/** A spare loopback port for a process of the run. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The environment of the run's processes: the bench's servers, databases, names and ports; nothing of the shell's that points elsewhere. */
function childEnv(stack: BenchStack, ports: Record<ServiceName, number>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/(_DATABASE_URL|_GROUP_ID|_TASK_QUEUE)$|^(TEMPORAL_|KAFKA_BROKERS|NOTIFY_MAIL_DIRECTORY|EVALUATION_URL|DATABASE_NAME_SUFFIX)/.test(k),
    ),
  );
  return {
    ...inherited,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    TEMPORAL_NAMESPACE: stack.namespace,
    KAFKA_BROKERS: stack.kafkaBrokers,
    DATABASE_NAME_SUFFIX: stack.databaseSuffix,
    FILING_TASK_QUEUE: stack.filingTaskQueue,
    SUPERVISION_TASK_QUEUE: stack.supervisionTaskQueue,
    INTAKE_GROUP_ID: stack.groupOf('intake'),
    REVIEW_GROUP_ID: stack.groupOf('review'),
    EVALUATION_GROUP_ID: stack.groupOf('evaluation'),
    NOTIFICATION_GROUP_ID: stack.groupOf('notification'),
    INTAKE_PORT: String(ports.intake),
    REVIEW_PORT: String(ports.review),
    EVALUATION_PORT: String(ports.evaluation),
    NOTIFICATION_PORT: String(ports.notification),
    EVALUATION_URL: `http://127.0.0.1:${ports.evaluation}`,
    EVALUATION_SCHEDULE_ON_START: 'false',
    // The bench exercises no files: kept on its own disk, it needs no object store.
    FILE_STORE: 'local-disk',
    FILES_DIR: path.join(BENCH_HOME, 'files'),
    HOST: '127.0.0.1',
  };
}

/**
 * BENCH_PROFILE=intake,worker runs those processes under V8's CPU profiler (`node --cpu-prof`): each
 * thread (the worker's workflow threads too) writes a `.cpuprofile` into .stack/bench/profiles/<name>/
 * when it stops, to open in Chrome DevTools (Performance) or speedscope.
 */
function profiling(name: ProcessName): string[] {
  if (!(process.env.BENCH_PROFILE ?? '').split(',').includes(name)) return [];
  const dir = path.join(BENCH_HOME, 'profiles', name);
  mkdirSync(dir, { recursive: true });
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

/**
 * The four services and the workflow worker as separate processes from their builds
 * (`node services/<x>/dist/main.js`, `node workflows/dist/main.js`) on spare loopback ports, each
 * logging to .stack/bench/logs/<name>.log. Stopped by their pids, and only those.
 */
export class SystemProcesses {
  private readonly started = new Map<ProcessName, Started>();
  readonly urls = {} as Record<ServiceName, string>;
  private stopping = false;
  private reportDeath?: (e: Error) => void;
  /**
   * Rejects when a process of the run exits before `stop()`: a measure raced against it ends with
   * the process's last log lines instead of waiting for answers that will never come.
   */
  readonly died = new Promise<never>((_, reject) => (this.reportDeath = reject));

  private constructor(private readonly stack: BenchStack) {
    // Nobody may be racing yet when a process dies while starting; `ready` reports that case.
    this.died.catch(() => undefined);
  }

  static async start(stack: BenchStack, namespace: BenchNamespace): Promise<SystemProcesses> {
    const system = new SystemProcesses(stack);
    try {
      await system.launch(namespace);
    } catch (e) {
      await system.stop();
      throw e;
    }
    return system;
  }

  pid(name: ProcessName): number {
    return this.started.get(name)!.child.pid!;
  }

  private async launch(namespace: BenchNamespace) {
    const logs = path.join(BENCH_HOME, 'logs');
    mkdirSync(logs, { recursive: true });
    const ports = {} as Record<ServiceName, number>;
    for (const s of SERVICES) ports[s] = await freePort();
    const env = childEnv(this.stack, ports);
    const entry = (name: ProcessName) => (name === 'worker' ? 'workflows/dist/main.js' : `services/${name}/dist/main.js`);
    for (const name of PROCESS_NAMES) {
      const log = path.join(logs, `${name}.log`);
      const fd = openSync(log, 'w');
      const child = spawn(process.execPath, [...profiling(name), entry(name)], {
        cwd: REPO_ROOT,
        env: name === 'worker' ? { ...env, ...WORKER_ENV } : env,
        stdio: ['ignore', fd, fd],
      });
      closeSync(fd);
      const started: Started = { child, log };
      child.on('exit', (code, signal) => {
        started.exit = signal ? `signal ${signal}` : `code ${code}`;
        if (!this.stopping) this.reportDeath?.(new Error(`${name} exited (${started.exit}) during the run; the end of ${log}:\n${this.tail(name)}`));
      });
      this.started.set(name, started);
    }
    for (const s of SERVICES) this.urls[s] = `http://127.0.0.1:${ports[s]}`;
    await Promise.all([
      ...SERVICES.map((s) => this.ready(s, async () => (await fetch(`${this.urls[s]}/health/ready`)).status === 200)),
      this.ready('worker', async () => (await namespace.polled(this.stack.filingTaskQueue)) && namespace.polled(this.stack.supervisionTaskQueue)),
    ]);
  }

  private async ready(name: ProcessName, probe: () => Promise<boolean>): Promise<void> {
    const started = this.started.get(name)!;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (started.exit) throw new Error(`${name} exited (${started.exit}) while starting; the end of ${started.log}:\n${this.tail(name)}`);
      if (await probe().catch(() => false)) return;
      if (Date.now() > deadline) throw new Error(`${name} was not ready after 120 s; the end of ${started.log}:\n${this.tail(name)}`);
      await sleep(250);
    }
  }

  /** The last lines a process logged. */
  tail(name: ProcessName, lines = 30): string {
    try {
      return readFileSync(this.started.get(name)!.log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  /** SIGTERM to each process started here (by pid), SIGKILL after 20 s. */
  async stop(): Promise<void> {
    this.stopping = true;
    const living = [...this.started.values()].filter((s) => !s.exit && s.child.pid);
    for (const s of living) s.child.kill('SIGTERM');
    const deadline = Date.now() + 20_000;
    while (living.some((s) => !s.exit) && Date.now() < deadline) await sleep(100);
    for (const s of living) if (!s.exit) s.child.kill('SIGKILL');
  }
}
