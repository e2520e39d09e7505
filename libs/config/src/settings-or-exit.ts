import { checkSettings } from './check-settings';
import { SettingsError } from './read-settings';
import type { ProcessName, ProcessSettings } from './settings/processes';

/**
 * A process's settings at start; when one is wrong, the process writes one JSON log line naming
 * every wrong variable, the rule and the value found, and exits 1 before it opens anything.
 */
export function settingsOrExit<P extends ProcessName>(processName: P): ProcessSettings<P> {
  try {
    return checkSettings(processName);
  } catch (e) {
    if (!(e instanceof SettingsError)) throw e;
    process.stderr.write(
      JSON.stringify({ level: 'error', time: new Date().toISOString(), service: processName, message: e.message, problems: e.problems }) + '\n',
    );
    process.exit(1);
  }
}
