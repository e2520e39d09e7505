import { aPdf, bootService, BootedService, signedIn, unique } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { INTAKE_SERVICE } from '../src/service';
import { anApplicantWithADraft } from './support/applicant';
import { uploadEvidence } from './support/upload';

const LIMIT = 4096;

/** An answer read as a problem document: its status, its content type, its challenge and its body. */
async function problemOf(res: Response) {
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    challenge: res.headers.get('www-authenticate'),
    body: (await res.json()) as Record<string, unknown>,
  };
}

/** The members every problem document has (RFC 9457), for a request to `instance`. */
const problem = (status: number, code: string, instance: string) => ({
  type: `urn:makerspace:problem:${code.toLowerCase().replace(/_/g, '-')}`,
  title: expect.any(String),
  status,
  detail: expect.any(String),
  instance,
  code,
});

describe('every error of the intake service as a problem document (RFC 9457), over HTTP with its database', () => {
  let intake: BootedService;

  beforeAll(async () => {
    process.env.UPLOAD_MAX_BYTES = String(LIMIT);
    process.env.INTAKE_GROUP_ID = unique('intake-problems');
    intake = await bootService(AppModule, INTAKE_SERVICE);
  });

  afterAll(async () => {
    await intake?.close();
    delete process.env.UPLOAD_MAX_BYTES;
  });

  const call = (path: string, init: RequestInit = {}) => fetch(`${intake.url}${path}`, init);

  it('400: a draft that fails validation, every failing field by its JSON Pointer with its rule, in Chinese and English', async () => {
    const { as } = await anApplicantWithADraft(intake.url);
    const res = await call('/applications', {
      method: 'POST',
      headers: { ...(await signedIn(as)), 'content-type': 'application/json' },
      body: JSON.stringify({ spaceName: 7 }),
    });
    const answer = await problemOf(res);
    expect(answer).toMatchObject({
      status: 400,
      contentType: expect.stringMatching(/^application\/problem\+json/),
      body: problem(400, 'VALIDATION_FAILED', '/applications'),
    });
    const errors = answer.body.errors as { pointer: string; rule: string; message_zh: string; message_en: string }[];
    expect(errors.length).toBeGreaterThan(1);
    for (const e of errors) {
      expect(e.pointer).toMatch(/^\//);
      expect(e.rule).toEqual(expect.any(String));
      expect(e.message_en).toEqual(expect.any(String));
      expect(e.message_zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/spaceName', '/organisationId']));
  });

  const somewhere = `/organisations/${crypto.randomUUID()}`;

  it('401: no token, asked for one without an error code (RFC 6750 §3.1)', async () => {
    const answer = await problemOf(await call(somewhere));
    expect(answer).toMatchObject({ status: 401, challenge: 'Bearer realm="makerspace"', body: problem(401, 'UNAUTHENTICATED', somewhere) });
  });

  it('401: a token changed after it was signed, told invalid_token and why', async () => {
    const [header, payload, signature] = (await signedIn({ id: unique('applicant'), role: 'applicant' })).authorization.slice('Bearer '.length).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'city-officer' })).toString('base64url');
    const answer = await problemOf(await call(somewhere, { headers: { authorization: `Bearer ${header}.${forged}.${signature}` } }));
    expect(answer).toMatchObject({ status: 401, body: problem(401, 'UNAUTHENTICATED', somewhere) });
    expect(answer.challenge).toBe(`Bearer realm="makerspace", error="invalid_token", error_description="${answer.body.detail as string}"`);
  });

  it("403: a valid token whose role may not do it; 404: another organisation's application, as if it did not exist", async () => {
    const { applicationId } = await anApplicantWithADraft(intake.url);
    const expert = await problemOf(await call(`/applications/${applicationId}`, { headers: await signedIn({ id: unique('expert'), role: 'expert' }) }));
    expect(expert).toMatchObject({ status: 403, body: problem(403, 'FORBIDDEN', `/applications/${applicationId}`) });
    const other = await anApplicantWithADraft(intake.url);
    const stranger = await problemOf(await call(`/applications/${applicationId}`, { headers: await signedIn(other.as) }));
    const nowhere = await problemOf(await call(`/applications/${crypto.randomUUID()}`, { headers: await signedIn(other.as) }));
    expect(stranger).toMatchObject({ status: 404, body: problem(404, 'NOT_FOUND', `/applications/${applicationId}`) });
    expect(stranger.body.detail).toBe(nowhere.body.detail);
  });

  it('409: an edit of a draft changed since the revision it was made on', async () => {
    const { client, applicationId, sample } = await anApplicantWithADraft(intake.url);
    const current = await client.get<{ revision: number }>(`/applications/${applicationId}`);
    const { spaceName, venueAddress, divisionCode, figures } = sample.application;
    const edit = { spaceName, venueAddress, divisionCode, figures };
    expect((await client.put(`/applications/${applicationId}`, { ...edit, revision: current.body.revision })).status).toBe(200);
    const stale = await client.put<Record<string, unknown>>(`/applications/${applicationId}`, { ...edit, revision: current.body.revision });
    expect(stale).toMatchObject({ status: 409, body: problem(409, 'STALE_REVISION', `/applications/${applicationId}`) });
  });

  it('413 and 415: an upload over the size limit, and a body neither JSON nor a multipart form', async () => {
    const { as, applicationId } = await anApplicantWithADraft(intake.url);
    const tooBig = await uploadEvidence<Record<string, unknown>>(intake.url, as, applicationId, {
      bytes: Buffer.concat([aPdf(), Buffer.alloc(LIMIT, 0x20)]),
      name: 'big.pdf',
    });
    expect(tooBig).toMatchObject({
      status: 413,
      body: { ...problem(413, 'FILE_TOO_LARGE', `/applications/${applicationId}/evidence`), errors: [{ pointer: '/file', rule: 'maxBytes' }] },
    });
    const xml = await problemOf(
      await call('/applications', { method: 'POST', headers: { ...(await signedIn(as)), 'content-type': 'application/xml' }, body: '<draft/>' }),
    );
    expect(xml).toMatchObject({ status: 415, body: problem(415, 'UNSUPPORTED_MEDIA_TYPE', '/applications') });
  });

  it('422: a submission that fails Art. 5, each failing condition with its article in both languages', async () => {
    const { client, applicationId, sample } = await anApplicantWithADraft(intake.url);
    const current = await client.get<{ revision: number }>(`/applications/${applicationId}`);
    const small = { ...sample.application.figures, totalAreaM2: 100 };
    const { spaceName, venueAddress, divisionCode } = sample.application;
    expect(
      (await client.put(`/applications/${applicationId}`, { spaceName, venueAddress, divisionCode, figures: small, revision: current.body.revision })).status,
    ).toBe(200);
    const refused = await client.post<Record<string, unknown>>(`/applications/${applicationId}/submit`);
    expect(refused).toMatchObject({ status: 422, body: problem(422, 'CONDITIONS_NOT_MET', `/applications/${applicationId}/submit`) });
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          pointer: '/figures',
          article: 'Art. 5(2)',
          message_zh: expect.stringMatching(/[\u4e00-\u9fff]/),
          message_en: expect.any(String),
        }),
      ]),
    );
  });
});
