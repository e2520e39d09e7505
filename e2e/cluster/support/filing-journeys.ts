import { randomUUID } from 'node:crypto';
import { todayInShanghai } from '@makerspace/policy';
import { httpClient, sampleFiling, unique } from '@makerspace/testing';
import { serviceUrl } from './cluster-servers';

const DISTRICT = { id: 'cluster-officer-tiedong', role: 'district-officer', scope: '210302' };
const CITY = { id: 'cluster-officer-city', role: 'city-officer', scope: null };
/** How long one step may keep failing (a fault in hand) before the journey gives up and says so. */
const STEP_MS = 240_000;

export interface Journey {
  applicationId?: string;
  applicantId: string;
  /** The step that gave up, if one did. */
  failed?: string;
  done: boolean;
}

/**
 * Applicants and staff as a bureau's day brings them, through nginx and whichever replica answers:
 * an applicant registers, drafts and submits (the submission with an Idempotency-Key, repeated
 * until answered), the district recommends, the city passes the re-review. Each step is repeated
 * while the system is away (5xx, a dropped connection), the way a person presses again; a
 * decision answered 409 was taken by an earlier attempt. Every journey ends in ON_SITE_INSPECTION.
 */
export class FilingJourneys {
  readonly journeys: Journey[] = [];
  private running = false;
  private loops: Promise<void>[] = [];
  /** Requests answered with a server error or not at all, while faults were in hand. */
  retries = 0;

  start(concurrency: number): void {
    this.running = true;
    this.loops = Array.from({ length: concurrency }, () => this.loop());
  }

  /** Stop starting journeys; wait for those under way to end. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Journeys that reached their end since the last call, for proof that the system serves again. */
  completed(): number {
    return this.journeys.filter((j) => j.done).length;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const journey: Journey = { applicantId: unique('cluster-applicant'), done: false };
      this.journeys.push(journey);
      try {
        await this.journey(journey);
        journey.done = true;
      } catch (e) {
        journey.failed = String(e);
      }
    }
  }

  private async journey(j: Journey): Promise<void> {
    const applicant = httpClient(serviceUrl('intake'), { id: j.applicantId, role: 'applicant', scope: null });
    const sample = sampleFiling(todayInShanghai(new Date()));
    const org = await this.step('register the organisation', () => applicant.post<{ id: string }>('/organisations', sample.organisation), [201]);
    const draft = await this.step(
      'draft',
      () => applicant.post<{ id: string }>('/applications', { ...sample.application, organisationId: org.body.id }),
      [201],
    );
    j.applicationId = draft.body.id;
    const key = randomUUID();
    await this.step('submit', () => applicant.post(`/applications/${draft.body.id}/submit`, {}, { 'idempotency-key': key }), [201]);
    await this.decide(draft.body.id, DISTRICT, 'preliminary-review', {
      outcome: 'RECOMMEND',
      recommendation: { documentId: 'cluster-rec', summary: '同意推荐 / recommended' },
    });
    await this.decide(draft.body.id, CITY, 're-review', { outcome: 'PASS' });
  }

  /** Find the task of `kind` in the officer's inbox once review's read model has it, and decide it. */
  private async decide(
    applicationId: string,
    officer: { id: string; role: string; scope: string | null },
    kind: string,
    body: Record<string, unknown>,
  ): Promise<void> {
    const review = httpClient(serviceUrl('review'), officer);
    const inbox = await this.step(
      `${kind} task in the inbox`,
      async () => {
        const answer = await review.get<{ id: string }[]>(`/tasks?applicationId=${applicationId}&kind=${kind}`);
        return answer.status === 200 && answer.body.length === 0 ? { ...answer, status: 404 } : answer;
      },
      [200],
    );
    await this.step(`decide ${kind}`, () => review.post(`/tasks/${inbox.body[0].id}/decision`, body), [200, 409]);
  }

  /** Repeat `call` until it answers one of `ok`; a 4xx other than those is a bug, not a fault. */
  private async step<T extends { status: number }>(what: string, call: () => Promise<T>, ok: number[]): Promise<T> {
    const deadline = Date.now() + STEP_MS;
    let last = '';
    while (Date.now() < deadline) {
      try {
        const answer = await call();
        if (ok.includes(answer.status)) return answer;
        last = `${answer.status} ${JSON.stringify((answer as { body?: unknown }).body).slice(0, 300)}`;
        if (answer.status >= 400 && answer.status < 500 && answer.status !== 404 && answer.status !== 429) throw new Error(`${what}: ${last}`);
      } catch (e) {
        if (String(e).startsWith(`Error: ${what}:`)) throw e;
        last = String(e);
      }
      this.retries++;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`${what} did not succeed within ${STEP_MS / 1000} s: ${last}`);
  }
}
