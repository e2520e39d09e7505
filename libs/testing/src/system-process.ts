import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { waitFor } from './wait-for';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * How a process runs from its TypeScript sources: SWC with the decorator metadata Nest needs and
 * the workspace's libraries resolved to their sources (run/from-source.js), or tsx.
 */
const RUNNERS = {
  swc: ['-r', path.join(ROOT, 'libs/testing/run/from-source.js')],
  tsx: ['--import', 'tsx'],
} as const;

export interface SystemProcessOptions {
  /** Names its log file and its messages: `worker`, `intake-2`. */
  name: string;
  /** Its main module, from the repository's root: `services/intake/src/main.ts`. */
  entry: string;
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** Where its output goes; a file of its own under the system's temporary folder otherwise. */
  logDir?: string;
  runner?: keyof typeof RUNNERS;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

let started = 0;

/**
 * A process of the system under test (a service, the worker) started from its main module as an
 * orchestrator starts it, so a test can signal it as an operating system would: SIGKILL with nothing
 * flushed, or SIGTERM for its own graceful shutdown. Its output (stdout and stderr) goes to a log
 * file that outlives it, for the test's failure message.
 */
export class SystemProcess {
  private exit?: Exit;
  /** Settles when it has exited, with its code or signal. */
  readonly exited: Promise<Exit>;

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
    readonly log: string,
  ) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      }),
    );
  }

  /** Starts it and returns at once. */
  static spawn(options: SystemProcessOptions): SystemProcess {
    const dir = options.logDir ?? path.join(os.tmpdir(), 'makerspace-processes');
    fs.mkdirSync(dir, { recursive: true });
    const log = path.join(dir, `${options.name}-${process.pid}-${++started}.log`);
    const fd = fs.openSync(log, 'w');
    const child = spawn(process.execPath, [...RUNNERS[options.runner ?? 'swc'], path.join(ROOT, options.entry)], {
      cwd: ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.base.json', ...options.env },
      stdio: ['ignore', fd, fd],
    });
    fs.closeSync(fd);
    return new SystemProcess(options.name, child, log);
  }

  /** Starts it and waits until `ready` says it serves; fails with its last lines if it exits first. */
  static async start(options: SystemProcessOptions, ready: (p: SystemProcess) => boolean | Promise<boolean>, timeoutMs = 180_000): Promise<SystemProcess> {
    const p = SystemProcess.spawn(options);
    await waitFor(
      `${p.name} to serve`,
      async () => {
        if (p.exit) throw new Error(`${p.name} exited (${p.exit.signal ?? `code ${p.exit.code}`}):\n${p.tail()}`);
        return (await ready(p)) || undefined;
      },
      timeoutMs,
      100,
    ).catch((e: unknown) => {
      if (!p.exit) p.child.kill('SIGKILL');
      throw e;
    });
    return p;
  }

  /** It has not exited (a worker that gives up on a lost server exits). */
  get running(): boolean {
    return this.exit === undefined;
  }

  /** Everything it wrote so far. */
  output(): string {
    return fs.existsSync(this.log) ? fs.readFileSync(this.log, 'utf8') : '';
  }

  /** Its JSON log lines. */
  logLines(): Record<string, unknown>[] {
    return this.output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  /** SIGKILL: no shutdown, no finished activities, nothing flushed. */
  async kill(): Promise<Exit> {
    return this.end('SIGKILL');
  }

  /** SIGTERM: the process's own graceful shutdown (what a rolling deploy sends). */
  async stop(): Promise<Exit> {
    return this.end('SIGTERM');
  }

  private async end(signal: NodeJS.Signals): Promise<Exit> {
    if (!this.exit) this.child.kill(signal);
    return this.exited;
  }

  tail(lines = 30): string {
    return this.output().trimEnd().split('\n').slice(-lines).join('\n');
  }
}

/** Answers true once `url` answers 200 (a service's /health/ready or /health/live). */
export const answers = (url: string) => async (): Promise<boolean> => (await fetch(url).catch(() => undefined))?.status === 200;

/** A free loopback port, as the system hands them out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
