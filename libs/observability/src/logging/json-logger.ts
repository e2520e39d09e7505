import { LoggerService, LogLevel as NestLevel } from '@nestjs/common';
import { logLine, LogLevel } from './log-line';

const LEVEL_OF: Record<NestLevel, LogLevel> = { fatal: 'error', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };
const ORDER: NestLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Nest's logger as JSON lines on stdout (errors on stderr). `lowest` is the most detailed level
 * written (LOG_LEVEL); Nest's context (the class that logs) becomes the `context` field.
 */
export class JsonLogger implements LoggerService {
  private readonly enabled: Set<NestLevel>;

  constructor(
    private readonly service: string,
    lowest: NestLevel = 'log',
  ) {
    this.enabled = new Set(ORDER.slice(0, ORDER.indexOf(lowest) + 1));
  }

  log(message: unknown, ...rest: unknown[]) {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  setLogLevels(levels: NestLevel[]) {
    this.enabled.clear();
    for (const level of levels) this.enabled.add(level);
  }

  /** Nest passes the context last, and an error's stack before it. */
  private write(level: NestLevel, message: unknown, rest: unknown[]) {
    if (!this.enabled.has(level)) return;
    const args = [...rest];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    const stack = level === 'error' || level === 'fatal' ? args.find((a): a is string => typeof a === 'string') : undefined;
    const text = message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    const line = logLine(this.service, LEVEL_OF[level], text, {
      ...(context ? { context } : {}),
      ...(stack ? { stack } : message instanceof Error && message.stack ? { stack: message.stack } : {}),
    });
    (level === 'error' || level === 'fatal' ? process.stderr : process.stdout).write(line + '\n');
  }
}
