-- A mail names its recipient (a user id or a desk); the relay asks the directory for the
-- addresses when it sends, and records them in "to". Mails written before keep their address as
-- "to" (and as their recipient), and are sent there.
ALTER TABLE "EmailOutbox" ADD COLUMN "recipient" TEXT;
UPDATE "EmailOutbox" SET "recipient" = "to";
ALTER TABLE "EmailOutbox" ALTER COLUMN "recipient" SET NOT NULL;
ALTER TABLE "EmailOutbox" ALTER COLUMN "to" DROP NOT NULL;

-- DropIndex
DROP INDEX "EmailOutbox_eventId_to_key";

-- CreateIndex
CREATE UNIQUE INDEX "EmailOutbox_eventId_recipient_key" ON "EmailOutbox"("eventId", "recipient");
