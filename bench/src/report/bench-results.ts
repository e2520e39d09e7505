import type { CycleComparison } from '../measure/evaluation-cycle';
import type { LeanWorkerFigures } from '../measure/lean-worker';
import type { DecisionComparison } from '../measure/staff-decisions';
import type { PeerFigures } from '../measure/flowable-peer';
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
  decisions?: DecisionComparison;
  worker?: LeanWorkerFigures;
  events?: LatencyComparison;
  cycle?: CycleComparison;
  memory?: ProcessMemory[];
  /**
   * Resident memory of the processes a filing procedure's starts and decisions go through (intake,
   * review, the worker and the bench's Temporal server), added up: at rest, and the sum of each
   * one's peak during the submit and decision measures. Compared with the Flowable peer's JVM.
   */
  filingPath?: { processes: string[]; idleMiB: number; loadedMiB: number };
  /** The same procedure on Flowable, measured in the same run. */
  peer?: PeerFigures;
  /** Where each measure's CPU time went, with the machine's 1-minute load average as it started and ended. */
  cpu: (PhaseUse & { measure: string; loadAtStart: number; loadAtEnd: number })[];
  /** Measures that could not finish, with why. */
  failures: string[];
}
