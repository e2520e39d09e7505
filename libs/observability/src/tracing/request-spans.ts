import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { ObservedRequest, ObservedResponse, routeOf } from '../http-route';

/**
 * Express middleware: each request runs inside a server span, the child of the caller's span
 * when the request carries W3C trace context (`traceparent`), so what the handler does (a
 * workflow start, an update, a log line) belongs to the same trace. The answer names the trace in
 * a `traceresponse` header (W3C Trace Context level 2), so a caller can look its request up.
 */
export function requestSpans(serviceName: string) {
  const tracer = trace.getTracer(serviceName);
  return (req: ObservedRequest, res: ObservedResponse, next: () => void) => {
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(req.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } }, parent);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      const route = routeOf(req);
      span.updateName(`${req.method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': res.statusCode });
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    const { traceId, spanId, traceFlags } = span.spanContext();
    res.setHeader('traceresponse', `00-${traceId}-${spanId}-0${traceFlags}`);
    res.once('finish', end);
    res.once('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}
