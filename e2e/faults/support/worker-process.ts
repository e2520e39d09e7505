import path from 'node:path';
import { SystemProcess } from '@makerspace/testing';
import { FAULTS_HOME, systemEnv } from './fault-servers';

/** Where the fault suite's processes write: .stack/faults/logs/<name>-<pid>-<n>.log. */
export const FAULT_LOGS = path.join(FAULTS_HOME, 'logs');

/** The workflow worker as a process of its own, on the suite's servers and the bundle global-setup.ts built. */
export type WorkerProcess = SystemProcess;
export const WorkerProcess = {
  start: (env: Record<string, string> = {}): Promise<WorkerProcess> =>
    SystemProcess.start({ name: 'worker', entry: 'workflows/src/main.ts', runner: 'tsx', env: { ...systemEnv(), ...env }, logDir: FAULT_LOGS }, (p) =>
      p.output().includes('workflows worker polling'),
    ),
};
