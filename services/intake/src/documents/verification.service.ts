import { readFile } from 'node:fs/promises';
import { HttpStatus, Injectable } from '@nestjs/common';
import { normaliseVerificationCode, SealCheck, verifySeal, VERIFICATION_CODE_KEY } from '@makerspace/documents';
import { checkUpload, SpooledUpload } from '@makerspace/files';
import { ApiException, notFound } from '@makerspace/http';
import type { OfficialDocument } from '.prisma/intake-client';
import { PrismaService } from '../database/prisma.service';
import { documentView, DocumentView } from './document-view';

/** An official document as anyone may see it, to check a paper or a file against: without the application it belongs to. */
export type PublicDocumentView = Omit<DocumentView, 'applicationId'>;

/**
 * What a checked file is: `GENUINE` (its bytes are those of a document issued and its seal
 * verifies with the certificate recorded for it), `ALTERED` (it names or carries the code of an
 * issued document, but its bytes are not that document's), `UNKNOWN` (nothing issued matches it).
 */
export type FileVerdict =
  | { verdict: 'GENUINE'; document: PublicDocumentView }
  | { verdict: 'ALTERED'; reason: string; document: PublicDocumentView; seal: SealCheck }
  | { verdict: 'UNKNOWN'; reason: string; seal: SealCheck };

/** The metadata entry, its value written in place or (as pdfkit writes it) in an object of its own. */
const CODE_IN_METADATA = new RegExp(`/${VERIFICATION_CODE_KEY}\\s*(?:\\(([0-9A-Za-z-]{10,11})\\)|(\\d+) 0 R)`, 'g');

/** The public verification of official documents (no sign-in): by the short code printed on one, or by the file itself. */
@Injectable()
export class VerificationService {
  constructor(private readonly prisma: PrismaService) {}

  /** The record and checksum of the document with this code (400 for a code that cannot be one, 404 for none issued). */
  async byCode(typed: string): Promise<PublicDocumentView> {
    const document = await this.issuedUnder(codeOrRefuse(typed));
    if (!document) throw notFound('document');
    return publicView(document);
  }

  /**
   * Whether an uploaded PDF is a document as issued. The file is read whole (it is bounded by
   * UPLOAD_MAX_BYTES): its checksum finds the record, and its signature must verify with the
   * certificate the record names. A file that matches no record is matched by the code given
   * with it, else the one kept in its metadata, to say which document it pretends to be.
   */
  async checkFile(upload: SpooledUpload, typedCode: string | undefined): Promise<FileVerdict> {
    await checkUpload(upload, ['pdf']);
    const code = typedCode === undefined || typedCode === '' ? undefined : codeOrRefuse(typedCode);
    const bytes = await readFile(upload.path);
    const seal = verifySeal(bytes);
    const bySum = await this.prisma.officialDocument.findFirst({ where: { sha256: upload.sha256 } });
    if (bySum && seal.signed && seal.intact && seal.certificateFingerprint === bySum.sealFingerprint) {
      return { verdict: 'GENUINE', document: publicView(bySum) };
    }
    if (bySum) return { verdict: 'ALTERED', reason: 'the file matches an issued document but its seal does not verify', document: publicView(bySum), seal };
    const claimed = await this.issuedUnder(code ?? codeInMetadata(bytes));
    if (claimed)
      return { verdict: 'ALTERED', reason: 'the file is not the document issued under its code: its bytes differ', document: publicView(claimed), seal };
    return { verdict: 'UNKNOWN', reason: 'no document issued by the bureau matches the file', seal };
  }

  private issuedUnder(code: string | undefined): Promise<OfficialDocument | null> {
    return code ? this.prisma.officialDocument.findUnique({ where: { verificationCode: code } }) : Promise.resolve(null);
  }
}

function codeOrRefuse(typed: string): string {
  const code = normaliseVerificationCode(typed);
  if (code) return code;
  throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the verification code is not valid', [
    { field: 'code', rule: 'format', message: 'a verification code is ten letters and digits as printed on the document, XXXXX-XXXXX' },
  ]);
}

/** The last verification code the file's metadata carries, if it is one. */
function codeInMetadata(bytes: Buffer): string | undefined {
  const text = bytes.toString('latin1');
  const found = [...text.matchAll(CODE_IN_METADATA)].at(-1);
  if (!found) return undefined;
  const value = found[1] ?? new RegExp(`(?:^|\\s)${found[2]} 0 obj\\s*\\(([0-9A-Za-z-]{10,11})\\)`).exec(text)?.[1];
  return value ? normaliseVerificationCode(value) : undefined;
}

function publicView(document: OfficialDocument): PublicDocumentView {
  const shown: Partial<DocumentView> = documentView(document);
  delete shown.applicationId;
  return shown as PublicDocumentView;
}
