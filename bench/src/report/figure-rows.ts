import type { Throughput } from '../support/comparison';
import type { EventLatency } from '../measure/events-to-inbox';
import { RULES_RATIO_GOAL } from '../measure/rules';
import type { BenchResults } from './bench-results';

export type Row = [string, string, string, string, string, string];
export const FIGURE_HEADER: Row = ['measure', 'through the system', 'bare engine', 'ratio', 'goal', 'met'];
export const MEMORY_HEADER = ['process', 'idle', 'under load', 'loaded by', 'goal (idle)', 'met'];

export const whole = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '-');
const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : whole(n)) : '-');
const seconds = (n: number) => (Number.isFinite(n) ? `${(n / 1000).toFixed(1)} s` : 'not reached');
export const met = (ok: boolean) => (ok ? 'yes' : 'NO');

export const rate = (t: Throughput) =>
  `${whole(t.perSecond)}/s (p50 ${ms(t.p50)} ms, p99 ${ms(t.p99)} ms)${t.failed ? `, ${t.failed} failed (${(t.firstError ?? '').replace(/\s+/g, ' ').slice(0, 160)})` : ''}`;
const delay = (l: EventLatency) => `p50 ${ms(l.p50)} ms, p99 ${ms(l.p99)} ms${l.missing ? `, ${l.missing} of ${l.published} missing` : ''}`;

/** The headline figures, one row per measure. */
export function figureRows(r: BenchResults): Row[] {
  const rows: Row[] = [];
  if (r.submit)
    rows.push([
      'Submit path (intake)',
      rate(r.submit.system),
      rate(r.submit.bare),
      r.submit.ratio.toFixed(2),
      '≥ 0.8',
      met(r.submit.ratio >= 0.8 && !r.submit.system.failed),
    ]);
  if (r.decisions) {
    const d = r.decisions;
    rows.push([
      'Staff decisions (review)',
      `${rate(d.system)}; worker CPU ${ms(d.workerCpuMs.system)} ms per decision`,
      `a bare procedure, the same updates, timers and activities: ${rate(d.bare)}; bare worker CPU ${ms(d.workerCpuMs.bare)} ms per decision`,
      d.ratio.toFixed(2),
      '≥ 25/s, ≤ 25 ms of worker CPU',
      `${met(d.system.perSecond >= 25 && !d.system.failed)}; ${met(d.workerCpuMs.system <= 25)}`,
    ]);
  }
  if (r.events) {
    const e = r.events;
    rows.push([
      `Events to inbox (${e.rate}/s, ${e.seconds} s)`,
      delay(e.system),
      `kafkajs: ${delay(e.bare)}; kafkajs + a PostgreSQL write per batch: ${delay(e.bareWithDatabase)}`,
      `${e.ratio.toFixed(2)}× (p99; ${(e.system.p99 / e.bareWithDatabase.p99).toFixed(2)}× with the database)`,
      'p99 ≤ 2×',
      met(e.ratio <= 2 && !e.system.missing),
    ]);
  }
  if (r.cycle) {
    const c = r.cycle;
    rows.push([
      `Evaluation cycle (${whole(c.spaces)} spaces)`,
      `all requests open ${seconds(c.allOpenMs)} (all started ${seconds(c.allStartedMs)})${c.open < c.spaces ? `, ${whole(c.open)} open` : ''}`,
      `${whole(c.spaces)} starts ${seconds(c.bareMs)}${c.bareFailed ? `, ${c.bareFailed} failed` : ''}; the same number of bare workflows run by a bare worker to their first activity: ${seconds(c.bareWorkerMs)}; the same evaluations started directly until the worker ran each: ${seconds(c.directMs)}`,
      Number.isFinite(c.ratio)
        ? `${c.ratio.toFixed(2)}× (${c.bareWorkerRatio.toFixed(2)}× the bare worker, ${c.directRatio.toFixed(2)}× the direct starts)`
        : '-',
      '≤ 1.2× the bare worker; ≤ 2× the starts',
      `${met(c.bareWorkerRatio <= 1.2)}; ${met(c.ratio <= 2)}`,
    ]);
  }
  if (r.rules) {
    const q = r.rules;
    rows.push([
      'Rules (full Art. 5 checks, one core)',
      `median ${whole(q.median)}/s, best ${whole(q.best)}/s`,
      `baseline: the same declarations parsed from JSON and read by a plain loop, median ${whole(q.baseline)}/s`,
      `${q.ratio.toFixed(2)} checks per baseline read`,
      `≥ ${RULES_RATIO_GOAL} (200,000/s on the reference machine)`,
      met(q.ratio >= RULES_RATIO_GOAL),
    ]);
  }
  return rows;
}

export function memoryRows(r: BenchResults): string[][] {
  return (r.memory ?? []).map((m) => {
    // The worker's goal under load too: it runs in a container of 1 GiB (the Helm chart).
    const loaded = Number.isFinite(m.loadedMiB) ? met(m.loadedMiB <= 1024) : '-';
    return [
      m.name,
      `${whole(m.idleMiB)} MiB`,
      `${whole(m.loadedMiB)} MiB`,
      m.loadedDuring,
      m.name === 'worker' ? '< 200 MiB; ≤ 1 GiB under load' : '< 200 MiB',
      m.name === 'worker' ? `${met(m.idleMiB < 200)}; ${loaded}` : met(m.idleMiB < 200),
    ];
  });
}

/** A plain-text table for the terminal. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const CPU_COLUMNS = ['intake', 'review', 'evaluation', 'notification', 'worker', 'temporal', 'kafka'];
export const CPU_HEADER = ['measure', 'wall time', 'load average (start, end)', ...CPU_COLUMNS, 'bench', 'rest of the machine'];

/** CPU seconds each process used during each measure; the rest is PostgreSQL and whatever else ran on the machine. */
export function cpuRows(r: BenchResults): string[][] {
  const s = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n.toFixed(1) : '-');
  return r.cpu.map((u) => {
    const ours = CPU_COLUMNS.reduce((sum, name) => sum + (u.cpu.get(name) ?? 0), 0) + u.benchCpu;
    return [
      u.measure,
      `${u.seconds.toFixed(1)} s`,
      `${u.loadAtStart.toFixed(1)}, ${u.loadAtEnd.toFixed(1)}`,
      ...CPU_COLUMNS.map((name) => s(u.cpu.get(name))),
      s(u.benchCpu),
      s(u.machineCpu - ours),
    ];
  });
}
