import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, NoopSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export interface TracingSettings {
  /** OTEL_EXPORTER_OTLP_ENDPOINT: the collector's OTLP/HTTP base URL; spans go to `<it>/v1/traces`. */
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  /** OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: the full traces URL, when it is not `<endpoint>/v1/traces`. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;
}

export interface Tracing {
  resource: Resource;
  /** Where finished spans go: the OTLP exporter's batch, or nowhere when exporting is off. */
  spanProcessor: SpanProcessor;
  exporting: boolean;
  /** Send what is still batched and stop. */
  shutdown(): Promise<void>;
}

let current: Tracing | undefined;

/** Where spans are exported, or undefined when exporting is off. */
export function tracesUrl(settings: TracingSettings): string | undefined {
  if (settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (settings.OTEL_EXPORTER_OTLP_ENDPOINT) return `${settings.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces`;
  return undefined;
}

/**
 * The process's tracer provider, registered globally with W3C trace context propagation and an
 * async-local context, so the active span follows a request through awaits. Spans are always
 * made (log lines carry their trace ids); they leave the process only when an OTLP endpoint is
 * set. The batch's queue and delay follow OTEL_BSP_MAX_QUEUE_SIZE and OTEL_BSP_SCHEDULE_DELAY (read by
 * the SDK itself); spans beyond a full queue are dropped, never waited for. Once per process: a
 * second call returns the first provider.
 */
export function startTracing(serviceName: string, settings: TracingSettings): Tracing {
  if (current) return current;
  const url = tracesUrl(settings);
  const resource = new Resource({ 'service.name': serviceName });
  const spanProcessor = url ? new BatchSpanProcessor(new OTLPTraceExporter({ url })) : new NoopSpanProcessor();
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  current = {
    resource,
    spanProcessor,
    exporting: Boolean(url),
    shutdown: async () => {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
      current = undefined;
    },
  };
  return current;
}
