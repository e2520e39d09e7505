import { PrismaClient } from '.prisma/notification-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { BootedService, httpClient, waitFor } from '@makerspace/testing';
import { applicants, submitApplication } from './support/applicants';
import { FAULT_PORTS, startServer, stopServer } from './support/fault-servers';
import { bootServices, closeServices } from './support/fault-system';
import { mailsTo } from './support/mail-sink';
import { recordRecovery } from './support/recovery-times';
import { WorkerProcess } from './support/worker-process';

const OUTAGE_MS = 30_000;

/**
 * The Kafka broker stops for 30 s while applications are submitted: the worker's outbox keeps
 * retrying its publishes, the consumers of intake and notification reconnect, and once the broker
 * is back every event arrives, every notice is in the inbox once and every e-mail is sent once.
 */
describe('the Kafka broker stopped for 30 s while events are produced', () => {
  let people: Awaited<ReturnType<typeof applicants>>;
  const inboxDb = new PrismaClient({ adapter: prismaAdapter(connectionSettings('notification')) });
  let services: Record<'intake' | 'notification', BootedService>;
  let worker: WorkerProcess;

  beforeAll(async () => {
    people = await applicants(4);
    worker = await WorkerProcess.start();
    services = await bootServices(['intake', 'notification']);
  });

  afterAll(async () => {
    await startServer('kafka');
    await closeServices(services);
    await worker?.stop();
    await inboxDb.$disconnect();
  });

  it('loses no event and delivers no notification twice', async () => {
    const [before, ...during] = people;
    const applications = [await submitApplication(services.intake.url, before)];
    await waitFor('the first notice', async () => (await inboxDb.inboxItem.count({ where: { recipient: before.id } })) > 0, 30_000);

    await stopServer('kafka');
    const stoppedAt = Date.now();
    // Submissions spread over the outage, each publishing events that cannot reach the broker.
    for (const [i, applicant] of during.entries()) {
      await sleepUntil(stoppedAt + (i * OUTAGE_MS) / during.length);
      applications.push(await submitApplication(services.intake.url, applicant));
    }
    await sleepUntil(stoppedAt + OUTAGE_MS);
    await startServer('kafka');
    const restartedAt = Date.now();

    await waitFor(
      'a submission notice and its e-mail for every applicant',
      async () => {
        const noticed = await inboxDb.inboxItem.groupBy({ by: ['recipient'], where: { recipient: { in: people.map((p) => p.id) } } });
        const mailed = await Promise.all(people.map((p) => mailsTo(FAULT_PORTS.smtpHttp, p.email)));
        return noticed.length === people.length && mailed.every((m) => m.length > 0);
      },
      120_000,
      250,
    );
    recordRecovery('kafka', { downForMs: restartedAt - stoppedAt, recoveredInMs: Date.now() - restartedAt });

    // Give a duplicate the time to show, then count: one notice and one e-mail each.
    await sleepUntil(Date.now() + 3_000);
    for (const applicant of people) {
      const notices = await inboxDb.inboxItem.findMany({ where: { recipient: applicant.id } });
      expect(notices.map((n) => n.eventType)).toEqual(['application.submitted']);
      expect(await mailsTo(FAULT_PORTS.smtpHttp, applicant.email)).toHaveLength(1);
    }
    // Intake's own consumer came back too: each timeline holds its submission once.
    for (const [i, id] of applications.entries()) {
      const timeline = await waitFor(`the timeline of ${id}`, async () => {
        const answer = await httpClient(services.intake.url, people[i]).get<{ type: string }[]>(`/applications/${id}/timeline`);
        return answer.status === 200 && answer.body.some((e) => e.type === 'application.submitted') ? answer.body : undefined;
      });
      expect(timeline.filter((e) => e.type === 'application.submitted')).toHaveLength(1);
    }
  });
});

const sleepUntil = (instant: number) => new Promise((r) => setTimeout(r, Math.max(0, instant - Date.now())));
