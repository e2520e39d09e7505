import { Context, context, propagation, ROOT_CONTEXT } from '@opentelemetry/api';
import type { IHeaders } from 'kafkajs';

/**
 * W3C trace context (`traceparent`, `tracestate`) in Kafka message headers, so the handling of
 * an event belongs to the trace of whatever published it.
 */
export function traceHeaders(ctx: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

/** The trace context a message was published in; the root context when it carries none. */
export function publishedContext(headers: IHeaders | undefined): Context {
  const carrier: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) carrier[name] = first.toString();
  }
  return propagation.extract(ROOT_CONTEXT, carrier);
}
