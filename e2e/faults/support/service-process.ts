import { createServer } from 'node:net';
import { SystemProcess } from './worker-process';

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A service run as a process of its own (its `main.ts`, as `npm start` runs it), so a scenario can kill it. */
export interface ServiceProcess {
  process: SystemProcess;
  url: string;
}

/** Starts `service` on a free port and waits until it answers ready (database, Kafka, Temporal). */
export async function startServiceProcess(service: 'intake' | 'review' | 'evaluation', env: Record<string, string> = {}): Promise<ServiceProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const ready = async () => (await fetch(`${url}/health/ready`).catch(() => undefined))?.ok === true;
  const process = await SystemProcess.start(service, `services/${service}/src/main.ts`, { [`${service.toUpperCase()}_PORT`]: String(port), ...env }, ready);
  return { process, url };
}
