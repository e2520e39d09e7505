-- Case search (docs/intake.md, "Case search"): part of a name, Chinese included, by trigrams.
-- pg_trgm takes the characters its database's LC_CTYPE calls letters: under a UTF-8 ctype
-- (C.UTF-8, en_US.UTF-8, zh_CN.UTF-8) Chinese characters make trigrams; under ctype C they do not
-- and the indexes below would match nothing by Chinese trigrams (the search stays right, by a scan).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "ReviewDeadline" (
    "taskId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ReviewDeadline_pkey" PRIMARY KEY ("taskId")
);

-- CreateIndex
CREATE INDEX "ReviewDeadline_applicationId_idx" ON "ReviewDeadline"("applicationId");

-- CreateIndex
CREATE INDEX "ReviewDeadline_dueOn_idx" ON "ReviewDeadline"("dueOn");

-- CreateIndex
CREATE INDEX "Application_divisionCode_status_idx" ON "Application"("divisionCode", "status");

-- CreateIndex
CREATE INDEX "Application_submittedOn_idx" ON "Application"("submittedOn");

-- CreateIndex
CREATE INDEX "Application_spaceName_trgm_idx" ON "Application" USING GIN ("spaceName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organisation_name_trgm_idx" ON "Organisation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "RegistryEntry_spaceName_trgm_idx" ON "RegistryEntry" USING GIN ("spaceName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "RegistryEntry_organisationName_trgm_idx" ON "RegistryEntry" USING GIN ("organisationName" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ReviewDeadline" ADD CONSTRAINT "ReviewDeadline_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The due dates of the tasks already open, from the task events the timeline has kept.
INSERT INTO "ReviewDeadline" ("taskId", "applicationId", "stage", "dueOn", "closedAt")
SELECT opened.payload->>'taskId', opened."applicationId", opened.payload->>'stage', opened.payload->>'dueOn', completed."occurredAt"
FROM "TimelineEntry" opened
LEFT JOIN "TimelineEntry" completed ON completed.type = 'task.completed' AND completed.payload->>'taskId' = opened.payload->>'taskId'
WHERE opened.type = 'task.opened'
ON CONFLICT ("taskId") DO NOTHING;
