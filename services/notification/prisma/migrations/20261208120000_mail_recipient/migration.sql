-- A mail names its recipient (a user id or a desk); the relay asks the directory for the
-- addresses when it sends, and records them in "sentTo". Mails written before keep their address
-- as "to" (and as their recipient), and are sent there. Expand only (docs/prisma.md): "recipient"
-- is nullable and the unique index on ("eventId", "to") stays, so the previous release's inserts
-- (an address, no recipient) still work while both run; their mails are sent to their "to".
ALTER TABLE "EmailOutbox" ADD COLUMN "recipient" TEXT;
ALTER TABLE "EmailOutbox" ADD COLUMN "sentTo" TEXT;
UPDATE "EmailOutbox" SET "recipient" = "to";
ALTER TABLE "EmailOutbox" ALTER COLUMN "to" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "EmailOutbox_eventId_recipient_key" ON "EmailOutbox"("eventId", "recipient");
