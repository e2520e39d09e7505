import http from 'node:http';
import { scrape } from '@makerspace/observability';

/**
 * The worker's small HTTP listener: `GET /metrics` (the process's metrics and the Temporal
 * runtime's) and `GET /health/live`; anything else is 404.
 */
export async function startMetricsListener(host: string, port: number, extra: () => Promise<string>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/metrics') {
      scrape(extra).then(
        (body) => res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' }).end(body),
        (e: unknown) => res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`# metrics could not be collected: ${String(e)}\n`),
      );
    } else if (req.method === 'GET' && req.url === '/health/live') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
    } else {
      res
        .writeHead(404, { 'Content-Type': 'application/json' })
        .end('{"code":"not_found","message":"the worker answers GET /metrics and GET /health/live only"}');
    }
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return server;
}

export function metricsListenerPort(server: http.Server): number {
  return (server.address() as { port: number }).port;
}
