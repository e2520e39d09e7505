import { logCreator, logLevel } from 'kafkajs';
import { logLine, LogLevel } from '@makerspace/observability';

const LEVEL: Record<number, LogLevel> = { [logLevel.ERROR]: 'error', [logLevel.WARN]: 'warn', [logLevel.INFO]: 'info', [logLevel.DEBUG]: 'debug' };

/** kafkajs's own log records as the process's JSON lines, named after the client that wrote them. */
export function kafkaLog(service: string): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      // Our line has its own time; kafkajs's `timestamp` and `logger` say nothing more.
      const fields = Object.fromEntries(Object.entries(log).filter(([k]) => !['message', 'timestamp', 'logger'].includes(k)));
      const line = logLine(service, LEVEL[level] ?? 'info', log.message, { context: `kafkajs ${namespace}`.trim(), ...fields });
      (level <= logLevel.WARN ? process.stderr : process.stdout).write(line + '\n');
    };
}
