import type { PrismaService } from '../database/prisma.service';

/** A mail claimed for sending. */
export interface ClaimedMail {
  id: string;
  eventId: string;
  /** Null on a mail written by the release before the directory, which has its address in `to`. */
  recipient: string | null;
  /** Set on mails written before the directory: their address. */
  to: string | null;
  subject: string;
  text: string;
  attempts: number;
}

/**
 * Claim the next mail that is due: PENDING → SENDING in one statement. `FOR UPDATE SKIP LOCKED`
 * lets several relays claim side by side without ever taking the same row. Timestamps are compared
 * in UTC, as Prisma writes them.
 */
export async function claimNextMail(prisma: PrismaService): Promise<ClaimedMail | undefined> {
  const rows = await prisma.$queryRaw<ClaimedMail[]>`
    UPDATE "EmailOutbox" SET "status" = 'SENDING', "claimedAt" = (now() AT TIME ZONE 'UTC')
    WHERE "id" = (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "eventId", "recipient", "to", "subject", "text", "attempts"`;
  return rows[0];
}

/** Sent to `to`, the addresses the directory gave (or the mail's own). */
export async function markSent(prisma: PrismaService, mail: ClaimedMail, to: string[]): Promise<void> {
  await prisma.emailOutbox.updateMany({
    where: { id: mail.id, status: 'SENDING' },
    data: { status: 'SENT', sentTo: to.join(', '), sentAt: new Date(), attempts: mail.attempts + 1, lastError: null },
  });
}

/** Nobody to send it to: the directory has no address for the recipient (the in-app notice stands). */
export async function markNoAddress(prisma: PrismaService, mail: ClaimedMail): Promise<void> {
  await prisma.emailOutbox.updateMany({
    where: { id: mail.id, status: 'SENDING' },
    data: { status: 'NO_ADDRESS', attempts: mail.attempts + 1, lastError: null },
  });
}

/** A failed attempt: counted, its error kept, and the mail due again at `retryAt` or given up (FAILED). */
export async function markFailed(prisma: PrismaService, mail: ClaimedMail, error: string, retryAt: Date | undefined): Promise<void> {
  await prisma.emailOutbox.updateMany({
    where: { id: mail.id, status: 'SENDING' },
    data: {
      status: retryAt ? 'PENDING' : 'FAILED',
      attempts: mail.attempts + 1,
      lastError: error.slice(0, 2000),
      ...(retryAt ? { nextAttemptAt: retryAt } : {}),
    },
  });
}
