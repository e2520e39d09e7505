import path from 'node:path';
import { answers, SystemProcess } from '@makerspace/testing';
import { CLUSTER_HOME, replicaPort, ServiceName, systemEnv } from './cluster-servers';

/** Where the cluster suite's processes write: .stack/cluster-suite/logs/<name>-<pid>-<n>.log. */
const LOGS = path.join(CLUSTER_HOME, 'logs');

/** Replica `replica` of a service, on its replica port, on the suite's servers; ready once it answers /health/ready. */
export function startReplica(service: ServiceName, replica: number): Promise<SystemProcess> {
  const port = replicaPort(service, replica);
  const env = { ...systemEnv(), [`${service.toUpperCase()}_PORT`]: String(port) };
  return SystemProcess.start(
    { name: `${service}-${replica}`, entry: `services/${service}/src/main.ts`, env, logDir: LOGS },
    answers(`http://127.0.0.1:${port}/health/ready`),
  );
}

/** Worker `n`, polling both task queues; ready once it says so. */
export function startClusterWorker(n: number): Promise<SystemProcess> {
  const env = { ...systemEnv(), WORKER_METRICS_PORT: '0' };
  return SystemProcess.start({ name: `worker-${n}`, entry: 'workflows/src/main.ts', env, logDir: LOGS }, (p) =>
    p.output().includes('workflows worker polling'),
  );
}
