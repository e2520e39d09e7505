import type { EventEnvelope } from '@makerspace/contracts';
import { unique } from '@makerspace/testing';
import { PrismaService } from '../src/database/prisma.service';
import { recordNotices, recordNoticesOfMany } from '../src/inbox/record-notices';

/** Events handed over together are recorded in one statement, each once, against the real database. */
describe('recording the notices of events', () => {
  const prisma = new PrismaService();
  afterAll(() => prisma.$disconnect());

  const objection = (): EventEnvelope => {
    const applicationId = unique('application');
    return {
      id: unique('objection.lodged'),
      type: 'objection.lodged',
      version: 1,
      occurredAt: new Date().toISOString(),
      subject: applicationId,
      actor: { id: 'public', role: 'public' },
      payload: { applicationId, objectionId: unique('objection'), lodgedOn: '2026-11-27' },
    };
  };

  it('records each event once, with its notice and its mail to the recipient, however often and with whatever it arrives', async () => {
    const [a, b, c] = [objection(), objection(), objection()];
    expect(await recordNoticesOfMany(prisma, [a, b, a])).toBe(2);
    expect(await recordNoticesOfMany(prisma, [a, b])).toBe(0);
    expect(await recordNoticesOfMany(prisma, [b, c])).toBe(1);

    const ids = [a.id, b.id, c.id];
    const inbox = await prisma.inboxItem.findMany({ where: { eventId: { in: ids } } });
    expect(inbox.map((i) => i.eventId).sort()).toEqual([...ids].sort());
    expect(inbox.find((i) => i.eventId === c.id)).toMatchObject({
      recipient: 'city-officer',
      eventType: 'objection.lodged',
      subject: c.subject,
      titleEn: 'Objection lodged',
    });
    const mails = await prisma.emailOutbox.findMany({ where: { eventId: { in: ids } } });
    expect(mails.map((m) => m.eventId).sort()).toEqual([...ids].sort());
    // Each to its recipient; the relay asks the directory for the addresses when it sends.
    expect(mails.every((m) => m.recipient === 'city-officer' && m.to === null && m.subject === '收到公示异议 / Objection lodged')).toBe(true);
    expect(await prisma.processedEvent.count({ where: { eventId: { in: ids } } })).toBe(3);
  });

  it('records an event nobody is told of as handled, and its repeat as a duplicate', async () => {
    const completed: EventEnvelope = {
      ...objection(),
      id: unique('task.completed'),
      type: 'task.completed',
      payload: { taskId: unique('task'), applicationId: 'a1', stage: 'RE_REVIEW', outcome: 'PASS', reasons: [] },
    };
    expect(await recordNotices(prisma, completed)).toBe('recorded');
    expect(await recordNotices(prisma, completed)).toBe('duplicate');
    expect(await prisma.inboxItem.count({ where: { eventId: completed.id } })).toBe(0);
  });
});
