import type { CycleComparison } from '../measure/evaluation-cycle';
import type { LatencyComparison } from '../measure/events-to-inbox';
import type { RulesFigure } from '../measure/rules';
import type { BenchSettings } from '../settings';
import type { ThroughputComparison } from '../support/comparison';
import type { ProcessName } from '../system/system-processes';
import type { PhaseUse } from '../system/process-watch';
import type { Machine } from './machine';

export interface ProcessMemory {
  name: ProcessName;
  idleMiB: number;
  /** The highest sample while the measure that loads this process ran. */
  loadedMiB: number;
  loadedDuring: string;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  settings: BenchSettings;
  temporal: string;
  wallSeconds?: number;
  rules?: RulesFigure;
  submit?: ThroughputComparison;
  decisions?: ThroughputComparison;
  events?: LatencyComparison;
  cycle?: CycleComparison;
  memory?: ProcessMemory[];
  /** Where each measure's CPU time went. */
  cpu: (PhaseUse & { measure: string })[];
  /** Measures that could not finish, with why. */
  failures: string[];
}
