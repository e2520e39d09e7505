import http from 'node:http';
import { drainHttp } from './drain-http';

function listen(handler: http.RequestListener): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })),
  );
}

describe('draining HTTP at shutdown', () => {
  it('lets a request in flight finish and takes no new connection', async () => {
    const { server, url } = await listen((_req, res) => setTimeout(() => res.end('done'), 300));
    const inFlight = fetch(`${url}/slow`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 50));

    const drained = drainHttp(server, 5_000);

    expect(await inFlight).toBe('done');
    await drained;
    await expect(fetch(`${url}/after`)).rejects.toThrow();
  });

  it('cuts what is still open after the grace period, so a stop cannot hang', async () => {
    const { server, url } = await listen(() => undefined);
    const hanging = fetch(`${url}/never`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));

    const started = Date.now();
    await drainHttp(server, 200);

    expect(Date.now() - started).toBeLessThan(2_000);
    expect(String(await hanging)).toMatch(/fetch failed/);
  });
});
