import { createHash } from 'node:crypto';
import { FileStore, openFileStore } from '@makerspace/files';
import {
  aDocx,
  anExecutable,
  anXlsx,
  aPdf,
  aPng,
  bootService,
  BootedService,
  httpClient,
  multipartBody,
  postMultipart,
  signedIn,
  unique,
} from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { INTAKE_SERVICE } from '../src/service';
import { anApplicantWithADraft } from './support/applicant';
import { downloadEvidence, uploadEvidence } from './support/upload';

const LIMIT = 4096;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface EvidenceRecord {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

describe('evidence of a filing application, kept in the object store', () => {
  let intake: BootedService;
  const store: FileStore = openFileStore();

  beforeAll(async () => {
    process.env.UPLOAD_MAX_BYTES = String(LIMIT);
    process.env.INTAKE_GROUP_ID = unique('intake-evidence');
    intake = await bootService(AppModule, INTAKE_SERVICE);
  });

  afterAll(async () => {
    await intake?.close();
    delete process.env.UPLOAD_MAX_BYTES;
  });

  it('keeps an uploaded lease with its checksum, lists it and gives the same bytes back', async () => {
    const { as, applicationId } = await anApplicantWithADraft(intake.url);
    const lease = aPdf('租赁合同');
    const up = await uploadEvidence<EvidenceRecord>(intake.url, as, applicationId, { bytes: lease, name: '租赁合同.pdf', type: 'application/pdf' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      kind: 'lease-or-title',
      fileName: '租赁合同.pdf',
      contentType: 'application/pdf',
      sizeBytes: lease.length,
      sha256: sha256(lease),
    });
    expect(up.body).not.toHaveProperty('storageKey');

    const list = await httpClient(intake.url, as).get<EvidenceRecord[]>(`/applications/${applicationId}/evidence`);
    expect(list.body.map((e) => e.id)).toEqual([up.body.id]);

    const down = await downloadEvidence(intake.url, as, applicationId, up.body.id);
    expect(down.status).toBe(200);
    expect(down.bytes.equals(lease)).toBe(true);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('content-disposition')).toContain("filename*=UTF-8''%E7%A7%9F%E8%B5%81%E5%90%88%E5%90%8C.pdf");
    expect(await store.has(sha256(lease))).toBe(true);

    const preview = await fetch(`${intake.url}/applications/${applicationId}/evidence/${up.body.id}/content?disposition=inline`, {
      headers: await signedIn(as),
    });
    expect(preview.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(preview.headers.get('x-content-sha256')).toBe(sha256(lease));
    expect(Buffer.from(await preview.arrayBuffer()).equals(lease)).toBe(true);
  });

  it('takes images and office documents sent without a declared type, typed by their content', async () => {
    const { as, applicationId } = await anApplicantWithADraft(intake.url);
    for (const [bytes, name, type] of [
      [aPng(), 'floor-plan.png', 'image/png'],
      [aDocx(), 'staff.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [anXlsx(), 'activities.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ] as const) {
      const up = await uploadEvidence<EvidenceRecord>(intake.url, as, applicationId, { bytes, name }, 'other');
      expect({ status: up.status, contentType: up.body.contentType }).toEqual({ status: 201, contentType: type });
    }
  });

  it('refuses an executable renamed to .pdf and declared as a PDF', async () => {
    const { as, applicationId } = await anApplicantWithADraft(intake.url);
    const up = await uploadEvidence(intake.url, as, applicationId, { bytes: anExecutable(), name: 'licence.pdf', type: 'application/pdf' });
    expect(up.status).toBe(415);
    expect(up.body).toMatchObject({ code: 'FILE_TYPE_NOT_ACCEPTED', errors: [{ pointer: '/file', rule: 'fileType' }] });
    expect(await store.has(sha256(anExecutable()))).toBe(false);
  });

  it('refuses a file whose declared type contradicts its content', async () => {
    const { as, applicationId } = await anApplicantWithADraft(intake.url);
    const up = await uploadEvidence(intake.url, as, applicationId, { bytes: aPdf(), name: 'plan.png', type: 'image/png' });
    expect(up.status).toBe(415);
  });

  it('takes a file of exactly the size limit and refuses one byte more', async () => {
    const { as, applicationId } = await anApplicantWithADraft(intake.url);
    const fits = Buffer.concat([aPdf(), Buffer.alloc(LIMIT - aPdf().length, 0x20)]);
    expect((await uploadEvidence(intake.url, as, applicationId, { bytes: fits, name: 'fits.pdf' })).status).toBe(201);
    const tooBig = await uploadEvidence(intake.url, as, applicationId, { bytes: Buffer.concat([fits, Buffer.from(' ')]), name: 'big.pdf' });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatchObject({
      code: 'FILE_TOO_LARGE',
      detail: `a file may have at most ${LIMIT} bytes`,
      errors: [{ pointer: '/file', rule: 'maxBytes' }],
    });
    expect(await store.has(sha256(Buffer.concat([fits, Buffer.from(' ')])))).toBe(false);
  });

  it('refuses an upload cut short and keeps nothing of it', async () => {
    const { as, client, applicationId } = await anApplicantWithADraft(intake.url);
    const whole = aPdf(`cut short ${unique('pdf')}`);
    const { body, contentType } = multipartBody({ bytes: whole, name: 'lease.pdf' }, { kind: 'lease-or-title' });
    const cut = await postMultipart(`${intake.url}/applications/${applicationId}/evidence`, as, body.subarray(0, body.length - 40), contentType);
    expect(cut.status).toBe(400);
    expect(cut.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/file', rule: 'complete' }] });
    expect((await client.get<EvidenceRecord[]>(`/applications/${applicationId}/evidence`)).body).toEqual([]);
    expect(await store.has(sha256(whole))).toBe(false);
  });

  it('asks for a multipart form', async () => {
    const { client, applicationId } = await anApplicantWithADraft(intake.url);
    const json = await client.post(`/applications/${applicationId}/evidence`, { kind: 'lease-or-title', file: 'JVBERi0=' });
    expect(json.status).toBe(415);
    expect(json.body).toMatchObject({ errors: [{ pointer: '/file', rule: 'multipart' }] });
  });

  it('asks for a known kind of evidence and a file', async () => {
    const { as, applicationId } = await anApplicantWithADraft(intake.url);
    const badKind = await uploadEvidence(intake.url, as, applicationId, { bytes: aPdf(), name: 'x.pdf' }, 'selfie');
    expect(badKind.status).toBe(400);
    expect(badKind.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/kind' }] });
    const empty = await uploadEvidence(intake.url, as, applicationId, { bytes: Buffer.alloc(0), name: 'empty.pdf' });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/file', rule: 'required' }] });
  });

  it('shows the evidence to the district of the venue and to the city, and to no one else', async () => {
    const { as, applicationId } = await anApplicantWithADraft(intake.url, '210303');
    const up = await uploadEvidence<EvidenceRecord>(intake.url, as, applicationId, { bytes: aPdf('licence'), name: 'licence.pdf' }, 'business-licence');
    const path = `/applications/${applicationId}/evidence`;

    expect((await httpClient(intake.url, { id: 'officer-tiexi', role: 'district-officer', scope: '210303' }).get(path)).status).toBe(200);
    expect((await httpClient(intake.url, { id: 'officer-city', role: 'city-officer' }).get(path)).status).toBe(200);
    expect((await downloadEvidence(intake.url, { id: 'officer-city', role: 'city-officer' }, applicationId, up.body.id)).status).toBe(200);

    expect((await httpClient(intake.url, { id: 'officer-tiedong', role: 'district-officer', scope: '210302' }).get(path)).status).toBe(404);
    expect((await httpClient(intake.url, { id: unique('applicant'), role: 'applicant' }).get(path)).status).toBe(404);
    expect((await downloadEvidence(intake.url, { id: unique('applicant'), role: 'applicant' }, applicationId, up.body.id)).status).toBe(404);
    expect((await httpClient(intake.url, { id: 'expert-1', role: 'expert' }).get(path)).status).toBe(403);
    expect((await httpClient(intake.url).get(path)).status).toBe(401);
  });

  it("does not let anyone but the owner add to an application's evidence", async () => {
    const { applicationId } = await anApplicantWithADraft(intake.url);
    expect((await uploadEvidence(intake.url, { id: unique('applicant'), role: 'applicant' }, applicationId, { bytes: aPdf(), name: 'x.pdf' })).status).toBe(
      404,
    );
    expect((await uploadEvidence(intake.url, { id: 'officer-city', role: 'city-officer' }, applicationId, { bytes: aPdf(), name: 'x.pdf' })).status).toBe(403);
    expect((await uploadEvidence(intake.url, undefined, applicationId, { bytes: aPdf(), name: 'x.pdf' })).status).toBe(401);
  });

  it('lets the applicant delete evidence from a draft', async () => {
    const { as, client, applicationId } = await anApplicantWithADraft(intake.url);
    const up = await uploadEvidence<EvidenceRecord>(intake.url, as, applicationId, { bytes: aPdf('wrong file'), name: 'wrong.pdf' });
    const del = await client.delete(`/applications/${applicationId}/evidence/${up.body.id}`);
    expect(del.status).toBe(204);
    expect((await client.get<EvidenceRecord[]>(`/applications/${applicationId}/evidence`)).body).toEqual([]);
    expect((await downloadEvidence(intake.url, as, applicationId, up.body.id)).status).toBe(404);
  });

  it('takes no new evidence once the application is no longer a draft', async () => {
    const { as, client, applicationId } = await anApplicantWithADraft(intake.url);
    const up = await uploadEvidence<EvidenceRecord>(intake.url, as, applicationId, { bytes: aPdf('kept'), name: 'kept.pdf' });
    expect((await client.post(`/applications/${applicationId}/withdraw`, {})).status).toBe(200);

    const late = await uploadEvidence(intake.url, as, applicationId, { bytes: aPdf('late'), name: 'late.pdf' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'NOT_EDITABLE' });
    const del = await client.delete(`/applications/${applicationId}/evidence/${up.body.id}`);
    expect(del.status).toBe(409);
  });
});
