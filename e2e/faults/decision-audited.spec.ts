import { Pool, PoolClient } from 'pg';
import { FilingState, filingWorkflowId } from '@makerspace/contracts';
import { pgSqlClient, verifyChain } from '@makerspace/audit';
import { connectionSettings, poolConfig } from '@makerspace/database';
import { As, httpClient, sampleFiling, unique, waitFor } from '@makerspace/testing';
import { todayInShanghai } from '@makerspace/policy';
import { aProcedureAtReReview } from './support/filing-procedure';
import { ProcedureHarness } from './support/procedure-harness';
import { recordRecovery } from './support/recovery-times';
import { ServiceProcess, startServiceProcess } from './support/service-process';

interface Entry {
  id: string;
  actorId: string;
  action: string;
  after: { taskId?: string; outcome?: string; status?: string; stage?: string };
}

const city = { id: 'officer-city', role: 'city-officer' };

/** Holds a service's audit chain lock (as audit_chain_end takes it) until released: every append waits. */
async function holdTheChain(db: Pool): Promise<{ release(): Promise<void> }> {
  const client: PoolClient = await db.connect();
  await client.query('BEGIN');
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('AuditEntry'))`);
  return {
    release: async () => {
      await client.query('ROLLBACK');
      client.release();
    },
  };
}

/**
 * The review service's process killed (SIGKILL) after the filing workflow took a city officer's
 * decision and before the decision's audit entry was committed: the moment "update, then record"
 * used to lose the entry. The test holds the audit chain's lock, so the service's entry waits
 * while the decision is already in the workflow, and kills the service there. The caller gets no
 * answer. A new process of the service finds the journaled decision, asks the workflow for it by
 * its id, and writes its entry: the decision and its entry are both there, once, and the chain
 * verifies; the caller's retry is refused as decided, and writes nothing.
 */
describe('the review service killed between a decision and its audit entry', () => {
  let harness: ProcedureHarness;
  let review: ServiceProcess | undefined;
  const db = new Pool(poolConfig(connectionSettings('review'), { max: 3 }));
  const trailOf = async (subject: string) =>
    (
      await db.query<Entry>(
        `SELECT "id", "actorId", "action", "after" FROM "AuditEntry" WHERE "subjectId" = $1 AND "action" = 'application.decided' ORDER BY "seq"`,
        [subject],
      )
    ).rows;

  beforeAll(async () => {
    harness = await ProcedureHarness.open();
    review = await startServiceProcess('review', { REVIEW_GROUP_ID: `review-decision-audited-${Date.now()}` });
  });

  afterAll(async () => {
    await review?.process.stop();
    await harness?.close();
    await db.end();
  });

  it('writes the entry of the decision the workflow took, once, after the service comes back', async () => {
    const { applicationId, driver, reReview } = await aProcedureAtReReview(harness.client, harness.tap);
    const officer = () => httpClient(review!.url, city);
    await waitFor(
      'the re-review task in the city inbox',
      async () => (await officer().get<{ id: string }[]>(`/tasks?applicationId=${applicationId}`)).body.some((t) => t.id === reReview.taskId),
      60_000,
      200,
    );

    const chain = await holdTheChain(db);
    const answered = officer()
      .post(`/tasks/${reReview.taskId}/decision`, { outcome: 'PASS' })
      .then(
        (a) => `answered ${a.status}`,
        (e: unknown) => `no answer: ${String(e)}`,
      );
    const decided = await waitFor('the workflow to take the decision', async () => {
      const state: FilingState = await driver.state();
      return state.history.some((h) => h.action === 'decided' && h.taskId === reReview.taskId) && state;
    });
    const journaled = await db.query<{ id: string }>(`SELECT "id" FROM "PendingDecision" WHERE "workflowId" = $1`, [filingWorkflowId(applicationId)]);
    expect(journaled.rows).toHaveLength(1);

    // The moment: the workflow holds the decision, the entry waits for the chain. Kill the service.
    await review!.process.kill();
    const killedAt = Date.now();
    await chain.release();
    expect(await answered).toMatch(/^no answer/);
    expect(decided.openTasks.map((t) => t.kind)).toEqual(['on-site-inspection']);
    expect(await trailOf(applicationId)).toEqual([]);

    review = await startServiceProcess('review', { REVIEW_GROUP_ID: `review-decision-audited-${Date.now()}` });
    const startedAt = Date.now();
    const [entry] = await waitFor(
      'the decision in the audit trail',
      async () => {
        const trail = await trailOf(applicationId);
        return trail.length > 0 && trail;
      },
      120_000,
      500,
    );
    recordRecovery('review service', { downForMs: startedAt - killedAt, recoveredInMs: Date.now() - startedAt });

    expect(entry).toMatchObject({
      id: journaled.rows[0].id,
      actorId: city.id,
      after: { taskId: reReview.taskId, outcome: 'PASS', status: 'IN_REVIEW', stage: 'ON_SITE_INSPECTION' },
    });
    expect((await db.query(`SELECT 1 FROM "PendingDecision" WHERE "workflowId" = $1`, [filingWorkflowId(applicationId)])).rows).toEqual([]);

    // The caller, who had no answer, retries: the decision is taken, the retry refused, nothing written twice.
    const retry = await officer().post<{ code: string }>(`/tasks/${reReview.taskId}/decision`, { outcome: 'PASS' });
    expect(retry.status).toBe(409);
    expect(await trailOf(applicationId)).toHaveLength(1);
    expect((await verifyChain(pgSqlClient(db))).broken).toBeNull();
    expect((await driver.state()).history.filter((h) => h.action === 'decided' && h.taskId === reReview.taskId)).toHaveLength(1);
    await driver.handle.terminate('scenario complete');
  });
});

/**
 * The intake service's process killed at the same moment of the applicant's own decisions: the
 * submission (the filing workflow started, the draft's claim and its entry waiting) and the
 * withdrawal (the workflow took it and ended, the application's status and its entry waiting). A
 * new process finds each by its id (the started workflow's memo; the ended workflow's history) and
 * writes the status the request would have written, with the entry.
 */
describe("the intake service killed between an applicant's decision and its audit entry", () => {
  let harness: ProcedureHarness;
  let intake: ServiceProcess | undefined;
  const db = new Pool(poolConfig(connectionSettings('intake'), { max: 3 }));
  const applicant: As = { id: unique('applicant'), role: 'applicant' };
  const startIntake = async () => (intake = await startServiceProcess('intake', { INTAKE_GROUP_ID: unique('intake-decision-audited') }));
  const entriesOf = async (applicationId: string, action: string) =>
    (
      await db.query<{ id: string; after: { status?: string } }>(`SELECT "id", "after" FROM "AuditEntry" WHERE "subjectId" = $1 AND "action" = $2`, [
        applicationId,
        action,
      ])
    ).rows;
  const statusOf = async (applicationId: string) =>
    (await db.query<{ status: string }>(`SELECT "status" FROM "Application" WHERE "id" = $1`, [applicationId])).rows[0].status;

  beforeAll(async () => {
    harness = await ProcedureHarness.open();
    await startIntake();
  });

  afterAll(async () => {
    await intake?.process.stop();
    await harness?.close();
    await db.end();
  });

  /** Sends the decision with the chain held, waits until the workflow `took` it, kills intake, and lets the chain go. */
  async function killedAtTheEntry(send: () => Promise<unknown>, took: () => Promise<boolean>): Promise<string> {
    const chain = await holdTheChain(db);
    const answered = send().then(
      () => 'answered',
      (e: unknown) => `no answer: ${String(e)}`,
    );
    await waitFor('the workflow to take the decision', async () => (await took()) || undefined, 60_000, 100);
    await intake!.process.kill();
    await chain.release();
    return answered;
  }

  it('submits and withdraws once each, with their entries and statuses, across two kills', async () => {
    const http = () => httpClient(intake!.url, applicant);
    const sample = sampleFiling(todayInShanghai(new Date()));
    const org = await http().post<{ id: string }>('/organisations', sample.organisation);
    const draft = await http().post<{ id: string }>('/applications', { ...sample.application, organisationId: org.body.id });
    const applicationId = draft.body.id;
    const handle = harness.client.workflow.getHandle(filingWorkflowId(applicationId));

    // Submission: killed once the filing workflow runs, before the claim and its entry commit.
    const started = async () =>
      await handle.describe().then(
        () => true,
        () => false,
      );
    expect(await killedAtTheEntry(() => http().post(`/applications/${applicationId}/submit`), started)).toMatch(/^no answer/);
    expect(await statusOf(applicationId)).toBe('DRAFT');
    expect(await entriesOf(applicationId, 'application.submitted')).toEqual([]);

    await startIntake();
    const [submitted] = await waitFor(
      'the submission in the audit trail',
      async () => {
        const entries = await entriesOf(applicationId, 'application.submitted');
        return entries.length > 0 && entries;
      },
      120_000,
      500,
    );
    expect(submitted).toMatchObject({ id: `submission-${applicationId}`, after: { status: 'SUBMITTED' } });
    expect(await statusOf(applicationId)).toBe('SUBMITTED');

    // Withdrawal: killed once the workflow took it and ended, before the status and its entry commit.
    const ended = async () => (await handle.describe()).status.name === 'COMPLETED';
    expect(
      await killedAtTheEntry(() => http().post(`/applications/${applicationId}/withdraw`, { reason: 'the operator is closing the space' }), ended),
    ).toMatch(/^no answer/);
    expect(await statusOf(applicationId)).toBe('SUBMITTED');
    expect(await entriesOf(applicationId, 'application.withdrawn')).toEqual([]);

    await startIntake();
    await waitFor(
      'the withdrawal in the audit trail',
      async () => (await entriesOf(applicationId, 'application.withdrawn')).length > 0 || undefined,
      120_000,
      500,
    );
    expect(await statusOf(applicationId)).toBe('WITHDRAWN');
    expect(await entriesOf(applicationId, 'application.withdrawn')).toEqual([
      expect.objectContaining({ after: expect.objectContaining({ status: 'WITHDRAWN' }) }),
    ]);

    // The applicant's retries are refused, and write nothing.
    expect((await http().post(`/applications/${applicationId}/withdraw`, {})).status).toBe(409);
    expect(await entriesOf(applicationId, 'application.submitted')).toHaveLength(1);
    expect(await entriesOf(applicationId, 'application.withdrawn')).toHaveLength(1);
    expect((await db.query(`SELECT 1 FROM "PendingDecision" WHERE "workflowId" = $1`, [filingWorkflowId(applicationId)])).rows).toEqual([]);
    expect((await verifyChain(pgSqlClient(db))).broken).toBeNull();
  });
});
