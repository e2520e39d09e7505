import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@makerspace/contracts';
import type { PrismaService } from '../database/prisma.service';
import { noticesFor } from './notice-texts';

/**
 * Handle one event exactly once: the processed-event row, the inbox items and the e-mails to send
 * are written together, so a redelivered event finds its id and changes nothing.
 */
export async function recordNotices(prisma: PrismaService, event: EventEnvelope): Promise<'recorded' | 'duplicate'> {
  return (await recordNoticesOfMany(prisma, [event])) === 1 ? 'recorded' : 'duplicate';
}

/**
 * Handle several events at once, each exactly once, in one statement: the processed-event rows of
 * the events not handled before, and the inbox and outbox rows of those events only. One round
 * trip and one commit for all of them: four round trips per event in a transaction capped a
 * consumer at about 150 events a second on the bench machine (docs/benchmarks.md). Returns how
 * many events were new. Timestamps are UTC, as Prisma writes them.
 */
export async function recordNoticesOfMany(prisma: PrismaService, events: EventEnvelope[]): Promise<number> {
  const unique = [...new Map(events.map((e) => [e.id, e])).values()];
  const handled = unique.map((e) => ({ eventId: e.id, type: e.type }));
  const notices = unique.flatMap((e) => noticesFor(e).map((n) => ({ id: randomUUID(), eventId: e.id, eventType: e.type, subject: e.subject, ...n })));
  // Every notice is e-mailed too; the relay asks the directory for the recipient's addresses when it sends.
  const mails = notices.map((n) => ({
    id: randomUUID(),
    eventId: n.eventId,
    recipient: n.recipient,
    subject: `${n.titleZh} / ${n.titleEn}`,
    text: `${n.bodyZh}\n\n${n.bodyEn}`,
  }));
  const [{ recorded }] = await prisma.$queryRaw<{ recorded: number }[]>`
    WITH processed AS (
      INSERT INTO "ProcessedEvent" ("eventId", "type", "processedAt")
      SELECT e."eventId", e."type", (now() AT TIME ZONE 'UTC')
        FROM jsonb_to_recordset(${JSON.stringify(handled)}::jsonb) AS e("eventId" text, "type" text)
      ON CONFLICT DO NOTHING
      RETURNING "eventId"
    ), inbox AS (
      INSERT INTO "InboxItem" ("id", "recipient", "eventId", "eventType", "subject", "titleZh", "titleEn", "bodyZh", "bodyEn", "createdAt")
      SELECT n."id", n."recipient", n."eventId", n."eventType", n."subject", n."titleZh", n."titleEn", n."bodyZh", n."bodyEn", (now() AT TIME ZONE 'UTC')
        FROM jsonb_to_recordset(${JSON.stringify(notices)}::jsonb)
          AS n("id" text, "eventId" text, "eventType" text, "subject" text, "recipient" text, "titleZh" text, "titleEn" text, "bodyZh" text, "bodyEn" text)
        JOIN processed p ON p."eventId" = n."eventId"
      ON CONFLICT DO NOTHING
    ), outbox AS (
      INSERT INTO "EmailOutbox" ("id", "eventId", "recipient", "subject", "text", "createdAt", "nextAttemptAt")
      SELECT m."id", m."eventId", m."recipient", m."subject", m."text", (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
        FROM jsonb_to_recordset(${JSON.stringify(mails)}::jsonb) AS m("id" text, "eventId" text, "recipient" text, "subject" text, "text" text)
        JOIN processed p ON p."eventId" = m."eventId"
      ON CONFLICT DO NOTHING
    )
    SELECT count(*)::int AS "recorded" FROM processed`;
  return recorded;
}
