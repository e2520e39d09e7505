import type { DocumentSeal } from './render/official-page';
import { sealPdf } from './seal/seal-pdf';
import type { SealKey } from './seal/seal-key';
import { verificationCodeOf } from './verification-code';

/** The official documents the system issues so far. */
export const DOCUMENT_KINDS = ['filing-certificate', 'rejection-letter'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A document's id: one per kind and decision, so a retried decision names the same document. */
export const documentIdOf = (kind: DocumentKind, subjectId: string): string => `${kind}:${subjectId}`;

export interface IssuedDocument {
  documentId: string;
  verificationCode: string;
  pdf: Buffer;
}

/**
 * The sealed document of one kind for one decision: `render` lays it out with the seal's code and
 * QR code, then it is signed at `issuedAt`. A pure function of its inputs and the key: issuing it
 * again for the same decision gives the same bytes.
 */
export async function issueDocument(
  kind: DocumentKind,
  subjectId: string,
  render: (seal: DocumentSeal) => Promise<Buffer>,
  issuedAt: Date,
  key: SealKey,
  verifyUrl: string,
): Promise<IssuedDocument> {
  const documentId = documentIdOf(kind, subjectId);
  const verificationCode = verificationCodeOf(documentId);
  const unsigned = await render({ verificationCode, verifyUrl, issuedAt });
  return { documentId, verificationCode, pdf: await sealPdf(unsigned, key, issuedAt) };
}
