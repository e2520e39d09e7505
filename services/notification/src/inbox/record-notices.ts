import type { EventEnvelope } from '@makerspace/contracts';
import type { PrismaService } from '../database/prisma.service';
import { noticesFor } from './notice-texts';
import type { MailDirectory } from './mail-directory';

/**
 * Handle one event exactly once: the processed-event row, the inbox items and the e-mails to send
 * are written in one transaction, so a redelivered event finds its id and changes nothing.
 */
export async function recordNotices(prisma: PrismaService, mail: MailDirectory, event: EventEnvelope): Promise<'recorded' | 'duplicate'> {
  const notices = noticesFor(event);
  return prisma.$transaction(async (tx) => {
    const inserted = await tx.processedEvent.createMany({ data: [{ eventId: event.id, type: event.type }], skipDuplicates: true });
    if (inserted.count === 0) return 'duplicate';
    if (notices.length === 0) return 'recorded';
    await tx.inboxItem.createMany({
      data: notices.map((n) => ({ ...n, eventId: event.id, eventType: event.type, subject: event.subject })),
      skipDuplicates: true,
    });
    const mails = notices.flatMap((n) =>
      mail.addressesOf(n.recipient).map((to) => ({ eventId: event.id, to, subject: `${n.titleZh} / ${n.titleEn}`, text: `${n.bodyZh}\n\n${n.bodyEn}` })),
    );
    if (mails.length) await tx.emailOutbox.createMany({ data: mails, skipDuplicates: true });
    return 'recorded';
  });
}
