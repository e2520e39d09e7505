import { trace } from '@opentelemetry/api';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * One log record as one JSON line: level, time, service, message, and the trace and span ids of
 * the work it belongs to when there is one, so a log line leads to its trace and back.
 */
export function logLine(service: string, level: LogLevel, message: string, fields: Record<string, unknown> = {}): string {
  const span = trace.getActiveSpan()?.spanContext();
  return JSON.stringify({
    level,
    time: new Date().toISOString(),
    service,
    message,
    ...(span ? { trace_id: span.traceId, span_id: span.spanId } : {}),
    ...fields,
  });
}
