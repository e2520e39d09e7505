import { readSettings } from './read-settings';
import { PROCESS_SETTINGS, ProcessName, ProcessSettings } from './settings/processes';

/** Validate every setting a process reads before it starts; throws SettingsError naming each wrong variable. */
export function checkSettings<P extends ProcessName>(processName: P, env: NodeJS.ProcessEnv = process.env): ProcessSettings<P> {
  return readSettings(processName, PROCESS_SETTINGS[processName], env) as ProcessSettings<P>;
}
