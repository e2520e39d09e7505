import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';
import { logLine } from '@makerspace/observability';

const LEVEL: Record<string, LogLevel> = { error: 'ERROR', warn: 'WARN', log: 'INFO', debug: 'DEBUG', verbose: 'TRACE' };

/**
 * The Temporal SDK's runtime, installed once before the worker connects: its log records (the
 * worker's, the workflows' and the activities', with their trace ids) as JSON lines, and its
 * metrics (workflow and activity task latencies, polls, slots, sticky cache) served in
 * Prometheus' format on loopback `metricsPort`, which the worker's /metrics includes.
 */
export function installRuntimeTelemetry(service: string, settings: { LOG_LEVEL: string; TEMPORAL_METRICS_PORT: number }): void {
  const logger = new DefaultLogger(LEVEL[settings.LOG_LEVEL] ?? 'INFO', (entry) => {
    const line = logLine(service, entry.level === 'WARN' ? 'warn' : (entry.level.toLowerCase() as 'info'), entry.message, entry.meta ?? {});
    (entry.level === 'ERROR' || entry.level === 'WARN' ? process.stderr : process.stdout).write(line + '\n');
  });
  Runtime.install({
    logger,
    telemetryOptions: settings.TEMPORAL_METRICS_PORT ? { metrics: { prometheus: { bindAddress: `127.0.0.1:${settings.TEMPORAL_METRICS_PORT}` } } } : {},
  });
}

/** The runtime's metrics text, to be served with the process's own. */
export async function runtimeMetrics(metricsPort: number): Promise<string> {
  if (!metricsPort) return '';
  const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
  if (!response.ok) throw new Error(`the Temporal runtime's metrics answered ${response.status}`);
  return response.text();
}
