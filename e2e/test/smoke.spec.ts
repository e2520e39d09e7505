import { PrismaClient } from '.prisma/notification-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { todayInShanghai } from '@makerspace/policy';
import { bootService, BootedService, httpClient, sampleFiling, unique, waitFor } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { AppModule as IntakeModule, INTAKE_SERVICE } from '@makerspace/intake/testing';
import { AppModule as NotificationModule, NOTIFICATION_SERVICE } from '@makerspace/notification/testing';

/**
 * The whole stack, for real: an HTTP request to intake starts a workflow on the Temporal dev
 * server, its activity publishes to Kafka, the notification service consumes the event and
 * writes an inbox row through Prisma into PostgreSQL, and the test reads that row back.
 */
describe('a submission travels intake → Temporal → Kafka → notification → PostgreSQL', () => {
  let worker: RunningWorker;
  let intake: BootedService;
  let notification: BootedService;
  const notificationDb = new PrismaClient({ adapter: prismaAdapter(connectionSettings('notification')) });

  beforeAll(async () => {
    process.env.FILING_TASK_QUEUE = unique('filing-smoke');
    process.env.INTAKE_GROUP_ID = 'intake-e2e-smoke';
    process.env.NOTIFICATION_GROUP_ID = 'notification-e2e-smoke';
    worker = await startWorker();
    intake = await bootService(IntakeModule, INTAKE_SERVICE);
    notification = await bootService(NotificationModule, NOTIFICATION_SERVICE);
  });

  afterAll(async () => {
    await intake?.close();
    await notification?.close();
    await worker?.shutdown();
    await notificationDb.$disconnect();
  });

  it('writes the applicant an inbox notice for the submitted application', async () => {
    const applicantId = unique('applicant');
    const applicant = httpClient(intake.url, { id: applicantId, role: 'applicant' });
    const sample = sampleFiling(todayInShanghai(new Date()));

    const org = await applicant.post<{ id: string }>('/organisations', sample.organisation);
    expect(org.status).toBe(201);
    const app = await applicant.post<{ id: string }>('/applications', { ...sample.application, organisationId: org.body.id });
    expect(app.status).toBe(201);
    const submitted = await applicant.post<{ workflowId: string }>(`/applications/${app.body.id}/submit`);
    expect(submitted.status).toBe(201);
    expect(submitted.body.workflowId).toBe(`filing-${app.body.id}`);

    const row = await waitFor(
      'the inbox row',
      () => notificationDb.inboxItem.findFirst({ where: { recipient: applicantId, eventType: 'application.submitted' } }),
      60_000,
    );
    expect(row.subject).toBe(app.body.id);
    expect(row.titleEn).toBe('Filing application submitted');

    const inbox = await httpClient(notification.url, { id: applicantId, role: 'applicant' }).get<unknown[]>(`/inbox?recipient=${applicantId}`);
    expect(inbox.status).toBe(200);
    expect(inbox.body).toHaveLength(1);
  });
});
