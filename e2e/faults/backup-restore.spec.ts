import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client as PgClient } from 'pg';
import { Client, Connection } from '@temporalio/client';
import { evaluationCycleWorkflowId, filingState, FilingState, filingWorkflowId } from '@makerspace/contracts';
import { connectionSettings } from '@makerspace/database';
import { temporalSettings } from '@makerspace/config';
import { As, BootedService, httpClient, sharedBinaries, waitFor } from '@makerspace/testing';
import { type Io, runOps } from '@makerspace/ops/testing';
import { applicants, submitApplication } from './support/applicants';
import { consumersCaughtUp } from './support/consumers-caught-up';
import { emptyServers } from './support/empty-servers';
import { FAULT_PORTS, FAULTS_HOME, markDatabasesMigrated, REPO_ROOT, SERVICES } from './support/fault-servers';
import { bootServices, closeServices, ServiceName } from './support/fault-system';
import { mailsTo } from './support/mail-sink';
import { WorkerProcess } from './support/worker-process';

const districtOfficer: As = { id: 'officer-tiedong', role: 'district-officer', scope: '210302' };
const cityOfficer: As = { id: 'officer-city', role: 'city-officer', scope: null };
const recommendation = { documentId: 'rec-backup', summary: '同意推荐 / recommended' };

/** The operator's command line on the suite's servers, its output kept. */
async function ops(...argv: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const io: Io = {
    env: { ...process.env, STACK_HOME: FAULTS_HOME, STACK_BIN: sharedBinaries(REPO_ROOT).STACK_BIN, TEMPORAL_UI_PORT: String(FAULT_PORTS.temporalUi) },
    out: (l) => out.push(l),
    err: (l) => out.push(l),
    writeFile: (p, c) => fs.writeFileSync(p, c),
  };
  return { code: await runOps(argv, io), out };
}

/** Every row of every table of every service's database, one digest per table. */
async function databaseDigests(): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const service of SERVICES) {
    const db = new PgClient(connectionSettings(service));
    await db.connect();
    try {
      const { rows } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
      for (const { name } of rows) {
        const digest = await db.query<{ md5: string }>(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM "${name}" t`);
        digests[`${service}.${name}`] = digest.rows[0].md5;
      }
    } finally {
      await db.end();
    }
  }
  return digests;
}

/**
 * The backup and restore drill (docs/operations.md): a running system with procedures in flight
 * is backed up with `npm run ops -- backup`, the servers are emptied as a new machine has them,
 * `npm run ops -- restore` brings everything back, and the system carries on: every procedure,
 * every row of every service's database and every audit chain as they were; the events a service
 * had not yet handled at the backup are handled once after it.
 */
describe('backup and restore of a running system', () => {
  let people: Awaited<ReturnType<typeof applicants>>;
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'makerspace-backup-'));
  let services: Partial<Record<ServiceName, BootedService>> = {};
  let worker: WorkerProcess | undefined;
  let connection: Connection;
  let client: Client;
  const applications: string[] = [];
  let before: { digests: Record<string, string>; procedures: Record<string, string>; states: Record<string, FilingState> };

  const review = (as: As) => httpClient(services.review!.url, as);
  /** E-mails each applicant has received. */
  const mailCounts = async () => Promise.all(people.map(async (p) => (await mailsTo(FAULT_PORTS.smtpHttp, p.email)).length));
  const openTask = (applicationId: string, kind: string, as: As) =>
    waitFor(
      `the ${kind} task of ${applicationId} in review's inbox`,
      async () =>
        (await review(as).get<{ id: string; kind: string }[]>(`/tasks?applicationId=${applicationId}&kind=${kind}`)).body.find((t) => t.kind === kind),
      120_000,
      250,
    );
  /** Every workflow on the server with its status (from the server's listing, which needs no worker). */
  const year = new Date().getFullYear();
  /** The procedures this scenario started (the suite's other scenarios leave theirs on the same server), by id: type and status. */
  const procedures = async () => {
    const ours = new Set([...applications.map(filingWorkflowId), evaluationCycleWorkflowId(year)]);
    const found: Record<string, string> = {};
    for await (const w of client.workflow.list()) if (ours.has(w.workflowId)) found[w.workflowId] = `${w.type} ${w.status.name}`;
    return found;
  };
  /** Every workflow on the server, the suite's other scenarios' too: what a backup of Temporal's store holds. */
  const countWorkflows = async () => {
    let count = 0;
    for await (const w of client.workflow.list()) if (w.workflowId) count++;
    return count;
  };
  /** Each filing procedure's state as its workflow answers it (a worker must run). */
  const filingStates = async () =>
    Object.fromEntries(await Promise.all(applications.map(async (id) => [id, await client.workflow.getHandle(`filing-${id}`).query(filingState)] as const)));
  const startSystem = async () => {
    worker = await WorkerProcess.start();
    services = await bootServices(['intake', 'review', 'evaluation', 'notification']);
  };
  const stopSystem = async () => {
    await closeServices(services);
    services = {};
    await worker?.stop();
  };

  beforeAll(async () => {
    people = await applicants(3);
    connection = await Connection.connect({ address: temporalSettings().address });
    client = new Client({ connection });
    await startSystem();
  });

  afterAll(async () => {
    await stopSystem();
    await connection?.close();
    fs.rmSync(backupDir, { recursive: true, force: true });
  });

  it('backs up the running system with procedures in flight', async () => {
    // Two applicants submit and get their notices; a district officer recommends the first.
    for (const applicant of people.slice(0, 2)) applications.push(await submitApplication(services.intake!.url, applicant));
    const preliminary = await openTask(applications[0], 'preliminary-review', districtOfficer);
    expect((await review(districtOfficer).post(`/tasks/${preliminary.id}/decision`, { outcome: 'RECOMMEND', recommendation })).status).toBe(200);
    await openTask(applications[0], 're-review', cityOfficer);
    // The year's evaluation opened by hand: the cycle waits for January.
    expect((await httpClient(services.evaluation!.url, { id: 'ops', role: 'scheduler', scope: null }).post(`/evaluation-cycles/${year}`)).status).toBe(202);
    await waitFor('the e-mails of the submissions and the recommendation', async () => isDeepStrictEqual(await mailCounts(), [2, 1, 0]), 180_000, 250);

    // The notification service stops; the third submission's events wait for it on the broker.
    await closeServices({ notification: services.notification });
    delete services.notification;
    applications.push(await submitApplication(services.intake!.url, people[2]));
    await openTask(applications[2], 'preliminary-review', districtOfficer);
    await waitFor('intake, review and evaluation to handle every event', () => consumersCaughtUp(['intake', 'review', 'evaluation']), 120_000, 250);

    before = { digests: await databaseDigests(), procedures: await procedures(), states: await filingStates() };
    expect(Object.values(before.procedures).sort()).toEqual(['evaluationCycle RUNNING', 'filing RUNNING', 'filing RUNNING', 'filing RUNNING']);

    const workflowsOnServer = await countWorkflows();
    const backedUp = await ops('backup', backupDir);
    expect(backedUp).toMatchObject({ code: 0 });
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8')) as {
      pausedMs: number;
      temporal: { workflows: number };
      kafka: { unhandled: number };
    };
    expect(manifest.temporal.workflows).toBe(workflowsOnServer);
    expect(manifest.kafka.unhandled).toBeGreaterThan(0);
    console.log(`[faults] backup, the procedures paused ${(manifest.pausedMs / 1000).toFixed(1)} s:\n  ${backedUp.out.join('\n  ')}`);
    // Nothing was lost meanwhile: the system still takes decisions.
    expect((await filingStates())[applications[0]].openTasks.map((t) => t.kind)).toEqual(['re-review']);
  });

  it('restores it on empty servers: every procedure, record and audit chain as backed up', async () => {
    // Without a backup the servers stay as they are: the suite's later scenarios run on them.
    expect(fs.existsSync(path.join(backupDir, 'manifest.json'))).toBe(true);
    await stopSystem();
    await emptyServers();
    expect(await procedures()).toEqual({});

    const started = Date.now();
    const restored = await ops('restore', backupDir);
    console.log(`[faults] restore in ${((Date.now() - started) / 1000).toFixed(1)} s:\n  ${restored.out.join('\n  ')}`);
    expect(restored.code).toBe(0);
    markDatabasesMigrated();
    expect(await databaseDigests()).toEqual(before.digests);
    expect(await procedures()).toEqual(before.procedures);
    expect((await ops('audit-verify')).code).toBe(0);
  });

  it('carries on after the restore: the events not handled at the backup are handled once, the procedures go on', async () => {
    const restartedAt = Date.now();
    await startSystem();
    // The new worker rebuilds each procedure from the restored histories: the same state as backed up.
    expect(await filingStates()).toEqual(before.states);
    // The third applicant's notice and e-mail arrive now; nobody gets one twice.
    await waitFor('the third submission e-mail', async () => (await mailsTo(FAULT_PORTS.smtpHttp, people[2].email)).length > 0, 180_000, 250);
    console.log(
      `[faults] after the restore: the events not handled at the backup handled ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after the system started`,
    );
    await waitFor('notification to handle every event', () => consumersCaughtUp(['notification']), 120_000, 250);
    expect(await mailCounts()).toEqual([2, 1, 1]);

    // The procedures go on: the city passes the first in re-review, the district recommends the third.
    const reReview = await openTask(applications[0], 're-review', cityOfficer);
    expect((await review(cityOfficer).post(`/tasks/${reReview.id}/decision`, { outcome: 'PASS' })).status).toBe(200);
    await openTask(applications[0], 'on-site-inspection', cityOfficer);
    const preliminary = await openTask(applications[2], 'preliminary-review', districtOfficer);
    expect((await review(districtOfficer).post(`/tasks/${preliminary.id}/decision`, { outcome: 'RECOMMEND', recommendation })).status).toBe(200);
    await openTask(applications[2], 're-review', cityOfficer);
    expect((await ops('audit-verify')).code).toBe(0);
  });
});
