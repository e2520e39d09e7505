import { bootService, BootedService, httpClient, unique } from '@makerspace/testing';
import { temporalSettings } from '@makerspace/config';
import { TemporalGateway } from '@makerspace/temporal';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { AppModule } from '../src/app.module';
import { INTAKE_SERVICE } from '../src/service';
import { anApplicantWithADraft } from './support/applicant';
import { FilingDesk } from './support/filing-desk';

describe('objections from the public (Art. 6(4))', () => {
  let worker: RunningWorker;
  let intake: BootedService;
  const temporal = new TemporalGateway(temporalSettings());
  let desk: FilingDesk;

  beforeAll(async () => {
    process.env.FILING_TASK_QUEUE = unique('filing-objections');
    process.env.INTAKE_GROUP_ID = unique('intake-objections');
    worker = await startWorker();
    intake = await bootService(AppModule, INTAKE_SERVICE);
    desk = new FilingDesk(await temporal.client());
  });

  afterAll(async () => {
    await intake?.close();
    await worker?.shutdown();
    await temporal.close();
  });

  const object = (applicationId: string, body: unknown) =>
    httpClient(intake.url).post<Record<string, unknown>>(`/public-notices/${applicationId}/objections`, body);

  it('takes an objection during the notice period and gives the city a task to resolve it', async () => {
    const app = await anApplicantWithADraft(intake.url);
    expect((await app.client.post(`/applications/${app.applicationId}/submit`)).status).toBe(201);
    await desk.bringToPublicNotice(app.applicationId, app.sample.application.divisionCode);

    const lodged = await object(app.applicationId, { text: '该空间实际面积不足五百平方米', contact: 'witness@example.org' });
    expect(lodged.status).toBe(201);
    expect(lodged.body).toEqual({ objectionId: expect.any(String), applicationId: app.applicationId, lodgedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    const state = await desk.state(app.applicationId);
    expect(state.notice?.objections).toEqual([expect.objectContaining({ objectionId: lodged.body.objectionId, status: 'OPEN' })]);
    await desk.task(app.applicationId, 'resolve-objection');
  });

  it('refuses an objection outside the notice period with a conflict citing Art. 6(4)', async () => {
    const app = await anApplicantWithADraft(intake.url);
    expect((await app.client.post(`/applications/${app.applicationId}/submit`)).status).toBe(201);
    await desk.task(app.applicationId, 'preliminary-review');

    const refused = await object(app.applicationId, { text: 'objection too early' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'WRONG_STAGE', errors: [{ article: 'Art. 6(4)' }] });
  });

  it('refuses an objection to a draft, which has no procedure, citing Art. 6(4)', async () => {
    const app = await anApplicantWithADraft(intake.url);
    const refused = await object(app.applicationId, { text: 'objection to a draft' });
    expect(refused).toMatchObject({ status: 409, body: { code: 'CLOSED', errors: [{ article: 'Art. 6(4)' }] } });
  });

  it('knows no notice for an application it has never seen', async () => {
    expect((await object('00000000-0000-4000-8000-000000000000', { text: 'who?' })).status).toBe(404);
  });

  it('asks for the text of the objection', async () => {
    const refused = await object('00000000-0000-4000-8000-000000000000', { text: '   ', contact: 'x'.repeat(300) });
    expect(refused.status).toBe(400);
    expect((refused.body.errors as { pointer: string }[]).map((i) => i.pointer)).toEqual(expect.arrayContaining(['/text', '/contact']));
  });

  it('stops a flood of objections from one address', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await object('00000000-0000-4000-8000-000000000000', { text: `objection ${i}` }));
    const flooded = answers.find((a) => a.status === 429);
    expect(flooded?.body).toMatchObject({
      status: 429,
      code: 'TOO_MANY_REQUESTS',
      detail: 'too many objections from this address; wait a minute and try again',
    });
  });
});
