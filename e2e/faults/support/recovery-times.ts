import fs from 'node:fs';
import path from 'node:path';
import { FAULTS_HOME } from './fault-servers';

export interface Recovery {
  /** How long the fault lasted (the server down, the worker dead). */
  downForMs: number;
  /** From the end of the fault until the system did its work again. */
  recoveredInMs: number;
  /** How long a request that needed the missing server took to be answered 503, where a scenario asks. */
  refusedInMs?: number;
}

/**
 * Keeps a scenario's measured times in .stack/faults/recovery.jsonl and prints them, for the
 * fault matrix in docs/faults.md.
 */
export function recordRecovery(fault: string, recovery: Recovery): void {
  const line = { fault, ...recovery, at: new Date().toISOString() };
  fs.appendFileSync(path.join(FAULTS_HOME, 'recovery.jsonl'), `${JSON.stringify(line)}\n`);
  const refused = recovery.refusedInMs === undefined ? '' : `, refused in ${(recovery.refusedInMs / 1000).toFixed(1)} s`;
  console.log(`[faults] ${fault}: down ${(recovery.downForMs / 1000).toFixed(1)} s, recovered ${(recovery.recoveredInMs / 1000).toFixed(1)} s after${refused}`);
}
