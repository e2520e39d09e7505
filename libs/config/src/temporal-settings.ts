import { z } from 'zod';
import { readSettings } from './read-settings';
import { temporalVariables } from './settings/shared';

/** Where a process reaches Temporal, and the task queue each bundle of workflows runs on. */
export interface TemporalSettings {
  /** `host:port` of the frontend. */
  address: string;
  namespace: string;
  taskQueues: { filing: string; supervision: string };
}

type TemporalVariables = z.output<z.ZodObject<typeof temporalVariables>>;

/**
 * Temporal's settings from a process's checked settings: TEMPORAL_ADDRESS, else the local stack's
 * `127.0.0.1:<TEMPORAL_PORT>`; TEMPORAL_NAMESPACE; FILING_TASK_QUEUE and SUPERVISION_TASK_QUEUE
 * (tests give each run its own queues).
 */
export function temporalSettingsOf(s: TemporalVariables): TemporalSettings {
  return {
    address: s.TEMPORAL_ADDRESS ?? `127.0.0.1:${s.TEMPORAL_PORT}`,
    namespace: s.TEMPORAL_NAMESPACE,
    taskQueues: { filing: s.FILING_TASK_QUEUE, supervision: s.SUPERVISION_TASK_QUEUE },
  };
}

/** Temporal's settings read from the environment and checked (a wrong one throws SettingsError naming it). */
export function temporalSettings(env: NodeJS.ProcessEnv = process.env): TemporalSettings {
  return temporalSettingsOf(readSettings('temporal', z.object(temporalVariables), env));
}
