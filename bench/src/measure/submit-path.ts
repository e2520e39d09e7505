import { randomUUID } from 'node:crypto';
import { filingWorkflow, type WorkflowFunction } from '@makerspace/contracts';
import { todayInShanghai } from '@makerspace/policy';
import { sampleFiling, signedIn } from '@makerspace/testing';
import { boundedCalls, CallsRun } from '../support/bounded-calls';
import { alternating, ThroughputComparison } from '../support/comparison';
import { aFilingInput, DIVISION } from '../support/filing-inputs';
import { httpLoad } from '../support/http-load';
import { LOAD_MAX_MS, RunContext } from '../support/run-context';

/** Drafts per applicant organisation (one organisation may keep several drafts). */
const DRAFTS_PER_ORGANISATION = 25;

interface Draft {
  id: string;
  /** Its applicant's sign-in, got before the load so the load measures only the submission. */
  applicant: Record<string, string>;
}

const asApplicant = (applicantId: string) => signedIn({ id: applicantId, role: 'applicant' });

async function post<T>(url: string, headers: Record<string, string>, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`POST ${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** `count` qualifying drafts through intake's API (organisations, then applications), ready to submit. */
async function prepareDrafts(ctx: RunContext, count: number): Promise<Draft[]> {
  const intake = ctx.system.urls.intake;
  const today = todayInShanghai(new Date());
  const applicants = Array.from({ length: Math.ceil(count / DRAFTS_PER_ORGANISATION) }, () => `bench-applicant-${randomUUID().slice(0, 8)}`);
  const organisations: string[] = [];
  const orgs = await boundedCalls(applicants.length, 8, LOAD_MAX_MS, async (i) => {
    const org = await post<{ id: string }>(`${intake}/organisations`, await asApplicant(applicants[i]), sampleFiling(today, DIVISION).organisation);
    organisations[i] = org.id;
  });
  if (orgs.failed) throw new Error(`organisations: ${orgs.firstError}`);
  const drafts: Draft[] = [];
  const made = await boundedCalls(count, 8, LOAD_MAX_MS, async (i) => {
    const k = Math.floor(i / DRAFTS_PER_ORGANISATION);
    const applicant = await asApplicant(applicants[k]);
    const draft = await post<{ id: string }>(`${intake}/applications`, applicant, {
      ...sampleFiling(today, DIVISION).application,
      organisationId: organisations[k],
    });
    drafts[i] = { id: draft.id, applicant };
  });
  if (made.failed) throw new Error(`drafts: ${made.firstError}`);
  return drafts;
}

/**
 * Applications submitted per second through intake (HTTP, validation, ban and Art. 5 pre-check,
 * the draft claimed in the database, the filing workflow started), under autocannon, against bare
 * `client.workflow.start` of the same workflow with the same input on the same server, the same
 * worker polling, as many in flight.
 */
export async function measureSubmitPath(ctx: RunContext): Promise<ThroughputComparison> {
  const { submits, concurrency } = ctx.settings;
  const warmUp = Math.min(100, Math.ceil(submits / 10));
  ctx.log(`submit path: preparing ${warmUp + submits} drafts`);
  const drafts = await prepareDrafts(ctx, warmUp + submits);
  const client = ctx.temporal.client;

  const submitThrough = (list: Draft[]): Promise<CallsRun> =>
    httpLoad(ctx.system.urls.intake, {
      count: list.length,
      connections: concurrency,
      maxMs: LOAD_MAX_MS,
      expect: 201,
      request: (i) => ({ method: 'POST', path: `/applications/${list[i].id}/submit`, headers: list[i].applicant }),
    });
  const startBare = (count: number): Promise<CallsRun> =>
    boundedCalls(count, concurrency, LOAD_MAX_MS, () => {
      const input = aFilingInput();
      return client.workflow.start<WorkflowFunction<typeof filingWorkflow>>(filingWorkflow.type, {
        workflowId: filingWorkflow.workflowId(input),
        taskQueue: ctx.stack.filingTaskQueue,
        args: [input],
      });
    });

  ctx.log(`submit path: warming up (${warmUp} each way)`);
  await startBare(warmUp);
  await submitThrough(drafts.slice(0, warmUp));
  const measured = drafts.slice(warmUp);
  ctx.log(`submit path: ${submits} submissions through intake and ${submits} bare starts, ${concurrency} in flight`);
  return alternating(submits, {
    bare: (_from, count) => startBare(count),
    system: (from, count) => submitThrough(measured.slice(from, from + count)),
  });
}
