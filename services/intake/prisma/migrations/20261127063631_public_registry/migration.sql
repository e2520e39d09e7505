-- CreateTable
CREATE TABLE "RegistryEntry" (
    "spaceId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "filingNumber" TEXT NOT NULL,
    "spaceName" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "filedOn" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',

    CONSTRAINT "RegistryEntry_pkey" PRIMARY KEY ("spaceId")
);

-- CreateTable
CREATE TABLE "PublicNotice" (
    "applicationId" TEXT NOT NULL,
    "spaceName" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "fromDate" TEXT NOT NULL,
    "untilDate" TEXT NOT NULL,

    CONSTRAINT "PublicNotice_pkey" PRIMARY KEY ("applicationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegistryEntry_applicationId_key" ON "RegistryEntry"("applicationId");

-- CreateIndex
CREATE INDEX "RegistryEntry_filingNumber_idx" ON "RegistryEntry"("filingNumber");

-- CreateIndex
CREATE INDEX "RegistryEntry_divisionCode_status_idx" ON "RegistryEntry"("divisionCode", "status");

-- CreateIndex
CREATE INDEX "RegistryEntry_filedOn_idx" ON "RegistryEntry"("filedOn");

-- CreateIndex
CREATE INDEX "PublicNotice_untilDate_idx" ON "PublicNotice"("untilDate");
