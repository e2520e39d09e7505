-- CreateTable
CREATE TABLE "SpaceImport" (
    "filingNumber" TEXT NOT NULL,
    "spaceId" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "sourceRow" INTEGER NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "pastGrades" JSONB NOT NULL,
    "importedBy" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpaceImport_pkey" PRIMARY KEY ("filingNumber")
);

-- CreateIndex
CREATE UNIQUE INDEX "SpaceImport_spaceId_key" ON "SpaceImport"("spaceId");

-- CreateIndex
CREATE INDEX "SpaceImport_importId_idx" ON "SpaceImport"("importId");
