import { freePort } from '../../test/support/source-process';
import { FROM_SOURCE, SystemProcess } from './worker-process';

/** A service run as a process of its own (its `main.ts`, from its sources), so a scenario can kill it. */
export interface ServiceProcess {
  process: SystemProcess;
  url: string;
}

/** Starts `service` on a free port and waits until it answers ready (database, Kafka, Temporal). */
export async function startServiceProcess(service: 'intake' | 'review' | 'evaluation', env: Record<string, string> = {}): Promise<ServiceProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const ready = async () => (await fetch(`${url}/health/ready`).catch(() => undefined))?.ok === true;
  const process = await SystemProcess.start(service, FROM_SOURCE, `services/${service}/src/main.ts`, { [`${service.toUpperCase()}_PORT`]: String(port), ...env }, ready);
  return { process, url };
}
