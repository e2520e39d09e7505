import { checkSettings, temporalSettingsOf } from '@makerspace/config';
import { collectProcessMetrics, drainHttp, logLine, onTermination, startTracing } from '@makerspace/observability';
import { metricsListenerPort, startMetricsListener } from './telemetry/metrics-listener';
import { installRuntimeTelemetry, runtimeMetrics } from './telemetry/runtime-telemetry';
import { startWorker } from './worker';

const SERVICE = 'workflows-worker';
const log = (level: 'info' | 'error', message: string, fields?: Record<string, unknown>) =>
  (level === 'error' ? process.stderr : process.stdout).write(logLine(SERVICE, level, message, fields) + '\n');

async function main() {
  const settings = checkSettings('worker');
  const runtimeMetricsPort = await installRuntimeTelemetry(SERVICE, settings);
  const tracing = startTracing(SERVICE, settings);
  collectProcessMetrics();
  const running = await startWorker();
  // A taken metrics port is logged, not fatal: the worker's work is polling.
  const metrics = settings.WORKER_METRICS_PORT
    ? await startMetricsListener(settings.HOST, settings.WORKER_METRICS_PORT, () => runtimeMetrics(runtimeMetricsPort)).catch((e: unknown) => {
        log('error', `metrics are not served: ${String(e)}`);
        return undefined;
      })
    : undefined;
  log(
    'info',
    `workflows worker polling (Temporal ${temporalSettingsOf(settings).address})${metrics ? `, metrics on http://${settings.HOST}:${metricsListenerPort(metrics)}/metrics` : ''}`,
  );
  // SIGTERM: stop polling, let the activities in hand finish, then close the connections.
  onTermination(
    async () => {
      await running.shutdown();
      if (metrics) await drainHttp(metrics, 1_000);
      await tracing.shutdown();
    },
    (message, error) => log(error ? 'error' : 'info', error ? `${message}: ${String(error)}` : message),
  );
  await running.run;
}

main().catch((e) => {
  log('error', `the worker stopped: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
