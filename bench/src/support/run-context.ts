import type { BenchSettings } from '../settings';
import type { BenchDatabases } from '../system/bench-databases';
import type { BenchNamespace } from '../system/bench-namespace';
import type { BenchStack } from '../system/bench-stack';
import type { SystemProcesses } from '../system/system-processes';

/** What a measure works with: the run's names and servers, its Temporal client, the running system, its databases. */
export interface RunContext {
  settings: BenchSettings;
  stack: BenchStack;
  temporal: BenchNamespace;
  system: SystemProcesses;
  databases: BenchDatabases;
  log(message: string): void;
}

/** Bounds in time: no single load of a measure runs longer than this. */
export const LOAD_MAX_MS = 300_000;
