-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "Space" (
    "id" TEXT NOT NULL,
    "filingNumber" TEXT NOT NULL,
    "applicationId" TEXT,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "filedOn" TEXT NOT NULL,
    "figures" JSONB NOT NULL,
    "revokedOn" TEXT,
    "revokedArticle" TEXT,
    "revokedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Space_filingNumber_key" ON "Space"("filingNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Space_applicationId_key" ON "Space"("applicationId");

-- CreateIndex
CREATE INDEX "Space_status_idx" ON "Space"("status");

-- CreateIndex
CREATE INDEX "Space_divisionCode_idx" ON "Space"("divisionCode");
