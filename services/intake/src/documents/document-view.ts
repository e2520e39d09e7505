import type { OfficialDocument } from '.prisma/intake-client';

/** An official document's record as the API shows it (where its bytes are kept is the service's business). */
export interface DocumentView {
  kind: string;
  applicationId: string;
  verificationCode: string;
  title: string;
  facts: unknown;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  sealFingerprint: string;
  issuedAt: string;
}

export const documentView = (d: OfficialDocument): DocumentView => ({
  kind: d.kind,
  applicationId: d.applicationId,
  verificationCode: d.verificationCode,
  title: d.title,
  facts: d.facts,
  fileName: d.fileName,
  contentType: d.contentType,
  sizeBytes: d.sizeBytes,
  sha256: d.sha256,
  sealFingerprint: d.sealFingerprint,
  issuedAt: d.issuedAt.toISOString(),
});
