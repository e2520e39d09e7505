import { createHash } from 'node:crypto';
import { EventEnvelope } from '@makerspace/contracts';
import { FileStore, openFileStore } from '@makerspace/files';
import { todayInShanghai } from '@makerspace/policy';
import { aPdf, aPng, As, bootService, BootedService, downloadFile, httpClient, pdfText, unique, uploadFile } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { DocumentIssuer } from '../src/documents/document-issuer';
import { PrismaService } from '../src/database/prisma.service';
import { INTAKE_SERVICE } from '../src/service';
import { TimelineConsumer } from '../src/timeline/timeline-consumer';
import { anApplicantWithADraft } from './support/applicant';

interface DocumentRecord {
  kind: string;
  applicationId?: string;
  verificationCode: string;
  title: string;
  facts: { filingNumber: string; spaceName: string; organisationName: string };
  sizeBytes: number;
  sha256: string;
  sealFingerprint: string;
  issuedAt: string;
}

interface Verdict {
  verdict: 'GENUINE' | 'ALTERED' | 'UNKNOWN';
  reason?: string;
  document?: DocumentRecord;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const city: As = { id: 'city-officer-documents', role: 'city-officer' };

/**
 * The filing certificate (Art. 6) made when an application is filed, kept in the real object store,
 * and checked by anyone on the public verification endpoint. The `application.filed` event is given
 * to the consumer's handler the way it receives it (no made-up event travels on the shared topic).
 */
describe('the filing certificate and its public verification', () => {
  let intake: BootedService;
  let timeline: TimelineConsumer;
  const store: FileStore = openFileStore();

  beforeAll(async () => {
    process.env.INTAKE_GROUP_ID = unique('intake-documents');
    intake = await bootService(AppModule, INTAKE_SERVICE);
    timeline = intake.app.get(TimelineConsumer);
  });

  afterAll(() => intake?.close());

  async function aFiledApplication(divisionCode = '210302') {
    const app = await anApplicantWithADraft(intake.url, divisionCode);
    const filingNumber = unique('鞍科众备-2026');
    const event: EventEnvelope = {
      id: `filing-${app.applicationId}:42:application.filed`,
      type: 'application.filed',
      version: 1,
      occurredAt: '2026-12-07T06:30:00.000Z',
      subject: app.applicationId,
      actor: { id: 'filing-workflow', role: 'system' },
      payload: {
        applicationId: app.applicationId,
        organisationId: app.organisationId,
        spaceName: app.sample.application.spaceName,
        divisionCode,
        applicantUserId: app.as.id,
        spaceId: unique('space'),
        filingNumber,
        filedOn: todayInShanghai(new Date()),
      },
    };
    await timeline.record(event);
    return { ...app, filingNumber, event };
  }

  async function certificateOf(applicationId: string, as: As = city) {
    const list = await httpClient(intake.url, as).get<DocumentRecord[]>(`/applications/${applicationId}/documents`);
    expect(list.status).toBe(200);
    const download = await downloadFile(`${intake.url}/applications/${applicationId}/documents/filing-certificate`, as);
    expect(download.status).toBe(200);
    return { record: list.body[0], pdf: download.bytes, list: list.body, headers: download.headers };
  }

  it('is made when the application is filed, kept in the object store with its checksum, and states the filing number and the space in Chinese', async () => {
    const filed = await aFiledApplication();
    const { record, pdf, list, headers } = await certificateOf(filed.applicationId, filed.as);
    expect(list).toHaveLength(1);
    expect(record).toMatchObject({
      kind: 'filing-certificate',
      applicationId: filed.applicationId,
      sha256: sha256(pdf),
      sizeBytes: pdf.length,
      issuedAt: filed.event.occurredAt,
    });
    expect(record.facts).toMatchObject({
      filingNumber: filed.filingNumber,
      spaceName: filed.sample.application.spaceName,
      organisationName: filed.sample.organisation.name,
    });
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('x-content-sha256')).toBe(sha256(pdf));
    expect(await store.has(sha256(pdf))).toBe(true);

    const { text } = await pdfText(pdf);
    expect(text).toContain(filed.filingNumber);
    expect(text).toContain(filed.sample.application.spaceName);
    expect(text).toContain(record.verificationCode);
  });

  it('is made once however often the event is delivered, and the same bytes when made again for the same decision', async () => {
    const filed = await aFiledApplication();
    const first = await certificateOf(filed.applicationId);
    await timeline.record(filed.event);
    await timeline.recordMany([filed.event, filed.event]);
    const again = await certificateOf(filed.applicationId);
    expect(again.list).toHaveLength(1);
    expect(again.record).toEqual(first.record);

    // A crash between keeping the bytes and recording them: the retry makes the very same document.
    const prisma = intake.app.get(PrismaService);
    await prisma.officialDocument.deleteMany({ where: { applicationId: filed.applicationId } });
    await intake.app.get(DocumentIssuer).issueFor(filed.event);
    const remade = await certificateOf(filed.applicationId);
    expect(remade.record.sha256).toBe(first.record.sha256);
    expect(remade.record.verificationCode).toBe(first.record.verificationCode);
    expect(remade.pdf.equals(first.pdf)).toBe(true);
  });

  it('is downloaded by the applicant of the organisation and staff in scope only', async () => {
    const filed = await aFiledApplication('210302');
    const url = `${intake.url}/applications/${filed.applicationId}/documents/filing-certificate`;
    const status = async (as: As | undefined) => (await downloadFile(url, as)).status;
    expect(await status(filed.as)).toBe(200);
    expect(await status({ id: 'tiedong-officer', role: 'district-officer', scope: '210302' })).toBe(200);
    expect(await status(city)).toBe(200);
    expect(await status({ id: unique('applicant'), role: 'applicant' })).toBe(404);
    expect(await status({ id: 'haicheng-officer', role: 'district-officer', scope: '210381' })).toBe(404);
    expect(await status(undefined)).toBe(401);
  });

  it('answers a document kind that does not exist with 400 naming the field, and an application not yet filed with 404', async () => {
    const filed = await aFiledApplication();
    const wrong = await httpClient(intake.url, city).get(`/applications/${filed.applicationId}/documents/diploma`);
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/kind' }] });
    const draft = await anApplicantWithADraft(intake.url);
    expect((await downloadFile(`${intake.url}/applications/${draft.applicationId}/documents/filing-certificate`, draft.as)).status).toBe(404);
  });

  it('issues the decision not to file when an application is rejected, with every reason and its article', async () => {
    const app = await anApplicantWithADraft(intake.url);
    const reasons = [{ text: '在孵企业数量不足10家', article: 'Art. 5(3)' }];
    const event: EventEnvelope = {
      id: `filing-${app.applicationId}:17:application.rejected`,
      type: 'application.rejected',
      version: 1,
      occurredAt: '2026-12-07T08:00:00.000Z',
      subject: app.applicationId,
      actor: { id: 'city-officer-documents', role: 'city-officer' },
      payload: {
        applicationId: app.applicationId,
        organisationId: app.organisationId,
        spaceName: app.sample.application.spaceName,
        divisionCode: '210302',
        applicantUserId: app.as.id,
        stage: 'RE_REVIEW',
        reasons,
      },
    };
    await timeline.record(event);
    await timeline.record(event);
    const list = await httpClient(intake.url, app.as).get<DocumentRecord[]>(`/applications/${app.applicationId}/documents`);
    expect(list.body.map((d) => d.kind)).toEqual(['rejection-letter']);
    expect(list.body[0].facts).toMatchObject({ stage: 'RE_REVIEW', reasons, decidedOn: '2026-12-07' });
    const letter = await downloadFile(`${intake.url}/applications/${app.applicationId}/documents/rejection-letter`, app.as);
    expect(letter.status).toBe(200);
    const { text } = await pdfText(letter.bytes);
    expect(text).toContain('不予备案决定书');
    expect(text).toContain(app.sample.application.spaceName);
    expect(text).toContain('在孵企业数量不足10家');
    const check = await uploadFile<Verdict>(`${intake.url}/verification`, undefined, { bytes: letter.bytes, name: 'letter.pdf' });
    expect(check.body).toMatchObject({ verdict: 'GENUINE', document: { kind: 'rejection-letter' } });
  });

  describe('public verification (no sign-in)', () => {
    it('answers the code printed on a certificate with its record and checksum', async () => {
      const filed = await aFiledApplication();
      const { record } = await certificateOf(filed.applicationId);
      const answer = await httpClient(intake.url).get<DocumentRecord>(`/verification/${record.verificationCode.toLowerCase().replace('-', '')}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ verificationCode: record.verificationCode, sha256: record.sha256, facts: { filingNumber: filed.filingNumber } });
      expect(answer.body).not.toHaveProperty('applicationId');
    });

    it('answers an unknown code with 404 and a code that cannot be one with 400 naming the field', async () => {
      expect((await httpClient(intake.url).get('/verification/00000-00000')).status).toBe(404);
      const bad = await httpClient(intake.url).get('/verification/not-a-code');
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ errors: [{ pointer: '/code', rule: 'format' }] });
    });

    it('confirms a genuine certificate: its checksum is on record and its seal verifies', async () => {
      const filed = await aFiledApplication();
      const { record, pdf } = await certificateOf(filed.applicationId);
      const answer = await uploadFile<Verdict>(`${intake.url}/verification`, undefined, { bytes: pdf, name: 'certificate.pdf', type: 'application/pdf' });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ verdict: 'GENUINE', document: { verificationCode: record.verificationCode, sha256: record.sha256 } });
    });

    it('refuses a certificate with one byte changed as altered, naming the document it claims to be', async () => {
      const filed = await aFiledApplication();
      const { record, pdf } = await certificateOf(filed.applicationId);
      const altered = Buffer.from(pdf);
      const at = altered.indexOf('stream') + 40;
      altered[at] = altered[at] ^ 0x01;
      const answer = await uploadFile<Verdict>(`${intake.url}/verification`, undefined, { bytes: altered, name: 'certificate.pdf', type: 'application/pdf' });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ verdict: 'ALTERED', document: { verificationCode: record.verificationCode } });
      expect(answer.body.document!.sha256).not.toBe(sha256(altered));
    });

    it('reports a PDF the bureau never issued as unknown, and refuses what is not a PDF or is empty', async () => {
      const unknown = await uploadFile<Verdict>(`${intake.url}/verification`, undefined, { bytes: aPdf('forged certificate'), name: 'forged.pdf' });
      expect(unknown.status).toBe(200);
      expect(unknown.body).toMatchObject({ verdict: 'UNKNOWN' });

      const png = await uploadFile(`${intake.url}/verification`, undefined, { bytes: aPng(), name: 'photo.png' });
      expect(png.status).toBe(415);
      expect(png.body).toMatchObject({ code: 'FILE_TYPE_NOT_ACCEPTED', errors: [{ pointer: '/file', rule: 'fileType' }] });
      const empty = await uploadFile(`${intake.url}/verification`, undefined, { bytes: Buffer.alloc(0), name: 'empty.pdf' });
      expect(empty.status).toBe(400);
      expect(empty.body).toMatchObject({ errors: [{ pointer: '/file', rule: 'required' }] });
    });
  });
});
