import net from 'node:net';
import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';
import { logLine } from '@makerspace/observability';

const LEVEL: Record<string, LogLevel> = { error: 'ERROR', warn: 'WARN', log: 'INFO', debug: 'DEBUG', verbose: 'TRACE' };

/**
 * The Temporal SDK's runtime, installed once before the worker connects: its log records (the
 * worker's, the workflows' and the activities', with their trace ids) as JSON lines, and its
 * metrics (workflow and activity task latencies, polls, slots, sticky cache) in Prometheus' format
 * on a loopback port, which the worker's /metrics includes. Returns that port (0: metrics off).
 */
export async function installRuntimeTelemetry(service: string, settings: { LOG_LEVEL: string; TEMPORAL_METRICS_PORT?: number }): Promise<number> {
  const logger = new DefaultLogger(LEVEL[settings.LOG_LEVEL] ?? 'INFO', (entry) => {
    const line = logLine(service, entry.level.toLowerCase() as 'info', entry.message, entry.meta ?? {});
    (entry.level === 'ERROR' || entry.level === 'WARN' ? process.stderr : process.stdout).write(line + '\n');
  });
  const port = settings.TEMPORAL_METRICS_PORT ?? (await freeLoopbackPort());
  Runtime.install({ logger, telemetryOptions: port ? { metrics: { prometheus: { bindAddress: `127.0.0.1:${port}` } } } : {} });
  return port;
}

/** The runtime's metrics text, to be served with the process's own. */
export async function runtimeMetrics(metricsPort: number): Promise<string> {
  if (!metricsPort) return '';
  const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
  if (!response.ok) throw new Error(`the Temporal runtime's metrics answered ${response.status}`);
  return response.text();
}

/** The runtime's exporter is only read through the worker's /metrics, so any free port serves. */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
