-- AlterTable
ALTER TABLE "Space" ADD COLUMN     "declaredAsOf" TEXT,
ADD COLUMN     "organisation" JSONB,
ALTER COLUMN "figures" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Evaluation" (
    "spaceId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "reportFiledOn" TEXT,
    "reportMissed" BOOLEAN NOT NULL DEFAULT false,
    "selfReport" JSONB,
    "score" DOUBLE PRECISION,
    "scoredGrade" TEXT,
    "scoringReasons" JSONB,
    "grade" TEXT,
    "corrected" BOOLEAN NOT NULL DEFAULT false,
    "correctionReasons" JSONB,
    "confirmedOn" TEXT,
    "confirmedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("spaceId","year")
);

-- CreateTable
CREATE TABLE "EvaluationCycle" (
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "openedOn" TEXT NOT NULL,
    "selfReportDueOn" TEXT NOT NULL,
    "rulesetId" TEXT NOT NULL,
    "rulesetVersion" INTEGER NOT NULL,
    "spaces" INTEGER,

    CONSTRAINT "EvaluationCycle_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "year" INTEGER NOT NULL,
    "spaceId" TEXT NOT NULL,
    "filingNumber" TEXT NOT NULL,
    "spaceName" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "recommendedOn" TEXT NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("year","spaceId")
);

-- CreateTable
CREATE TABLE "ChangeReport" (
    "id" TEXT NOT NULL,
    "spaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "effectiveOn" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "change" JSONB NOT NULL,
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "reportedOn" TEXT,
    "reportedInTime" BOOLEAN,
    "evidence" JSONB,
    "acceptedLate" BOOLEAN NOT NULL DEFAULT false,
    "checkOutcome" TEXT,
    "failedRules" JSONB,
    "decidedOn" TEXT,
    "decision" TEXT,
    "reasons" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChangeReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Evaluation_year_status_idx" ON "Evaluation"("year", "status");

-- CreateIndex
CREATE INDEX "Evaluation_year_divisionCode_idx" ON "Evaluation"("year", "divisionCode");

-- CreateIndex
CREATE INDEX "ChangeReport_spaceId_idx" ON "ChangeReport"("spaceId");

-- CreateIndex
CREATE INDEX "ChangeReport_status_idx" ON "ChangeReport"("status");
