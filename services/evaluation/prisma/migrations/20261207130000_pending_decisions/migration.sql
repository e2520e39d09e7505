-- The decisions sent to workflows and not yet settled (libs/audit/src/decisions): a row is
-- committed before a decision's message leaves and removed in the transaction that writes the
-- decision's audit entry, so a decision whose answer was lost is found again and recorded.
CREATE TABLE "PendingDecision" (
    "id" TEXT NOT NULL,
    "workflowId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "entry" JSONB NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingDecision_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "PendingDecision_sentAt_idx" ON "PendingDecision"("sentAt");
