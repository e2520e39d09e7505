import { randomUUID } from 'node:crypto';
import { todayInShanghai } from '@makerspace/policy';
import { As, sampleFiling, waitFor } from '@makerspace/testing';
import { persistentClient } from './persistent-client';

export const DISTRICT_OFFICER: As = { id: 'officer-tiedong', role: 'district-officer', scope: '210302' };

/** What the staff decide on an application of the load: every other one passes the district. */
export type LoadDecision = 'RECOMMEND' | 'REJECT' | 'NONE';

export interface Submitted {
  applicant: As & { email: string };
  applicationId: string;
  decision: LoadDecision;
  submittedAt: number;
}

function expect201(what: string, answer: { status: number; body: unknown }): void {
  if (answer.status !== 201) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
}

/**
 * One applicant's journey through intake, as a person makes it through the console: register the
 * organisation, draft and submit the application (with an Idempotency-Key, so that a submission
 * repeated after a fault is taken once).
 */
export async function submitThroughFaults(intakeUrl: string, applicant: As & { email: string }, decision: LoadDecision): Promise<Submitted> {
  const http = persistentClient(intakeUrl, applicant);
  const sample = sampleFiling(todayInShanghai(new Date()));
  const org = await http.post<{ id: string }>('/organisations', sample.organisation);
  expect201('organisation', org);
  const draft = await http.post<{ id: string }>('/applications', { ...sample.application, organisationId: org.body.id });
  expect201('draft', draft);
  const submitted = await http.post<{ code?: string }>(`/applications/${draft.body.id}/submit`, {}, { 'idempotency-key': randomUUID() });
  // A submission taken just before a fault cut its answer off is already there when it is repeated.
  if (!(submitted.status === 409 && submitted.retried && submitted.body.code === 'ALREADY_SUBMITTED')) expect201('submit', submitted);
  return { applicant, applicationId: draft.body.id, decision, submittedAt: Date.now() };
}

/**
 * The district officer decides the application's preliminary review from the review service's
 * inbox once its task is there: RECOMMEND, or REJECT with reasons.
 */
export async function decideThroughFaults(reviewUrl: string, submitted: Submitted): Promise<void> {
  if (submitted.decision === 'NONE') return;
  const http = persistentClient(reviewUrl, DISTRICT_OFFICER);
  const task = await waitFor(
    `the preliminary-review task of ${submitted.applicationId}`,
    async () => (await http.get<{ id: string }[]>(`/tasks?applicationId=${submitted.applicationId}&kind=preliminary-review`)).body[0],
    600_000,
    500,
  );
  const body =
    submitted.decision === 'RECOMMEND'
      ? { outcome: 'RECOMMEND', recommendation: { documentId: `rec-${submitted.applicationId}`, summary: '同意推荐 / recommended' } }
      : { outcome: 'REJECT', reasons: [{ text: '场地面积不足 / the venue is too small', article: 'Art. 5' }] };
  const answer = await http.post<{ code?: string }>(`/tasks/${task.id}/decision`, body);
  // A decision taken just before a fault cut its answer off finds its task closed when repeated.
  if (answer.status === 409 && answer.retried) return;
  if (answer.status !== 200) throw new Error(`decision on ${submitted.applicationId}: ${answer.status} ${JSON.stringify(answer.body)}`);
}
