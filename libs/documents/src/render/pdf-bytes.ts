import PDFDocument from 'pdfkit';
import { CJK_FONT } from './cjk-font';

/** What every official document states of itself in its PDF metadata. */
export interface DocumentMetadata {
  title: string;
  /** The moment of the decision the document records: also its creation date, so the same decision makes the same bytes. */
  issuedAt: Date;
  verificationCode: string;
}

/** The metadata key the verification code is also kept under, so a file can be matched to its record without reading its pages. */
export const VERIFICATION_CODE_KEY = 'VerificationCode';

/**
 * Lays out one document with `draw` and resolves to its bytes. Nothing in the file depends on the
 * clock or on chance: the creation date is the decision's moment and pdfkit derives the file id
 * from the metadata, so drawing the same facts again gives the same bytes.
 */
export function pdfBytes(meta: DocumentMetadata, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: meta.title,
      Author: '鞍山市科学技术局 Anshan Municipal Science and Technology Bureau',
      Creator: 'makerspace-filing',
      Producer: 'makerspace-filing',
      CreationDate: meta.issuedAt,
      ModDate: meta.issuedAt,
      [VERIFICATION_CODE_KEY]: meta.verificationCode,
    } as PDFKit.DocumentInfo,
  });
  doc.registerFont('regular', CJK_FONT.regular);
  doc.registerFont('bold', CJK_FONT.bold);
  doc.font('regular');
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc);
      doc.end();
    } catch (e) {
      reject(e);
    }
  });
}
