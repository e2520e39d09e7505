import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { waitFor } from '@makerspace/testing';
import { CLUSTER_HOME, REPO_ROOT, replicaPort, ServiceName, systemEnv } from './cluster-servers';

/**
 * One replica of a service, or one worker, as a process of its own (from its TypeScript sources
 * as the tests see them, libs/testing/run/from-source.js, on the suite's servers), so a scenario can kill it as an operating system would.
 * Its output goes to .stack/cluster-suite/logs/<name>.log.
 */
export class ComponentProcess {
  private exited?: string;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    readonly log: string,
  ) {
    child.on('exit', (code, signal) => (this.exited = signal ?? `code ${code}`));
  }

  /** Replica `replica` of a service, on its replica port; ready once it answers /health/ready. */
  static async service(service: ServiceName, replica: number): Promise<ComponentProcess> {
    const port = replicaPort(service, replica);
    const p = ComponentProcess.spawn(`${service}-${replica}`, `services/${service}/src/main.ts`, { [`${service.toUpperCase()}_PORT`]: String(port) });
    await p.ready(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined))?.status === 200);
    return p;
  }

  /** Worker `n`, polling both task queues; ready once it says so. */
  static async worker(n: number): Promise<ComponentProcess> {
    const p = ComponentProcess.spawn(`worker-${n}`, 'workflows/src/main.ts', { WORKER_METRICS_PORT: '0' });
    await p.ready(async () => fs.readFileSync(p.log, 'utf8').includes('workflows worker polling'));
    return p;
  }

  private static spawn(name: string, entry: string, env: Record<string, string>): ComponentProcess {
    const log = path.join(CLUSTER_HOME, 'logs', `${name}.log`);
    fs.mkdirSync(path.dirname(log), { recursive: true });
    const fd = fs.openSync(log, 'a');
    const child = spawn(process.execPath, ['-r', path.join(REPO_ROOT, 'libs/testing/run/from-source.js'), entry], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...systemEnv(), ...env },
      stdio: ['ignore', fd, fd],
    });
    fs.closeSync(fd);
    return new ComponentProcess(name, child, log);
  }

  private async ready(probe: () => Promise<boolean>): Promise<void> {
    await waitFor(
      `${this.name} to be ready`,
      async () => {
        if (this.exited) throw new Error(`${this.name} exited (${this.exited}):\n${this.tail()}`);
        return (await probe()) || undefined;
      },
      180_000,
      250,
    );
  }

  get running(): boolean {
    return this.exited === undefined;
  }

  /** SIGKILL: no shutdown, nothing finished or flushed. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  /** SIGTERM: the process's own graceful shutdown (what a rolling deploy sends). */
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
    return fs.existsSync(this.log) ? fs.readFileSync(this.log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '';
  }
}
