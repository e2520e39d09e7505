import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { waitFor } from '@makerspace/testing';
import { FAULTS_HOME, REPO_ROOT, systemEnv } from './fault-servers';

/**
 * The workflow worker as a process of its own (from its TypeScript sources through tsx, on the
 * workflow bundle global-setup.ts built), so a scenario can kill it as an operating system would.
 * Its output goes to .stack/faults/logs/worker-<n>.log.
 */
export class WorkerProcess {
  private static started = 0;
  private exited?: string;

  private constructor(private readonly child: ChildProcess, readonly log: string) {
    child.on('exit', (code, signal) => (this.exited = signal ?? `code ${code}`));
  }

  static async start(env: Record<string, string> = {}): Promise<WorkerProcess> {
    const log = path.join(FAULTS_HOME, 'logs', `worker-${process.pid}-${++WorkerProcess.started}.log`);
    const fd = fs.openSync(log, 'w');
    const child = spawn(process.execPath, ['--import', 'tsx', 'workflows/src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...systemEnv(), TSX_TSCONFIG_PATH: 'tsconfig.base.json', ...env },
      stdio: ['ignore', fd, fd],
    });
    fs.closeSync(fd);
    const worker = new WorkerProcess(child, log);
    await waitFor(
      'the worker to poll',
      async () => {
        if (worker.exited) throw new Error(`the worker exited (${worker.exited}):\n${worker.tail()}`);
        return fs.readFileSync(log, 'utf8').includes('workflows worker polling') || undefined;
      },
      60_000,
      100,
    );
    return worker;
  }

  /** The process has not exited (a worker that gives up on a lost server exits). */
  get running(): boolean {
    return this.exited === undefined;
  }

  /** SIGKILL: no shutdown, no finished activities, nothing flushed. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  /** SIGTERM: the worker's own graceful shutdown. */
  stop(): Promise<void> {
    return this.end('SIGTERM');
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    if (this.exited) return;
    const exit = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill(signal);
    await exit;
  }

  tail(lines = 30): string {
    return fs.readFileSync(this.log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  }
}
