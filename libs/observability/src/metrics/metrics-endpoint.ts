import { metricsRegistry } from './registry';

interface MetricsResponse {
  setHeader(name: string, value: string): void;
  status(code: number): MetricsResponse;
  end(body: string): void;
}

/** `GET /metrics`: the registry in Prometheus' text format. */
export function metricsEndpoint(extra: () => Promise<string> = async () => '') {
  return (_req: unknown, res: MetricsResponse) => {
    void scrape(extra).then(
      (body) => {
        res.setHeader('Content-Type', metricsRegistry.contentType);
        res.status(200).end(body);
      },
      (e: unknown) => {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.status(500).end(`# metrics could not be collected: ${String(e)}\n`);
      },
    );
  };
}

/** The registry's metrics followed by any other source's (the Temporal runtime's, on the worker). */
export async function scrape(extra: () => Promise<string> = async () => ''): Promise<string> {
  const own = await metricsRegistry.metrics();
  const more = await extra();
  return more ? `${own}\n${more}` : own;
}
