import { Inject, Injectable } from '@nestjs/common';
import { checkSettings } from '@makerspace/config';
import { EventEnvelope, isEvent } from '@makerspace/contracts';
import {
  DocumentKind,
  DocumentSeal,
  documentIdOf,
  FILING_CERTIFICATE_TITLE,
  issueDocument,
  REJECTION_LETTER_TITLE,
  renderFilingCertificate,
  renderRejectionLetter,
  SealKey,
} from '@makerspace/documents';
import { FileStore, keepMadeFile } from '@makerspace/files';
import { todayInShanghai } from '@makerspace/policy';
import { Prisma } from '.prisma/intake-client';
import { PrismaService } from '../database/prisma.service';
import { SEAL_KEY } from './seal-key.provider';

/** The document a decision calls for: the facts it states, how it is laid out, under what name it is downloaded. */
interface DocumentToIssue {
  title: string;
  facts: object;
  render: (seal: DocumentSeal) => Promise<Buffer>;
  fileName: string;
}

type Application = Prisma.ApplicationGetPayload<{ include: { organisation: true } }>;

/**
 * Issues the official document a filing decision calls for, from the application's record at that
 * moment: the filing certificate (备案证书) when it is filed (`application.filed`, Art. 6), the
 * decision not to file (不予备案决定书) when it is rejected (`application.rejected`). Sealed, kept in
 * the file store, recorded with its checksum. Idempotent on the decision: a document already
 * recorded is left as it is, and one made again after a crash between keeping the bytes and
 * recording them is the same bytes (a document is a pure function of its facts, the decision's
 * moment and the key).
 */
@Injectable()
export class DocumentIssuer {
  private readonly verifyUrl = checkSettings('intake').DOCUMENT_VERIFY_URL;

  constructor(
    private readonly prisma: PrismaService,
    private readonly files: FileStore,
    @Inject(SEAL_KEY) private readonly key: SealKey,
  ) {}

  async issueFor(event: EventEnvelope): Promise<void> {
    const applicationId = (event.payload as { applicationId?: string }).applicationId;
    const kind = kindFor(event);
    if (!kind || !applicationId) return;
    const documentId = documentIdOf(kind, applicationId);
    if (await this.prisma.officialDocument.findUnique({ where: { id: documentId }, select: { id: true } })) return;
    const application = await this.prisma.application.findUnique({ where: { id: applicationId }, include: { organisation: true } });
    if (!application) return; // not an application of this intake (an imported record, say)
    const document = documentFor(event, application);
    if (!document) return;
    const issuedAt = new Date(event.occurredAt);
    const issued = await issueDocument(kind, applicationId, document.render, issuedAt, this.key, this.verifyUrl);
    const kept = await keepMadeFile(this.files, issued.pdf, document.fileName, 'application/pdf');
    await this.prisma.officialDocument.createMany({
      data: [
        {
          id: documentId,
          kind,
          applicationId,
          verificationCode: issued.verificationCode,
          title: document.title,
          facts: document.facts as Prisma.InputJsonValue,
          ...kept,
          sealFingerprint: this.key.certificateFingerprint,
          issuedAt,
        },
      ],
      skipDuplicates: true, // a concurrent delivery recorded it first: the same document
    });
  }
}

function kindFor(event: EventEnvelope): DocumentKind | undefined {
  if (isEvent(event, 'application.filed')) return 'filing-certificate';
  if (isEvent(event, 'application.rejected')) return 'rejection-letter';
  return undefined;
}

function documentFor(event: EventEnvelope, application: Application): DocumentToIssue | undefined {
  const organisation = { organisationName: application.organisation.name, uscc: application.organisation.uscc };
  if (isEvent(event, 'application.filed')) {
    const p = event.payload;
    const facts = {
      filingNumber: p.filingNumber,
      spaceName: p.spaceName,
      ...organisation,
      uscc: p.organisation?.uscc ?? organisation.uscc,
      venueAddress: application.venueAddress,
      filedOn: p.filedOn,
    };
    return { title: FILING_CERTIFICATE_TITLE, facts, render: (seal) => renderFilingCertificate(facts, seal), fileName: `备案证书-${p.filingNumber}.pdf` };
  }
  if (isEvent(event, 'application.rejected')) {
    const p = event.payload;
    const facts = { spaceName: p.spaceName, ...organisation, stage: p.stage, reasons: p.reasons, decidedOn: todayInShanghai(new Date(event.occurredAt)) };
    return { title: REJECTION_LETTER_TITLE, facts, render: (seal) => renderRejectionLetter(facts, seal), fileName: `不予备案决定书-${p.spaceName}.pdf` };
  }
  return undefined;
}
