import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { todayInShanghai } from '@makerspace/policy';
import { sampleFiling } from '@makerspace/testing';
import type { BenchSettings } from '../settings';
import type { CallsRun } from '../support/bounded-calls';
import { Throughput, throughput } from '../support/comparison';
import { DIVISION, DISTRICT_OFFICER, RECOMMENDATION } from '../support/filing-inputs';
import { httpLoad } from '../support/http-load';
import { LOAD_MAX_MS } from '../support/run-context';
import { FlowablePeer, PEER_JVM_OPTIONS, PEER_VERSIONS, startFlowablePeer } from '../system/flowable-peer';
import { ProcessWatch } from '../system/process-watch';
import { BENCH_HOME } from '../system/system-processes';

/** The peer's figures from one run, measured as the system's submit and decision measures are. */
export interface PeerFigures {
  versions: string;
  settings: string;
  /** Procedures started over HTTP, the Art. 5 check done in the peer. */
  starts: Throughput;
  /** Staff task completions over HTTP: the task found, the decision checked, claim + complete with variables. */
  decisions: Throughput;
  idleMiB: number;
  /** The highest resident memory sampled during the two loads. */
  loadedMiB: number;
  /** CPU seconds the JVM used during each load, and the whole machine. */
  cpu: { starts: number; decisions: number; machineStarts: number; machineDecisions: number };
}

const PEER_SETTINGS =
  `JVM ${PEER_JVM_OPTIONS.join(' ')}; a Hikari pool of 10 connections (as each of the system's services); ` +
  'the async executor on (flowable.async-executor-activate); history level audit (the default); ' +
  'its own database flowable_bench on the same PostgreSQL; no sign-in in front of it';

/** What a submission carries to the peer: the applicant, the space and the whole declaration (intake keeps these in its draft). */
function aSubmission(today: string) {
  const sample = sampleFiling(today, DIVISION);
  return {
    applicationId: randomUUID(),
    applicantUserId: `bench-applicant-${randomUUID().slice(0, 8)}`,
    spaceName: sample.application.spaceName,
    organisation: sample.organisation,
    venue: { divisionCode: DIVISION },
    figures: sample.application.figures,
  };
}

async function openDistrictTasks(peer: FlowablePeer, count: number): Promise<string[]> {
  const res = await fetch(`${peer.url}/process-api/runtime/tasks?taskDefinitionKey=districtReview&sort=createTime&order=asc&size=${count}`);
  const body = (await res.json()) as { data: { id: string }[] };
  if (body.data.length < count) throw new Error(`the peer has ${body.data.length} open district reviews, ${count} needed`);
  return body.data.map((t) => t.id);
}

/**
 * The same filing procedure on Flowable (bench/peer/flowable), on the same machine and PostgreSQL,
 * with the same load generator, counts and concurrency as the system's submit and decision
 * measures: procedures started per second, staff task completions per second, resident memory.
 */
export async function measureFlowablePeer(settings: BenchSettings, log: (m: string) => void): Promise<PeerFigures> {
  const { submits, decisions, concurrency } = settings;
  const logs = path.join(BENCH_HOME, 'logs');
  mkdirSync(logs, { recursive: true });
  log('flowable peer: starting it from its jar on a fresh database flowable_bench');
  const peer = await startFlowablePeer({ database: 'flowable_bench', log: path.join(logs, 'flowable-peer.log') });
  try {
    const watch = new ProcessWatch(new Map([['flowable', peer.pid]]));
    log('flowable peer: deployed; resident memory at rest after 60 s');
    const idle = await watch.idle(60_000);
    watch.start();

    const today = todayInShanghai(new Date());
    const start = (count: number): Promise<CallsRun> => {
      const bodies = Array.from({ length: count }, () => aSubmission(today));
      return httpLoad(peer.url, {
        count,
        connections: concurrency,
        maxMs: LOAD_MAX_MS,
        expect: 201,
        request: (i) => ({ method: 'POST', path: '/filings', headers: {}, body: bodies[i] }),
      });
    };
    const decide = (taskIds: string[]): Promise<CallsRun> =>
      httpLoad(peer.url, {
        count: taskIds.length,
        connections: concurrency,
        maxMs: LOAD_MAX_MS,
        expect: 200,
        request: (i) => ({
          method: 'POST',
          path: `/tasks/${taskIds[i]}/decision`,
          headers: {},
          body: { actor: DISTRICT_OFFICER, outcome: 'RECOMMEND', recommendation: RECOMMENDATION },
        }),
      });
    const race = <T>(p: Promise<T>) => Promise.race([p, peer.died]);

    const warmUp = Math.min(100, Math.ceil(submits / 10));
    log(`flowable peer: warming up (${warmUp} starts), then ${submits} starts, ${concurrency} in flight`);
    await race(start(warmUp));
    watch.enter('peer-starts');
    const started = await race(start(submits));
    watch.leave();

    const decisionWarmUp = Math.min(100, Math.ceil(decisions / 10));
    const tasks = await openDistrictTasks(peer, decisionWarmUp + decisions);
    log(`flowable peer: warming up (${decisionWarmUp} decisions), then ${decisions} decisions, ${concurrency} in flight`);
    await race(decide(tasks.slice(0, decisionWarmUp)));
    watch.enter('peer-decisions');
    const decided = await race(decide(tasks.slice(decisionWarmUp)));
    watch.stop();

    const s = watch.use('peer-starts')!;
    const d = watch.use('peer-decisions')!;
    return {
      versions: PEER_VERSIONS,
      settings: PEER_SETTINGS,
      starts: throughput(started),
      decisions: throughput(decided),
      idleMiB: idle.get('flowable')!,
      loadedMiB: Math.max(s.peakMiB.get('flowable') ?? NaN, d.peakMiB.get('flowable') ?? NaN),
      cpu: { starts: s.cpu.get('flowable')!, decisions: d.cpu.get('flowable')!, machineStarts: s.machineCpu, machineDecisions: d.machineCpu },
    };
  } finally {
    await peer.stop();
  }
}
