import { answers, freePort, SystemProcess } from '@makerspace/testing';
import { systemEnv } from './fault-servers';
import { FAULT_LOGS } from './worker-process';

/** A service run as a process of its own (its `main.ts`, from its sources), so a scenario can kill it. */
export interface ServiceProcess {
  process: SystemProcess;
  url: string;
}

/** Starts `service` on a free port and waits until it answers ready (database, Kafka, Temporal). */
export async function startServiceProcess(service: 'intake' | 'review' | 'evaluation', env: Record<string, string> = {}): Promise<ServiceProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const process = await SystemProcess.start(
    {
      name: service,
      entry: `services/${service}/src/main.ts`,
      env: { ...systemEnv(), [`${service.toUpperCase()}_PORT`]: String(port), ...env },
      logDir: FAULT_LOGS,
    },
    answers(`${url}/health/ready`),
    90_000,
  );
  return { process, url };
}
