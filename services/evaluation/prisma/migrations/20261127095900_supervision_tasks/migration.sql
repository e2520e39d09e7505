-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "districtCheck" JSONB,
ADD COLUMN     "endedOn" TEXT,
ADD COLUMN     "reviews" JSONB;

-- CreateTable
CREATE TABLE "SupervisionTask" (
    "id" TEXT NOT NULL,
    "workflowId" TEXT NOT NULL,
    "spaceId" TEXT NOT NULL,
    "spaceName" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "assigneeRole" TEXT NOT NULL,
    "scope" TEXT,
    "openedOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "escalatedTo" TEXT,
    "outcome" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupervisionTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupervisionTask_status_assigneeRole_idx" ON "SupervisionTask"("status", "assigneeRole");

-- CreateIndex
CREATE INDEX "SupervisionTask_spaceId_idx" ON "SupervisionTask"("spaceId");
