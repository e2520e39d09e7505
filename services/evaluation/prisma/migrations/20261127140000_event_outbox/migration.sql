-- Events the evaluation service raises itself (space.imported), written in the transaction of the
-- change they announce and published by its event relay (src/outbox/).
-- CreateTable
CREATE TABLE "EventOutbox" (
    "eventId" TEXT NOT NULL,
    "seq" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "envelope" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "EventOutbox_pkey" PRIMARY KEY ("eventId")
);

-- CreateIndex
CREATE UNIQUE INDEX "EventOutbox_seq_key" ON "EventOutbox"("seq");

-- CreateIndex
CREATE INDEX "EventOutbox_publishedAt_seq_idx" ON "EventOutbox"("publishedAt", "seq");

