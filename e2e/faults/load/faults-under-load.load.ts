import fs from 'node:fs';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { temporalSettings } from '@makerspace/config';
import { BootedService, waitFor } from '@makerspace/testing';
import { runOps } from '@makerspace/ops/testing';
import { applicants } from '../support/applicants';
import { consumersCaughtUp } from '../support/consumers-caught-up';
import { emptyDatabases } from '../support/empty-servers';
import { FaultServer, FAULTS_HOME, migrateDatabases, startServer, stopServer } from '../support/fault-servers';
import { bootServices, closeServices } from '../support/fault-system';
import { WorkerProcess } from '../support/worker-process';
import { fileSpaces, openCycle } from './cycle-over-spaces';
import { decideThroughFaults, LoadDecision, Submitted, submitThroughFaults } from './load-applicants';
import { applicationsAstray, countLoad, evaluationsRecorded, LoadCounts, query } from './load-counts';

const APPLICATIONS = Number(process.env.FAULTS_LOAD_APPLICATIONS ?? 300);
const SPACES = Number(process.env.FAULTS_LOAD_SPACES ?? 2000);
/** Submissions start this far apart, so that the load lasts through the four faults. */
const PACE_MS = Number(process.env.FAULTS_LOAD_PACE_MS ?? 2_000);
const SETTLE_MS = 900_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Recovery {
  fault: string;
  downForMs: number;
  /** From the end of the fault until an application submitted then had its notice in the inbox. */
  probeNoticedInMs: number;
}

/**
 * Faults under load (docs/faults.md, "Under load"): while 300 applications are submitted and
 * decided through the services and a cycle over 2,000 spaces is opened, the worker is killed,
 * Temporal restarted, Kafka stopped for 30 s and PostgreSQL for 10 s, one after the other. Then
 * everything is counted: procedures in their expected state, events published and consumed once,
 * notices and e-mails per applicant, audit chains. `npm run faults:load`; not part of `npm test`.
 */
describe('faults under load', () => {
  let people: Awaited<ReturnType<typeof applicants>>;
  let probes: typeof people;
  let services: Record<'intake' | 'review' | 'evaluation' | 'notification', BootedService>;
  let worker: WorkerProcess;
  let connection: Connection;
  let temporal: Client;

  const startWorker = () => WorkerProcess.start({ EVALUATION_URL: services.evaluation.url });

  /** An application submitted as a fault ends: how long until its applicant has the notice. */
  async function probe(applicant: (typeof probes)[number], submitted: Submitted[]): Promise<number> {
    const from = Date.now();
    submitted.push(await submitThroughFaults(services.intake.url, applicant, 'NONE'));
    await waitFor(
      `the notice of ${applicant.id}`,
      async () => (await query('notification', 'SELECT 1 FROM "InboxItem" WHERE recipient = $1', [applicant.id])).length > 0,
      600_000,
      200,
    );
    return Date.now() - from;
  }

  async function outage(server: FaultServer, forMs: number): Promise<number> {
    const stoppedAt = Date.now();
    await stopServer(server);
    await sleep(stoppedAt + forMs - Date.now());
    await startServer(server);
    return Date.now() - stoppedAt;
  }

  beforeAll(async () => {
    // Empty records, so that every count below is this run's.
    await emptyDatabases();
    await migrateDatabases();
    // Each applicant an account in the directory the notification service reads its addresses from.
    people = await applicants(APPLICATIONS);
    probes = await applicants(4);
    services = await bootServices(['intake', 'review', 'evaluation', 'notification']);
    worker = await startWorker();
    connection = await Connection.connect({ address: temporalSettings().address });
    temporal = new Client({ connection });
    await fileSpaces(SPACES);
  }, 600_000);

  afterAll(async () => {
    await closeServices(services);
    await worker?.stop();
    await connection?.close();
  });

  it('loses no procedure, event or notice, and counts them', async () => {
    const started = Date.now();
    const submitted: Submitted[] = [];
    const journeys = people.map(async (person, i) => {
      await sleep(i * PACE_MS);
      const decision: LoadDecision = i % 2 === 0 ? 'RECOMMEND' : 'REJECT';
      const s = await submitThroughFaults(services.intake.url, person, decision);
      submitted.push(s);
      await decideThroughFaults(services.review.url, s);
    });

    await sleep(15_000);
    const cycle = await openCycle(temporal);
    const recoveries: Recovery[] = [];
    await sleep(15_000);

    const killedAt = Date.now();
    await worker.kill();
    worker = await startWorker();
    const workerDown = Date.now() - killedAt;
    recoveries.push({ fault: 'the worker killed (SIGKILL), a new one started', downForMs: workerDown, probeNoticedInMs: await probe(probes[0], submitted) });

    await sleep(10_000);
    recoveries.push({ fault: 'Temporal restarted', downForMs: await outage('temporal', 0), probeNoticedInMs: await probe(probes[1], submitted) });
    await sleep(10_000);
    recoveries.push({ fault: 'Kafka stopped for 30 s', downForMs: await outage('kafka', 30_000), probeNoticedInMs: await probe(probes[2], submitted) });
    await sleep(10_000);
    recoveries.push({ fault: 'PostgreSQL stopped for 10 s', downForMs: await outage('postgres', 10_000), probeNoticedInMs: await probe(probes[3], submitted) });
    const faultsOverAt = Date.now();

    await Promise.all(journeys);
    const loadDone = Date.now();
    await temporal.workflow.getHandle(cycle.workflowId).result();
    await waitFor('every application where it must be', async () => (await applicationsAstray(temporal, submitted)).length === 0, SETTLE_MS, 2_000);
    await waitFor(`${SPACES} evaluations asked for their reports`, async () => (await evaluationsRecorded(cycle.year)) >= SPACES, SETTLE_MS, 2_000);
    await waitFor('every service to handle every event', () => consumersCaughtUp(['intake', 'review', 'evaluation', 'notification']), SETTLE_MS, 1_000);
    // A mail whose SENT mark was lost with PostgreSQL stays SENDING by design (at most once): the sink's count tells.
    await waitFor(
      'every e-mail sent',
      async () => (await query('notification', `SELECT 1 FROM "EmailOutbox" WHERE status = 'PENDING'`)).length === 0,
      SETTLE_MS,
      1_000,
    );
    const settledAt = Date.now();

    const counts = await countLoad(temporal, submitted, SPACES, cycle.year, 'COMPLETED');
    const audit = await auditVerify();
    report({ counts, recoveries, audit, timing: { loadMs: loadDone - started, faultsMs: faultsOverAt - started, settledMs: settledAt - started } });

    expect(counts.procedures).toMatchObject({
      filingsStarted: submitted.length,
      filingsAstray: 0,
      spaceEvaluationsRunning: SPACES,
      evaluationsRecorded: SPACES,
    });
    expect(counts.events).toMatchObject({ deadLetters: 0, notificationConsumed: counts.events.published, reviewConsumed: counts.events.reviewTaskEvents });
    expect(counts.notices).toMatchObject({ inInbox: counts.notices.expected, applicantsAstray: 0, duplicates: 0, emailsSent: counts.notices.emailsExpected });
    expect(audit.code).toBe(0);
    expect(counts.audit.decisionsAudited).toBe(counts.audit.decisions);
  });
});

async function auditVerify(): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await runOps(['audit-verify'], { env: process.env, out: (l) => out.push(l), err: (l) => out.push(l), writeFile: () => undefined });
  return { code, out };
}

/** Print the figures and keep them in .stack/faults/load-figures.json for docs/faults.md. */
function report(run: { counts: LoadCounts; recoveries: Recovery[]; audit: { out: string[] }; timing: Record<string, number> }): void {
  const lines = [
    `[faults:load] ${run.counts.procedures.filingsSubmitted} applications (4 of them probes) and a cycle over ${run.counts.procedures.spaces} spaces`,
    ...run.recoveries.map((r) => `  ${r.fault}: down ${seconds(r.downForMs)}, an application submitted then noticed ${seconds(r.probeNoticedInMs)} after`),
    `  load ${seconds(run.timing.loadMs)}, faults over after ${seconds(run.timing.faultsMs)}, everything settled after ${seconds(run.timing.settledMs)}`,
    `  procedures: ${JSON.stringify(run.counts.procedures)}`,
    `  events: ${JSON.stringify(run.counts.events)}`,
    `  notices: ${JSON.stringify(run.counts.notices)}`,
    `  audit entries: ${JSON.stringify(run.counts.audit)}; ${run.audit.out.join('; ')}`,
  ];
  console.log(lines.join('\n'));
  fs.writeFileSync(path.join(FAULTS_HOME, 'load-figures.json'), `${JSON.stringify({ at: new Date().toISOString(), ...run }, null, 2)}\n`);
}
