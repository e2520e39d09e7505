import { renderFilingCertificate, type FilingCertificateFacts } from './render/filing-certificate';
import { sealPdf } from './seal/seal-pdf';
import type { SealKey } from './seal/seal-key';
import { verificationCodeOf } from './verification-code';

/** The official documents the system issues (only the filing certificate so far). */
export const DOCUMENT_KINDS = ['filing-certificate'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A document's id: one per kind and decision, so a retried decision names the same document. */
export const documentIdOf = (kind: DocumentKind, subjectId: string): string => `${kind}:${subjectId}`;

export interface IssuedDocument {
  documentId: string;
  verificationCode: string;
  pdf: Buffer;
}

/**
 * The sealed filing certificate of an application: rendered from the facts recorded at the filing
 * and signed at `issuedAt`. A pure function of its inputs and the key: issuing it again for the
 * same decision gives the same bytes.
 */
export async function issueFilingCertificate(applicationId: string, facts: FilingCertificateFacts, issuedAt: Date, key: SealKey, verifyUrl: string): Promise<IssuedDocument> {
  const documentId = documentIdOf('filing-certificate', applicationId);
  const verificationCode = verificationCodeOf(documentId);
  const unsigned = await renderFilingCertificate(facts, { verificationCode, verifyUrl, issuedAt });
  return { documentId, verificationCode, pdf: await sealPdf(unsigned, key, issuedAt) };
}
