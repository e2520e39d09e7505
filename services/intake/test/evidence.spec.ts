import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bootService, BootedService, httpClient, unique } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { INTAKE_SERVICE } from '../src/service';
import { anApplicantWithADraft } from './support/applicant';
import { aDocx, anExecutable, anXlsx, aPdf, aPng } from './support/sample-files';
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

describe('evidence of a filing application', () => {
  let intake: BootedService;
  let evidenceDir: string;

  beforeAll(async () => {
    evidenceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'intake-evidence-'));
    process.env.EVIDENCE_DIR = evidenceDir;
    process.env.EVIDENCE_MAX_BYTES = String(LIMIT);
    process.env.INTAKE_GROUP_ID = unique('intake-evidence');
    intake = await bootService(AppModule, INTAKE_SERVICE);
  });

  afterAll(async () => {
    await intake?.close();
    await fs.rm(evidenceDir, { recursive: true, force: true });
  });

  it('keeps an uploaded lease with its checksum, lists it and gives the same bytes back', async () => {
    const { as, applicationId } = await anApplicantWithADraft(intake.url);
    const lease = aPdf('租赁合同');
    const up = await uploadEvidence<EvidenceRecord>(intake.url, as, applicationId, { bytes: lease, name: '租赁合同.pdf', type: 'application/pdf' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ kind: 'lease-or-title', fileName: '租赁合同.pdf', contentType: 'application/pdf', sizeBytes: lease.length, sha256: sha256(lease) });
    expect(up.body).not.toHaveProperty('storageKey');

    const list = await httpClient(intake.url, as).get<EvidenceRecord[]>(`/applications/${applicationId}/evidence`);
    expect(list.body.map((e) => e.id)).toEqual([up.body.id]);

    const down = await downloadEvidence(intake.url, as, applicationId, up.body.id);
    expect(down.status).toBe(200);
    expect(down.bytes.equals(lease)).toBe(true);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('content-disposition')).toContain("filename*=UTF-8''%E7%A7%9F%E8%B5%81%E5%90%88%E5%90%8C.pdf");
    await expect(fs.readFile(path.join(evidenceDir, sha256(lease).slice(0, 2), sha256(lease)))).resolves.toEqual(lease);
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
    expect(up.body).toMatchObject({ code: 'EVIDENCE_TYPE_NOT_ACCEPTED', issues: [{ field: 'file' }] });
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
    expect(tooBig.body).toMatchObject({ code: 'EVIDENCE_TOO_LARGE', message: `an evidence file may have at most ${LIMIT} bytes` });
  });

  it('asks for a known kind of evidence and a file', async () => {
    const { as, applicationId } = await anApplicantWithADraft(intake.url);
    const badKind = await uploadEvidence(intake.url, as, applicationId, { bytes: aPdf(), name: 'x.pdf' }, 'selfie');
    expect(badKind.status).toBe(400);
    expect(badKind.body).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field: 'kind' }] });
    const empty = await uploadEvidence(intake.url, as, applicationId, { bytes: Buffer.alloc(0), name: 'empty.pdf' });
    expect(empty.status).toBe(400);
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
    expect((await httpClient(intake.url).get(path)).status).toBe(403);
  });

  it("does not let anyone but the owner add to an application's evidence", async () => {
    const { applicationId } = await anApplicantWithADraft(intake.url);
    expect((await uploadEvidence(intake.url, { id: unique('applicant'), role: 'applicant' }, applicationId, { bytes: aPdf(), name: 'x.pdf' })).status).toBe(404);
    expect((await uploadEvidence(intake.url, { id: 'officer-city', role: 'city-officer' }, applicationId, { bytes: aPdf(), name: 'x.pdf' })).status).toBe(403);
    expect((await uploadEvidence(intake.url, undefined, applicationId, { bytes: aPdf(), name: 'x.pdf' })).status).toBe(403);
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
