import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Machine {
  cpu: string;
  /** `nproc` */
  cores: number;
  /** Total memory (`free -m`), in GiB. */
  memoryGiB: number;
  node: string;
  /** 1-minute load averages at the start and the end of the run (the machine may be shared). */
  loadAtStart: number;
  loadAtEnd?: number;
}

export const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

export function thisMachine(): Machine {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown CPU';
  const cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  const mem = /^Mem:\s+(\d+)/m.exec(execFileSync('free', ['-m'], { encoding: 'utf8' }))?.[1];
  return { cpu, cores, memoryGiB: Math.round(Number(mem) / 1024), node: process.version, loadAtStart: loadAverage() };
}
