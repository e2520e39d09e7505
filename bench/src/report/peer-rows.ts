import type { Throughput } from '../support/comparison';
import type { BenchResults } from './bench-results';
import { met, rate, whole } from './figure-rows';

export const PEER_HEADER = ['measure', 'ours', 'Flowable', 'ours / Flowable', 'goal', 'met'];

const ratio = (ours: number, peer: number) => (Number.isFinite(ours) && Number.isFinite(peer) && peer > 0 ? ours / peer : NaN);
const shown = (r: number) => (Number.isFinite(r) ? r.toFixed(2) : '-');
const mib = (n: number) => `${whole(n)} MiB`;

/**
 * The system against the same procedure on Flowable, one row per measure: starts and decisions
 * (higher is better, goal ours ≥ 1.0 of Flowable's) and resident memory (lower is better).
 */
export function peerRows(r: BenchResults): string[][] {
  const peer = r.peer;
  if (!peer) return [];
  const faster = (what: string, ours: Throughput | undefined, theirs: Throughput) => {
    const q = ratio(ours?.perSecond ?? NaN, theirs.perSecond);
    return [what, ours ? rate(ours) : 'not measured', rate(theirs), shown(q), '≥ 1.0', Number.isFinite(q) ? met(q >= 1 && !ours?.failed) : '-'];
  };
  const smaller = (what: string, ours: number | undefined, theirs: number) => {
    const q = ratio(ours ?? NaN, theirs);
    const path = r.filingPath ? ` (${r.filingPath.processes.join(' + ')})` : '';
    return [
      what,
      ours === undefined ? 'not measured' : `${mib(ours)}${path}`,
      `${mib(theirs)} (the JVM)`,
      shown(q),
      '< 1.0',
      Number.isFinite(q) ? met(q < 1) : '-',
    ];
  };
  return [
    faster('Procedures started per second over HTTP (the Art. 5 check in each)', r.submit?.system, peer.starts),
    faster('Staff task completions per second (task checked, claim + complete with variables)', r.decisions?.system, peer.decisions),
    smaller('Resident memory at rest', r.filingPath?.idleMiB, peer.idleMiB),
    smaller('Resident memory under load (peak)', r.filingPath?.loadedMiB, peer.loadedMiB),
  ];
}
