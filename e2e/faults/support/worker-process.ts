import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { waitFor } from '@makerspace/testing';
import { FAULTS_HOME, REPO_ROOT, systemEnv } from './fault-servers';

/** How a process runs from its TypeScript sources: tsx, or SWC with the decorator metadata Nest needs. */
export const TSX = ['--import', 'tsx'];
export const FROM_SOURCE = ['-r', path.join(REPO_ROOT, 'libs/testing/run/from-source.js')];

/**
 * A process of the system under test (the workflow worker, a service) run from its TypeScript
 * sources, on the suite's servers, so a scenario can kill it as an operating system would. Its
 * output goes to .stack/faults/logs/<name>-<n>.log.
 */
export class SystemProcess {
  private static started = 0;
  private exited?: string;

  private constructor(private readonly child: ChildProcess, readonly log: string) {
    child.on('exit', (code, signal) => (this.exited = signal ?? `code ${code}`));
  }

  /** Starts `entry` and waits until `ready` (given the output so far) says it serves. */
  static async start(name: string, runner: string[], entry: string, env: Record<string, string>, ready: (output: string) => boolean | Promise<boolean>): Promise<SystemProcess> {
    const log = path.join(FAULTS_HOME, 'logs', `${name}-${process.pid}-${++SystemProcess.started}.log`);
    const fd = fs.openSync(log, 'w');
    const child = spawn(process.execPath, [...runner, entry], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...systemEnv(), TSX_TSCONFIG_PATH: 'tsconfig.base.json', ...env },
      stdio: ['ignore', fd, fd],
    });
    fs.closeSync(fd);
    const started = new SystemProcess(child, log);
    await waitFor(
      `the ${name} to serve`,
      async () => {
        if (started.exited) throw new Error(`the ${name} exited (${started.exited}):\n${started.tail()}`);
        return (await ready(fs.readFileSync(log, 'utf8'))) || undefined;
      },
      90_000,
      100,
    );
    return started;
  }

  /** The process has not exited (a worker that gives up on a lost server exits). */
  get running(): boolean {
    return this.exited === undefined;
  }

  /** SIGKILL: no shutdown, no finished activities, nothing flushed. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  /** SIGTERM: the process's own graceful shutdown. */
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

/** The workflow worker as a process of its own, on the workflow bundle global-setup.ts built. */
export type WorkerProcess = SystemProcess;
export const WorkerProcess = {
  start: (env: Record<string, string> = {}): Promise<WorkerProcess> => SystemProcess.start('worker', TSX, 'workflows/src/main.ts', env, (output) => output.includes('workflows worker polling')),
};
