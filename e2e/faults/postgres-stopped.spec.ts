import { PrismaClient } from '.prisma/notification-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { createKafka, EventPublisher } from '@makerspace/events';
import { BootedService, httpClient, HttpAnswer, sampleFiling, unique, waitFor } from '@makerspace/testing';
import { todayInShanghai } from '@makerspace/policy';
import { bootServices, closeServices, ServiceName } from './support/fault-system';
import { startServer, stopServer } from './support/fault-servers';
import { recordRecovery } from './support/recovery-times';

const city = { id: 'officer-city', role: 'city-officer', scope: null };

/** A request of each service that needs its database. */
const NEEDS_THE_DATABASE: Record<ServiceName, { path: string; as: typeof city | undefined }> = {
  intake: { path: '/registry', as: undefined },
  review: { path: '/tasks', as: city },
  evaluation: { path: '/spaces', as: city },
  notification: { path: '/inbox?recipient=officer-city', as: city },
};

/** Longer than a consumer's retries of a failing handler (about 6 s) before it would dead-letter. */
const OUTAGE_MS = 12_000;

/**
 * PostgreSQL stops under the four running services and starts again: while it is down they answer
 * what needs it 503 with Retry-After (never 500), their readiness is red and their liveness green,
 * and an event that arrives is kept on its topic, not dead-lettered; once it is back they serve
 * again without a restart, the event is handled once, and a write refused meanwhile left nothing.
 */
describe('PostgreSQL stopped under the services', () => {
  const inboxDb = new PrismaClient({ adapter: prismaAdapter(connectionSettings('notification')) });
  const publisher = new EventPublisher(createKafka('faults-postgres'));
  let services: Record<ServiceName, BootedService>;

  beforeAll(async () => {
    services = await bootServices(['intake', 'review', 'evaluation', 'notification']);
  });

  afterAll(async () => {
    await startServer('postgres');
    await closeServices(services);
    await publisher.disconnect();
    await inboxDb.$disconnect();
  });

  const call = (name: ServiceName, path: string, as = NEEDS_THE_DATABASE[name].as) => httpClient(services[name].url, as ?? undefined).get(path);
  const everyService = <T>(f: (name: ServiceName) => Promise<T>) => Promise.all((Object.keys(NEEDS_THE_DATABASE) as ServiceName[]).map(f));

  it('answers 503 with Retry-After while it is down, and recovers without a restart', async () => {
    const applicant = { id: unique('applicant'), role: 'applicant', scope: null };
    const intake = httpClient(services.intake.url, applicant);
    const organisation = sampleFiling(todayInShanghai(new Date())).organisation;
    for (const name of Object.keys(NEEDS_THE_DATABASE) as ServiceName[]) expect((await call(name, '/health/ready')).status).toBe(200);

    await stopServer('postgres');
    const stoppedAt = Date.now();
    const event = submittedEvent(applicant.id);
    await publisher.publish(event);

    const asked = Date.now();
    const refusedWrite = await intake.post('/organisations', organisation);
    const refusedInMs = Date.now() - asked;
    expectUnavailable(refusedWrite);
    for (const answer of await everyService((name) => call(name, NEEDS_THE_DATABASE[name].path))) expectUnavailable(answer);
    for (const answer of await everyService((name) => call(name, '/health/live'))) expect(answer.status).toBe(200);
    for (const answer of await everyService((name) => call(name, '/health/ready'))) {
      expect(answer.status).toBe(503);
      expect(answer.body).toMatchObject({ code: 'NOT_READY', detail: expect.stringContaining('database'), error: { database: { status: 'down' } } });
    }

    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt))));
    await startServer('postgres');
    const restartedAt = Date.now();
    await waitFor(
      'every service to be ready again',
      async () => (await everyService((name) => call(name, '/health/ready'))).every((a) => a.status === 200),
      60_000,
      100,
    );
    await waitFor(
      'every service to serve again',
      async () => (await everyService((name) => call(name, NEEDS_THE_DATABASE[name].path))).every((a) => a.status === 200),
      60_000,
      100,
    );
    await waitFor('the notice of the event published meanwhile', () => inboxDb.inboxItem.findFirst({ where: { eventId: event.id } }), 60_000, 100);
    recordRecovery('postgres', { downForMs: restartedAt - stoppedAt, recoveredInMs: Date.now() - restartedAt, refusedInMs });
    expect(await inboxDb.inboxItem.count({ where: { eventId: event.id } })).toBe(1);

    // The refused registration left nothing behind: the same organisation registers once, now.
    const registered = await intake.post<{ id: string }>('/organisations', organisation);
    expect(registered.status).toBe(201);
    expect((await intake.post('/organisations', organisation)).status).toBe(409);
  });
});

function expectUnavailable(answer: HttpAnswer) {
  expect({ status: answer.status, retryAfter: answer.headers.get('retry-after') }).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
  expect(answer.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
}

/** An event for the notification service to handle (an applicant's submission notice). */
function submittedEvent(applicantUserId: string) {
  const applicationId = unique('application');
  return {
    id: unique('event'),
    type: 'application.submitted',
    version: 1,
    occurredAt: new Date().toISOString(),
    subject: applicationId,
    actor: { id: applicantUserId, role: 'applicant' as const },
    payload: {
      applicationId,
      organisationId: unique('organisation'),
      spaceName: '鞍山创客空间',
      divisionCode: '210302',
      applicantUserId,
      uscc: '91210302MA0000000X',
      rulesetId: 'anshan-2020-trial',
      rulesetVersion: 1,
      submittedOn: todayInShanghai(new Date()),
    },
  };
}
