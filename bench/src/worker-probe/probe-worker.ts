import { ChildProcess, fork } from 'node:child_process';

export interface ProbeWorkerOptions {
  address: string;
  namespace: string;
  taskQueue: string;
  /** A prebuilt workflow bundle (the system's); unset, the bench's bare workflows. */
  bundle?: string;
  maxCachedWorkflows: number;
  reuseV8Context: boolean;
  /** The old-space bound of the workflow threads, as the system's worker sets it (WORKFLOW_HEAP_MIB). */
  workflowHeapMiB?: number;
}

export interface ProbeStats {
  /** Activities run so far (each a publish, or a bare evaluation's request). */
  activities: number;
  cpuSeconds: number;
  residentMiB: number;
}

/**
 * A worker process of the bench's own (probe-process.ts) with in-memory activities: the bare
 * engine running bare workflows, or the system's workflow code without the rest of the system. A
 * process apart, so its CPU and memory are its own. Stopped by its pid, and only that.
 */
export class ProbeWorker {
  private constructor(
    private readonly child: ChildProcess,
    private readonly exited: Promise<void>,
  ) {}

  static async start(options: ProbeWorkerOptions, env: NodeJS.ProcessEnv = {}): Promise<ProbeWorker> {
    // The bench runs under tsx, which the child inherits through its execArgv.
    const child = fork(require.resolve('./probe-process'), [], {
      env: { ...process.env, ...env, PROBE_OPTIONS: JSON.stringify(options) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      void exited.then(() => reject(new Error('the probe worker exited while starting')));
    });
    return new ProbeWorker(child, exited);
  }

  get pid(): number {
    return this.child.pid!;
  }

  stats(): Promise<ProbeStats> {
    return new Promise((resolve) => {
      this.child.once('message', (m) => resolve(m as ProbeStats));
      this.child.send('stats');
    });
  }

  /** Until its activities have run `count` times. */
  async activitiesReach(count: number, maxMs: number): Promise<ProbeStats> {
    const deadline = Date.now() + maxMs;
    for (;;) {
      const s = await this.stats();
      if (s.activities >= count) return s;
      if (Date.now() > deadline) throw new Error(`the probe worker ran ${s.activities} of ${count} activities in ${maxMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) this.child.send('stop');
    const killed = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await this.exited;
    clearTimeout(killed);
  }
}
