import { PrismaClient } from '.prisma/notification-client';
import type { EventEnvelope } from '@makerspace/contracts';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { bootService, BootedService, unique, waitFor } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { PrismaService } from '../src/database/prisma.service';
import { MailDirectory } from '../src/inbox/mail-directory';
import { recordNotices } from '../src/inbox/record-notices';
import { NOTIFICATION_SERVICE } from '../src/service';
import { messagesTo } from './smtp-sink';

const address = (who: string) => `${unique(who)}@example.org`;

describe('the e-mail relay sends the outbox through SMTP', () => {
  const applicantId = unique('applicant');
  const applicantAddress = address('applicant');
  let relays: BootedService[];
  const prisma = new PrismaClient({ adapter: prismaAdapter(connectionSettings('notification')) });

  beforeAll(async () => {
    process.env.NOTIFICATION_GROUP_ID = unique('notification-relay');
    process.env.EMAIL_POLL_MS = '200';
    process.env.NOTIFY_MAIL_DIRECTORY = JSON.stringify({ [applicantId]: [applicantAddress] });
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
    const addresses = Array.from({ length: 12 }, () => address('officer'));
    await prisma.emailOutbox.createMany({ data: addresses.map((to) => ({ eventId, to, subject: '新任务 / New task', text: '截止日期2026-12-11。\n\nDue on 2026-12-11.' })) });
    const ids = (await prisma.emailOutbox.findMany({ where: { eventId } })).map((m) => m.id);

    await waitFor('every mail sent', async () => (await outbox(ids)).every((m) => m.status === 'SENT'), 30_000);
    await new Promise((r) => setTimeout(r, 1_000)); // several more polls by both relays

    for (const to of addresses) expect(await messagesTo(to)).toHaveLength(1);
    const rows = await outbox(ids);
    expect(rows.every((m) => m.attempts === 1 && m.sentAt && m.lastError === null)).toBe(true);
    const [row] = rows;
    expect((await messagesTo(row.to))[0].raw).toContain(`Message-ID: <${row.id}@notification.makerspace>`);
  });

  it("mails the applicant its correction reminder, to the address the directory gives for its user id", async () => {
    const reminder: EventEnvelope = {
      id: unique('task.reminded'),
      type: 'task.reminded',
      version: 1,
      occurredAt: new Date().toISOString(),
      subject: 'application-1',
      actor: { id: 'filing-workflow', role: 'system' },
      payload: { taskId: 'correction-3', applicationId: 'application-1', stage: 'PRELIMINARY_REVIEW', assigneeRole: 'applicant', scope: applicantId, dueOn: '2026-12-11' },
    };
    expect(await recordNotices(relays[0].app.get(PrismaService), relays[0].app.get(MailDirectory), reminder)).toBe('recorded');

    const [inbox] = await prisma.inboxItem.findMany({ where: { eventId: reminder.id } });
    expect(inbox).toMatchObject({ recipient: applicantId, titleEn: 'Correction due soon' });
    const [mail] = await waitFor('the reminder in the mailbox', async () => {
      const got = await messagesTo(applicantAddress);
      return got.length ? got : undefined;
    });
    expect(mail.raw).toContain('2026-12-11');
    // The sink has the mail a moment before the relay records it as sent.
    const sent = await waitFor('the outbox row marked sent', async () => {
      const row = await prisma.emailOutbox.findFirst({ where: { eventId: reminder.id } });
      return row?.status === 'SENT' ? row : undefined;
    });
    expect(sent.to).toBe(applicantAddress);
  });

  it('keeps the error of a mail the server refuses and tries again later, with a growing delay', async () => {
    const [{ id }] = await prisma.emailOutbox.createManyAndReturn({ data: [{ eventId: unique('event'), to: `no mailbox@@${unique('x')}.example.org`, subject: 's', text: 't' }] });
    const row = await waitFor('the failed attempt', async () => {
      const [m] = await outbox([id]);
      return m.attempts === 1 ? m : undefined;
    });
    expect(row.status).toBe('PENDING');
    expect(row.lastError).toMatch(/501/);
    expect(row.nextAttemptAt.getTime() - row.claimedAt!.getTime()).toBeGreaterThanOrEqual(29_000);
  });

  it('gives a mail up when its last attempt fails', async () => {
    const [{ id }] = await prisma.emailOutbox.createManyAndReturn({ data: [{ eventId: unique('event'), to: `no mailbox@@${unique('x')}.example.org`, subject: 's', text: 't', attempts: 7 }] });
    const row = await waitFor('the mail given up', async () => {
      const [m] = await outbox([id]);
      return m.status === 'FAILED' ? m : undefined;
    });
    expect(row).toMatchObject({ attempts: 8, lastError: expect.stringMatching(/501/) });
  });

  it('stops cleanly: a mail in hand is finished, none is left half-sent', async () => {
    const eventId = unique('event');
    await prisma.emailOutbox.createMany({ data: Array.from({ length: 20 }, () => ({ eventId, to: address('late'), subject: 's', text: 't' })) });
    await waitFor('the relays at work', async () => (await prisma.emailOutbox.count({ where: { eventId, status: 'SENT' } })) > 0);
    await Promise.all(relays.map((relay) => relay.close()));
    relays = [];
    const rows = await prisma.emailOutbox.findMany({ where: { eventId } });
    expect(rows.filter((m) => m.status === 'SENDING')).toEqual([]);
    for (const sent of rows.filter((m) => m.status === 'SENT')) expect(await messagesTo(sent.to)).toHaveLength(1);
  });
});
