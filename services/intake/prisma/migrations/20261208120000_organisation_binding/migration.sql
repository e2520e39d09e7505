-- An applicant is bound to the organisation it registered once the organisation's district has
-- checked it: the district that checks, the state of the binding, and who decided it when, why.
ALTER TABLE "Organisation" ADD COLUMN "divisionCode" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "binding" TEXT NOT NULL DEFAULT 'AWAITING_CHECK';
ALTER TABLE "Organisation" ADD COLUMN "bindingDecidedBy" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "bindingDecidedAt" TIMESTAMP(3);
ALTER TABLE "Organisation" ADD COLUMN "bindingReason" TEXT;

-- CreateIndex
CREATE INDEX "Organisation_divisionCode_binding_idx" ON "Organisation"("divisionCode", "binding");
