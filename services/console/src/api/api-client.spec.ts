import type { Session } from '../session/session';
import { createApiClient, withQuery } from './api-client';
import { ApiError } from './api-error';
import { credentialHeaders } from './credentials';

const applicant: Session = { person: { id: 'applicant-1', role: 'applicant', scope: null, name: 'applicant-1' }, token: 'eyJ.applicant', expiresAt: 0 };
const officer: Session = {
  person: { id: 'officer-tiedong', role: 'district-officer', scope: '210302', name: 'officer-tiedong' },
  token: 'eyJ.token',
  expiresAt: 0,
};

/** A fetch that records each request and answers with the status and body given. */
function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { fetcher, calls };
}

describe('the console API client', () => {
  it('sends the bearer token from the one credentials place, and nothing for the public', () => {
    expect(credentialHeaders(officer)).toEqual({ authorization: 'Bearer eyJ.token' });
    expect(credentialHeaders(null)).toEqual({});
  });

  it("calls a service under its path behind the console's server, with the session of the moment", async () => {
    const { fetcher, calls } = fakeFetch(200, [{ id: 't1' }]);
    let session: Session | null = null;
    const api = createApiClient({ fetch: fetcher, session: () => session });
    await api.intake.get('/registry', { division: '210302', name: '', status: undefined });
    session = officer;
    expect(await api.review.get('/tasks')).toEqual([{ id: 't1' }]);
    expect(calls.map((c) => c.url)).toEqual(['/api/intake/registry?division=210302', '/api/review/tasks']);
    expect(calls[0].init.headers).not.toHaveProperty('authorization');
    expect(calls[1].init.headers).toMatchObject({ authorization: 'Bearer eyJ.token' });
  });

  it('sends JSON bodies and extra headers such as an idempotency key', async () => {
    const { fetcher, calls } = fakeFetch(201, { applicationId: 'a1' });
    const api = createApiClient({ fetch: fetcher, session: () => applicant });
    await api.intake.post('/applications/a1/submit', {}, { 'idempotency-key': 'submit-a1-1' });
    expect(calls[0].init).toMatchObject({ method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'idempotency-key': 'submit-a1-1' } });
  });

  it('throws a refusal in the one error shape, with every failing field and its article', async () => {
    const refusal = {
      type: 'urn:makerspace:problem:conditions-not-met',
      title: 'Unprocessable Entity',
      status: 422,
      detail: 'the declared figures do not meet Art. 5',
      instance: '/applications/a1/submit',
      code: 'CONDITIONS_NOT_MET',
      errors: [{ pointer: '/figures', rule: 'art5-2-area', article: 'Art. 5(2)', message_zh: '450 < 500', message_en: '450 < 500' }],
    };
    const api = createApiClient({ fetch: fakeFetch(422, refusal).fetcher, session: () => applicant });
    const error = await api.intake.post('/applications/a1/submit').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'CONDITIONS_NOT_MET', message: refusal.detail, errors: refusal.errors });
  });

  it('keeps the status of an answer that is not in the error shape', async () => {
    const api = createApiClient({ fetch: fakeFetch(502, 'Bad Gateway').fetcher, session: () => null });
    await expect(api.evaluation.get('/evaluation-cycles/2026')).rejects.toMatchObject({ status: 502, code: 'HTTP_502', message: 'Bad Gateway' });
  });

  it('reads an export as its bytes (the byte order mark kept) and an empty answer as nothing', async () => {
    const csv = createApiClient({ fetch: fakeFetch(200, '\uFEFFfilingNumber,grade\n').fetcher, session: () => officer });
    const bytes = new Uint8Array(await (await csv.evaluation.blob('/evaluation-cycles/2026/recommendations/export')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const empty = createApiClient({ fetch: fakeFetch(204, undefined).fetcher, session: () => applicant });
    await expect(empty.intake.delete('/applications/a1/evidence/e1')).resolves.toBeUndefined();
  });

  it('leaves out query values that are not set', () => {
    expect(withQuery('/tasks', { stage: '', kind: 'expert-score', overdue: null, page: 2 })).toBe('/tasks?kind=expert-score&page=2');
    expect(withQuery('/tasks')).toBe('/tasks');
  });
});
