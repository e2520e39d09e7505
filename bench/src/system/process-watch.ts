import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { sleep } from '../support/stats';

const exec = promisify(execFile);
const TICKS_PER_SECOND = 100;

/** Resident set sizes in MiB, as `ps -o rss` gives them (KiB), of the given processes. */
export async function residentMiB(pids: ReadonlyMap<string, number>): Promise<Map<string, number>> {
  const { stdout } = await exec('ps', ['-o', 'pid=,rss=', '-p', [...pids.values()].join(',')]);
  const byPid = new Map(
    stdout
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]),
  );
  return new Map([...pids].map(([name, pid]) => [name, (byPid.get(pid) ?? NaN) / 1024]));
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** CPU seconds the whole machine spent busy so far (all cores), from /proc/stat. */
function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}

const benchCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

export interface PhaseUse {
  seconds: number;
  /** CPU seconds each process used during the phase. */
  cpu: Map<string, number>;
  /** CPU seconds of the bench's own process (the load generator and the bare clients). */
  benchCpu: number;
  /** CPU seconds of the whole machine: the system, the bench, the servers and whatever else runs there. */
  machineCpu: number;
  /** The highest resident memory sampled during the phase, in MiB. */
  peakMiB: Map<string, number>;
}

/**
 * Watches the run's processes: resident memory every second (the peak kept per phase, the measure
 * that was running) and the CPU time each used per phase, which shows where a measure's time went.
 */
export class ProcessWatch {
  private phase?: string;
  private phaseStarted = performance.now();
  private cpuAtStart = new Map<string, number>();
  private benchAtStart = 0;
  private machineAtStart = 0;
  private readonly phases = new Map<string, PhaseUse>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly pids: ReadonlyMap<string, number>) {}

  /** Resident memory at rest: the median of five samples a second apart, after `settleMs`. */
  async idle(settleMs: number): Promise<Map<string, number>> {
    await sleep(settleMs);
    const samples: Map<string, number>[] = [];
    for (let i = 0; i < 5; i += 1) {
      samples.push(await residentMiB(this.pids));
      await sleep(1_000);
    }
    return new Map([...this.pids.keys()].map((name) => [name, samples.map((s) => s.get(name)!).sort((a, b) => a - b)[2]]));
  }

  start(): void {
    this.timer = setInterval(() => void this.sample(), 1_000);
  }

  /** From now on, samples and CPU time count for `phase`, until `leave`. */
  enter(phase: string): void {
    this.leave();
    this.phase = phase;
    this.phaseStarted = performance.now();
    this.cpuAtStart = new Map([...this.pids].map(([name, pid]) => [name, cpuSeconds(pid)]));
    this.benchAtStart = benchCpuSeconds();
    this.machineAtStart = machineBusySeconds();
    this.phases.set(phase, { seconds: 0, cpu: new Map(), benchCpu: 0, machineCpu: 0, peakMiB: new Map() });
    void this.sample();
  }

  leave(): void {
    const use = this.phase ? this.phases.get(this.phase) : undefined;
    this.phase = undefined;
    if (!use) return;
    use.seconds = (performance.now() - this.phaseStarted) / 1000;
    for (const [name, pid] of this.pids) use.cpu.set(name, cpuSeconds(pid) - (this.cpuAtStart.get(name) ?? NaN));
    use.benchCpu = benchCpuSeconds() - this.benchAtStart;
    use.machineCpu = machineBusySeconds() - this.machineAtStart;
  }

  use(phase: string): PhaseUse | undefined {
    return this.phases.get(phase);
  }

  stop(): void {
    this.leave();
    clearInterval(this.timer);
  }

  private async sample() {
    const use = this.phase ? this.phases.get(this.phase) : undefined;
    if (!use) return;
    try {
      for (const [name, mib] of await residentMiB(this.pids)) if (!(use.peakMiB.get(name)! >= mib)) use.peakMiB.set(name, mib);
    } catch {
      /* a process that ended has no size; the phase keeps what was sampled */
    }
  }
}
