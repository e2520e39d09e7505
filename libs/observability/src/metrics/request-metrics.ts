import { ObservedRequest, ObservedResponse, routeOf } from '../http-route';
import { histogram } from './registry';

const requestDuration = () =>
  histogram({
    name: 'http_server_request_duration_seconds',
    help: 'HTTP requests answered, by service, method, route pattern and status; the _count series is the request rate.',
    labelNames: ['service', 'method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });

/** Express middleware: times each request and counts it by route pattern and status. */
export function requestMetrics(serviceName: string) {
  const duration = requestDuration();
  return (req: ObservedRequest, res: ObservedResponse, next: () => void) => {
    const stop = duration.startTimer();
    res.once('finish', () => stop({ service: serviceName, method: req.method, route: routeOf(req), status: String(res.statusCode) }));
    next();
  };
}
