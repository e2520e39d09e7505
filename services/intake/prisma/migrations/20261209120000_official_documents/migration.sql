-- Expand only: a new table for the official documents (the filing certificate first).
CREATE TABLE "OfficialDocument" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "facts" JSONB NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sealFingerprint" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficialDocument_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "OfficialDocument_verificationCode_key" ON "OfficialDocument"("verificationCode");
CREATE INDEX "OfficialDocument_applicationId_idx" ON "OfficialDocument"("applicationId");
CREATE INDEX "OfficialDocument_sha256_idx" ON "OfficialDocument"("sha256");
