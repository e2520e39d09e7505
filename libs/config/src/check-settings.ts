import { readSettings } from './read-settings';
import { PROCESS_SETTINGS, ProcessName, ProcessSettings, ServiceName } from './settings/processes';

/** Validate every setting a process reads before it starts; throws SettingsError naming each wrong variable. */
export function checkSettings<P extends ProcessName>(processName: P, env: NodeJS.ProcessEnv = process.env): ProcessSettings<P> {
  return readSettings(processName, PROCESS_SETTINGS[processName], env) as ProcessSettings<P>;
}

/** The HTTP port a service listens on (`<SERVICE>_PORT`). */
export function servicePortOf(service: ServiceName, settings: ProcessSettings<ServiceName>): number {
  return (settings as Record<string, unknown>)[`${service.toUpperCase()}_PORT`] as number;
}

/** The Kafka consumer group a service reads its topics in (`<SERVICE>_GROUP_ID`; the service's name unless set). */
export function consumerGroupOf(service: ServiceName, env?: NodeJS.ProcessEnv): string {
  return (checkSettings(service, env) as Record<string, unknown>)[`${service.toUpperCase()}_GROUP_ID`] as string;
}
