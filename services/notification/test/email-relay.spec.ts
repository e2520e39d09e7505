import { PrismaClient } from '.prisma/notification-client';
import type { EventEnvelope } from '@makerspace/contracts';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { As, bootService, BootedService, emailOf, provisionPerson, unique, waitFor } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { PrismaService } from '../src/database/prisma.service';
import { recordNotices } from '../src/inbox/record-notices';
import { NOTIFICATION_SERVICE } from '../src/service';
import { messagesTo } from './smtp-sink';

const address = (who: string) => `${unique(who)}@example.org`;

/**
 * The relay asks the directory (the local stack's Keycloak, where these tests make their people)
 * for each recipient's addresses when it sends.
 */
describe('the e-mail relay sends the outbox through SMTP', () => {
  const applicant: As = { id: unique('applicant'), role: 'applicant' };
  let relays: BootedService[];
  const prisma = new PrismaClient({ adapter: prismaAdapter(connectionSettings('notification')) });

  beforeAll(async () => {
    process.env.NOTIFICATION_GROUP_ID = unique('notification-relay');
    process.env.EMAIL_POLL_MS = '200';
    // Two services side by side, as when the notification service is scaled out: they share the outbox.
    relays = [await bootService(AppModule, NOTIFICATION_SERVICE), await bootService(AppModule, NOTIFICATION_SERVICE)];
  });

  afterAll(async () => {
    for (const relay of relays ?? []) await relay.close();
    await prisma.$disconnect();
  });

  const outbox = (ids: string[]) => prisma.emailOutbox.findMany({ where: { id: { in: ids } } });

  it('delivers each pending mail exactly once, though two relays poll the same outbox', async () => {
    const eventId = unique('event');
    const people: As[] = Array.from({ length: 8 }, () => ({ id: unique('applicant'), role: 'applicant' }));
    for (const person of people) await provisionPerson(person);
    await prisma.emailOutbox.createMany({
      data: people.map((p) => ({ eventId, recipient: p.id, subject: '新任务 / New task', text: '截止日期2026-12-11。\n\nDue on 2026-12-11.' })),
    });
    const ids = (await prisma.emailOutbox.findMany({ where: { eventId } })).map((m) => m.id);

    await waitFor('every mail sent', async () => (await outbox(ids)).every((m) => m.status === 'SENT'), 30_000);
    await new Promise((r) => setTimeout(r, 1_000)); // several more polls by both relays

    for (const person of people) expect(await messagesTo(emailOf(person))).toHaveLength(1);
    const rows = await outbox(ids);
    expect(rows.every((m) => m.attempts === 1 && m.sentAt && m.lastError === null && m.sentTo === emailOf({ id: m.recipient!, role: 'applicant' }))).toBe(true);
    const [row] = rows;
    expect((await messagesTo(row.sentTo!))[0].raw).toContain(`Message-ID: <${row.id}@notification.makerspace>`);
  });

  it("mails everyone at a desk (a division's district officers) at the addresses of their accounts", async () => {
    const division = '219999';
    const officers: As[] = [1, 2].map(() => ({ id: unique('officer'), role: 'district-officer', scope: division }));
    for (const officer of officers) await provisionPerson(officer);
    const [{ id }] = await prisma.emailOutbox.createManyAndReturn({
      data: [{ eventId: unique('event'), recipient: `district-officer:${division}`, subject: '新任务 / New task', text: 't' }],
    });
    const sent = await waitFor('the desk mail sent', async () => ((await outbox([id]))[0].status === 'SENT' ? (await outbox([id]))[0] : undefined));
    for (const officer of officers) {
      expect(sent.sentTo).toContain(emailOf(officer));
      expect(await messagesTo(emailOf(officer))).toHaveLength(1);
    }
  });

  it('sends nothing for a recipient the directory has no address for (the in-app notice stands)', async () => {
    const [{ id }] = await prisma.emailOutbox.createManyAndReturn({
      data: [{ eventId: unique('event'), recipient: unique('nobody'), subject: 's', text: 't' }],
    });
    const row = await waitFor('the mail settled', async () => ((await outbox([id]))[0].status === 'NO_ADDRESS' ? (await outbox([id]))[0] : undefined));
    expect(row).toMatchObject({ sentTo: null, sentAt: null, lastError: null });
  });

  it('mails the applicant its correction reminder, to the address of its account in the directory', async () => {
    await provisionPerson(applicant);
    const reminder: EventEnvelope = {
      id: unique('task.reminded'),
      type: 'task.reminded',
      version: 1,
      occurredAt: new Date().toISOString(),
      subject: 'application-1',
      actor: { id: 'filing-workflow', role: 'system' },
      payload: {
        taskId: 'correction-3',
        applicationId: 'application-1',
        stage: 'PRELIMINARY_REVIEW',
        assigneeRole: 'applicant',
        scope: applicant.id,
        dueOn: '2026-12-11',
      },
    };
    expect(await recordNotices(relays[0].app.get(PrismaService), reminder)).toBe('recorded');

    const [inbox] = await prisma.inboxItem.findMany({ where: { eventId: reminder.id } });
    expect(inbox).toMatchObject({ recipient: applicant.id, titleEn: 'Correction due soon' });
    const [mail] = await waitFor('the reminder in the mailbox', async () => {
      const got = await messagesTo(emailOf(applicant));
      return got.length ? got : undefined;
    });
    expect(mail.raw).toContain('2026-12-11');
    // The sink has the mail a moment before the relay records it as sent.
    const sent = await waitFor('the outbox row marked sent', async () => {
      const row = await prisma.emailOutbox.findFirst({ where: { eventId: reminder.id } });
      return row?.status === 'SENT' ? row : undefined;
    });
    expect(sent.sentTo).toBe(emailOf(applicant));
  });

  // A mail the release before the directory wrote carries its address and no recipient (and the
  // mail server refuses this one).
  const refused = () => ({ eventId: unique('event'), to: `no mailbox@@${unique('x')}.example.org`, subject: 's', text: 't' });

  it('keeps the error of a mail the server refuses and tries again later, with a growing delay', async () => {
    const [{ id }] = await prisma.emailOutbox.createManyAndReturn({ data: [refused()] });
    const row = await waitFor('the failed attempt', async () => {
      const [m] = await outbox([id]);
      return m.attempts === 1 ? m : undefined;
    });
    expect(row.status).toBe('PENDING');
    expect(row.lastError).toMatch(/501/);
    expect(row.nextAttemptAt.getTime() - row.claimedAt!.getTime()).toBeGreaterThanOrEqual(29_000);
  });

  it('gives a mail up when its last attempt fails', async () => {
    const [{ id }] = await prisma.emailOutbox.createManyAndReturn({ data: [{ ...refused(), attempts: 7 }] });
    const row = await waitFor('the mail given up', async () => {
      const [m] = await outbox([id]);
      return m.status === 'FAILED' ? m : undefined;
    });
    expect(row).toMatchObject({ attempts: 8, lastError: expect.stringMatching(/501/) });
  });

  it('stops cleanly: a mail in hand is finished, none is left half-sent', async () => {
    const eventId = unique('event');
    await prisma.emailOutbox.createMany({
      data: Array.from({ length: 20 }, () => address('late')).map((to) => ({ eventId, recipient: to, to, subject: 's', text: 't' })),
    });
    await waitFor('the relays at work', async () => (await prisma.emailOutbox.count({ where: { eventId, status: 'SENT' } })) > 0);
    await Promise.all(relays.map((relay) => relay.close()));
    relays = [];
    const rows = await prisma.emailOutbox.findMany({ where: { eventId } });
    expect(rows.filter((m) => m.status === 'SENDING')).toEqual([]);
    for (const sent of rows.filter((m) => m.status === 'SENT')) expect(await messagesTo(sent.sentTo!)).toHaveLength(1);
  });
});
