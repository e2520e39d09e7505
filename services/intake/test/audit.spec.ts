import { verifyChain } from '@makerspace/audit';
import { temporalSettings } from '@makerspace/config';
import { TemporalGateway } from '@makerspace/temporal';
import { bootService, BootedService, httpClient, unique, waitFor, aPdf } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { AppModule } from '../src/app.module';
import { PrismaService } from '../src/database/prisma.service';
import { INTAKE_SERVICE } from '../src/service';
import { anApplicantWithADraft } from './support/applicant';
import { FilingDesk } from './support/filing-desk';
import { uploadEvidence } from './support/upload';

interface Entry {
  actorId: string;
  actorRole: string;
  action: string;
  subjectType: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Intake's audit trail, as a city officer reads it: every change the applicant makes to its
 * organisation and application is there, in order, with the record before and after.
 */
describe("intake's audit trail", () => {
  let worker: RunningWorker;
  let intake: BootedService;
  const temporal = new TemporalGateway(temporalSettings());
  const prisma = new PrismaService();
  let desk: FilingDesk;

  beforeAll(async () => {
    process.env.FILING_TASK_QUEUE = unique('filing-intake-audit');
    process.env.INTAKE_GROUP_ID = unique('intake-audit');
    worker = await startWorker();
    intake = await bootService(AppModule, INTAKE_SERVICE);
    desk = new FilingDesk(await temporal.client());
  });

  afterAll(async () => {
    await intake?.close();
    await worker?.shutdown();
    await temporal.close();
    await prisma.$disconnect();
  });

  const trailOf = async (subject: string) => {
    const answer = await httpClient(intake.url, { id: 'officer-city', role: 'city-officer' }).get<Entry[]>(`/audit?subject=${subject}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it('records the organisation registered, with its applicant', async () => {
    const { as, organisationId } = await anApplicantWithADraft(intake.url);
    expect(await trailOf(organisationId)).toEqual([
      expect.objectContaining({
        action: 'organisation.registered',
        subjectType: 'organisation',
        actorId: as.id,
        actorRole: 'applicant',
        before: null,
        after: expect.objectContaining({ id: organisationId }),
      }),
    ]);
  });

  it('records a draft created, edited, given evidence and relieved of it, and withdrawn with its reason', async () => {
    const { as, client, sample, applicationId } = await anApplicantWithADraft(intake.url);
    const edited = await client.put<{ revision: number }>(`/applications/${applicationId}`, {
      ...sample.application,
      spaceName: '鞍山创客空间（二期）',
      revision: 1,
    });
    expect(edited.status).toBe(200);
    const evidence = await uploadEvidence<{ id: string }>(intake.url, as, applicationId, { bytes: aPdf(), name: 'lease.pdf' });
    expect(evidence.status).toBe(201);
    expect((await client.delete(`/applications/${applicationId}/evidence/${evidence.body.id}`)).status).toBe(204);
    expect((await client.post(`/applications/${applicationId}/withdraw`, { reason: 'we moved the venue' })).status).toBe(200);

    const trail = await trailOf(applicationId);
    expect(trail.map((e) => e.action)).toEqual(['application.drafted', 'application.edited', 'evidence.added', 'evidence.removed', 'application.withdrawn']);
    const [drafted, edit, added, removed, withdrawn] = trail;
    expect(drafted).toMatchObject({ actorId: as.id, before: null, after: { status: 'DRAFT', spaceName: '鞍山创客空间' } });
    expect(edit).toMatchObject({ before: { spaceName: '鞍山创客空间', revision: 1 }, after: { spaceName: '鞍山创客空间（二期）', revision: 2 } });
    expect(added).toMatchObject({ before: null, after: { id: evidence.body.id, fileName: 'lease.pdf' } });
    expect(added.after).not.toHaveProperty('storageKey');
    expect(removed).toMatchObject({ before: { id: evidence.body.id }, after: null });
    expect(withdrawn).toMatchObject({ reason: 'we moved the venue', before: { status: 'DRAFT' }, after: { status: 'WITHDRAWN' } });
  });

  it('records the submission, and the resubmission answering a return, in the transaction that stores them', async () => {
    const { client, sample, applicationId } = await anApplicantWithADraft(intake.url);
    expect((await client.post(`/applications/${applicationId}/submit`)).status).toBe(201);
    await desk.returnAtPreliminaryReview(applicationId, sample.application.divisionCode);
    const revision = await waitFor('the return in intake', async () => {
      const app = await client.get<{ status: string; revision: number }>(`/applications/${applicationId}`);
      return app.body.status === 'RETURNED' ? app.body.revision : undefined;
    });
    const figures = { ...sample.application.figures, startupWorkstations: 45 };
    expect((await client.post(`/applications/${applicationId}/resubmit`, { figures, note: 'lease annex attached', revision })).status).toBe(200);

    const trail = await trailOf(applicationId);
    expect(trail.map((e) => e.action)).toEqual(['application.drafted', 'application.submitted', 'application.resubmitted']);
    expect(trail[1]).toMatchObject({ before: { status: 'DRAFT' }, after: { status: 'SUBMITTED', stage: 'PRELIMINARY_REVIEW' } });
    expect(trail[2]).toMatchObject({
      reason: 'lease annex attached',
      before: { status: 'RETURNED' },
      after: { status: 'IN_REVIEW', figures: { startupWorkstations: 45 } },
    });
  });

  it('writes nothing for a refused change', async () => {
    const { client, sample, applicationId } = await anApplicantWithADraft(intake.url);
    expect((await client.put(`/applications/${applicationId}`, { ...sample.application, revision: 7 })).status).toBe(409);
    expect((await trailOf(applicationId)).map((e) => e.action)).toEqual(['application.drafted']);
  });

  it('keeps a chain that verifies', async () => {
    expect((await verifyChain(prisma)).broken).toBeNull();
  });
});
