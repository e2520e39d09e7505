import type { SystemProcess } from '@makerspace/testing';
import { CLUSTER_PORTS, replicaPort, script, SERVICES, ServiceName } from './cluster-servers';
import { startClusterWorker, startReplica } from './component-process';

/**
 * The system spread out as production runs it: replicas of every service behind nginx, and
 * workers, each a process of its own on the suite's cluster-shaped servers.
 */
export class ClusterSystem {
  readonly replicas = new Map<ServiceName, SystemProcess[]>(SERVICES.map((s) => [s, []]));
  readonly workers: SystemProcess[] = [];
  private workerCount = 0;

  /** Two replicas of each service (started at the same moment, as a deployment's pods are) and two workers. */
  async start(): Promise<void> {
    await Promise.all(SERVICES.flatMap((s) => [1, 2].map(async (r) => this.replicas.get(s)!.push(await startReplica(s, r)))));
    await this.route();
    for (let i = 0; i < 2; i++) await this.addWorker();
  }

  async addWorker(): Promise<SystemProcess> {
    const worker = await startClusterWorker(++this.workerCount);
    this.workers.push(worker);
    return worker;
  }

  /** nginx in front of each service's running replicas, on the service's port. */
  async route(): Promise<void> {
    const specs = SERVICES.map((s) => {
      const ports = this.replicas
        .get(s)!
        .filter((p) => p.running)
        .map((p) => replicaPort(s, Number(p.name.split('-')[1])));
      return `${s}:${CLUSTER_PORTS.services[s]}:${ports.join(',')}`;
    });
    await script('proxy', 'start', ...specs);
  }

  /** Replace the replicas of one service: the new one started and routed before the old one is gone. */
  async restartReplica(service: ServiceName, replica: number): Promise<SystemProcess> {
    const list = this.replicas.get(service)!;
    const old = list.find((p) => p.name === `${service}-${replica}`);
    if (old) list.splice(list.indexOf(old), 1);
    const fresh = await startReplica(service, replica);
    list.push(fresh);
    return fresh;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.workers, ...[...this.replicas.values()].flat()].map((p) => p.stop()));
    await script('proxy', 'stop');
  }
}
