import { WorkflowNotFoundError } from '@temporalio/common';
import { filingWorkflowId } from '@makerspace/contracts';
import { temporalSettings } from '@makerspace/config';
import { TemporalGateway } from '@makerspace/temporal';
import { bootService, BootedService, httpClient, unique, waitFor } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { AppModule } from '../src/app.module';
import { INTAKE_SERVICE } from '../src/service';
import { anApplicantWithADraft } from './support/applicant';
import { FilingDesk } from './support/filing-desk';

interface ApplicationView {
  status: string;
  stage: string | null;
  revision: number;
  figures: Record<string, unknown>;
}

describe('the applicant withdraws, or answers a return for correction', () => {
  let worker: RunningWorker;
  let intake: BootedService;
  const temporal = new TemporalGateway(temporalSettings());
  let desk: FilingDesk;

  beforeAll(async () => {
    process.env.FILING_TASK_QUEUE = unique('filing-intake');
    process.env.INTAKE_GROUP_ID = unique('intake-withdraw-resubmit');
    worker = await startWorker();
    intake = await bootService(AppModule, INTAKE_SERVICE);
    desk = new FilingDesk(await temporal.client());
  });

  afterAll(async () => {
    await intake?.close();
    await worker?.shutdown();
    await temporal.close();
  });

  const submitted = async () => {
    const applicant = await anApplicantWithADraft(intake.url);
    const submit = await applicant.client.post(`/applications/${applicant.applicationId}/submit`);
    expect(submit.status).toBe(201);
    return applicant;
  };

  describe('withdrawal', () => {
    it('withdraws a draft at once, without starting a procedure', async () => {
      const { client, applicationId } = await anApplicantWithADraft(intake.url);
      const withdrawn = await client.post(`/applications/${applicationId}/withdraw`, { reason: 'we moved the venue' });
      expect(withdrawn).toMatchObject({ status: 200, body: { applicationId, status: 'WITHDRAWN' } });
      expect((await client.get<ApplicationView>(`/applications/${applicationId}`)).body.status).toBe('WITHDRAWN');
      await expect(desk.state(applicationId)).rejects.toBeInstanceOf(WorkflowNotFoundError);

      expect((await client.post(`/applications/${applicationId}/submit`)).status).toBe(409);
      expect(await client.post(`/applications/${applicationId}/withdraw`, {})).toMatchObject({ status: 409, body: { code: 'CLOSED' } });
    });

    it('withdraws a submitted application through its procedure, which closes its open tasks', async () => {
      const { client, applicationId } = await submitted();
      await desk.task(applicationId, 'preliminary-review');

      const withdrawn = await client.post(`/applications/${applicationId}/withdraw`, { reason: 'the operator is closing the space' });
      expect(withdrawn).toMatchObject({ status: 200, body: { applicationId, status: 'WITHDRAWN' } });
      expect(await (await temporal.client()).workflow.getHandle(filingWorkflowId(applicationId)).result()).toMatchObject({ status: 'WITHDRAWN' });
      expect(await desk.state(applicationId)).toMatchObject({ status: 'WITHDRAWN', openTasks: [] });

      expect(await client.post(`/applications/${applicationId}/withdraw`, {})).toMatchObject({ status: 409, body: { code: 'CLOSED' } });
      await waitFor('the withdrawal on the timeline', async () => {
        const timeline = await client.get<{ type: string }[]>(`/applications/${applicationId}/timeline`);
        return timeline.body.some((e) => e.type === 'application.withdrawn');
      });
    });

    it("answers 404 to an applicant withdrawing someone else's application", async () => {
      const { applicationId } = await submitted();
      const stranger = httpClient(intake.url, { id: unique('applicant'), role: 'applicant' });
      expect((await stranger.post(`/applications/${applicationId}/withdraw`, {})).status).toBe(404);
    });
  });

  describe('answer to a return for correction', () => {
    const returned = async () => {
      const applicant = await submitted();
      await desk.returnAtPreliminaryReview(applicant.applicationId, applicant.sample.application.divisionCode);
      const app = await waitFor('the return in intake', async () => {
        const got = await applicant.client.get<ApplicationView>(`/applications/${applicant.applicationId}`);
        return got.body.status === 'RETURNED' ? got.body : undefined;
      });
      return { ...applicant, revision: app.revision };
    };

    it('is taken with corrected figures that meet Art. 5, and the district reviews the application again', async () => {
      const { client, applicationId, sample, revision } = await returned();
      const figures = { ...sample.application.figures, startupWorkstations: 45 };
      const answer = await client.post(`/applications/${applicationId}/resubmit`, { figures, note: 'lease annex attached', revision });
      expect(answer).toMatchObject({ status: 200, body: { applicationId, status: 'IN_REVIEW', stage: 'PRELIMINARY_REVIEW', revision: revision + 1 } });

      const app = (await client.get<ApplicationView>(`/applications/${applicationId}`)).body;
      expect(app).toMatchObject({ status: 'IN_REVIEW', stage: 'PRELIMINARY_REVIEW', revision: revision + 1 });
      expect(app.figures.startupWorkstations).toBe(45);
      const state = await desk.state(applicationId);
      expect(state.status).toBe('IN_REVIEW');
      expect(state.history.map((h) => h.action)).toContain('resubmitted');
      await desk.task(applicationId, 'preliminary-review');
    });

    it('is refused with every failing condition and its article when the figures do not meet Art. 5', async () => {
      const { client, applicationId, sample, revision } = await returned();
      const figures = { ...sample.application.figures, totalAreaM2: 300, staff: { total: 5, professionalIncubation: 1, property: 1 } };
      const answer = await client.post<{ code: string; errors: { article: string }[] }>(`/applications/${applicationId}/resubmit`, { figures, revision });
      expect(answer.status).toBe(422);
      expect(answer.body.code).toBe('CONDITIONS_NOT_MET');
      expect(answer.body.errors.map((i) => i.article)).toEqual(expect.arrayContaining(['Art. 5(2)', 'Art. 5(5)']));
      expect((await client.get<ApplicationView>(`/applications/${applicationId}`)).body).toMatchObject({ status: 'RETURNED', revision });
      expect((await desk.state(applicationId)).status).toBe('RETURNED');
    });

    it('is refused when the figures are not figures at all, listing every bad field', async () => {
      const { client, applicationId, sample, revision } = await returned();
      const figures = { ...sample.application.figures, totalAreaM2: 'large', startupWorkstations: -1 };
      const answer = await client.post<{ code: string; errors: { pointer: string }[] }>(`/applications/${applicationId}/resubmit`, { figures, revision });
      expect(answer.status).toBe(400);
      expect(answer.body.errors.map((i) => i.pointer)).toEqual(expect.arrayContaining(['/figures/totalAreaM2', '/figures/startupWorkstations']));
    });

    it('is refused on a stale revision, so a newer edit is never overwritten', async () => {
      const { client, applicationId, sample, revision } = await returned();
      const answer = await client.post(`/applications/${applicationId}/resubmit`, { figures: sample.application.figures, revision: revision - 1 });
      expect(answer).toMatchObject({ status: 409, body: { code: 'STALE_REVISION' } });
      expect((await desk.state(applicationId)).status).toBe('RETURNED');
    });

    it('gives a repeat under the same Idempotency-Key the first answer, and resubmits once', async () => {
      const { client, applicationId, sample, revision } = await returned();
      const body = { figures: sample.application.figures, revision };
      const key = { 'Idempotency-Key': unique('resubmit') };
      const first = await client.post(`/applications/${applicationId}/resubmit`, body, key);
      const again = await client.post(`/applications/${applicationId}/resubmit`, body, key);
      expect(first.status).toBe(200);
      expect(again).toEqual(expect.objectContaining({ status: 200, body: first.body }));
      const resubmissions = (await desk.state(applicationId)).history.filter((h) => h.action === 'resubmitted');
      expect(resubmissions).toHaveLength(1);

      const otherBody = await client.post(`/applications/${applicationId}/resubmit`, { ...body, note: 'changed' }, key);
      expect(otherBody).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    });

    it('is refused while the application is not returned', async () => {
      const { client, applicationId, sample } = await submitted();
      const answer = await client.post(`/applications/${applicationId}/resubmit`, { figures: sample.application.figures, revision: 2 });
      expect(answer).toMatchObject({ status: 409, body: { code: 'WRONG_STAGE' } });
    });
  });
});
