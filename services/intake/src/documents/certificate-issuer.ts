import { Inject, Injectable } from '@nestjs/common';
import { checkSettings } from '@makerspace/config';
import type { EventEnvelope, EventPayload } from '@makerspace/contracts';
import { FILING_CERTIFICATE_TITLE, FilingCertificateFacts, issueFilingCertificate, documentIdOf, SealKey } from '@makerspace/documents';
import { FileStore, keepMadeFile } from '@makerspace/files';
import { Prisma } from '.prisma/intake-client';
import { PrismaService } from '../database/prisma.service';
import { SEAL_KEY } from './seal-key.provider';

/**
 * Issues the filing certificate (备案证书) when an application is filed (`application.filed`,
 * Art. 6): from the application's record at that moment, sealed, kept in the file store, recorded
 * with its checksum. Idempotent on the decision: a certificate already recorded is left as it is,
 * and one made again after a crash between keeping the bytes and recording them is the same bytes
 * (the document is a pure function of the facts, the moment of the filing and the key).
 */
@Injectable()
export class CertificateIssuer {
  private readonly verifyUrl = checkSettings('intake').DOCUMENT_VERIFY_URL;

  constructor(
    private readonly prisma: PrismaService,
    private readonly files: FileStore,
    @Inject(SEAL_KEY) private readonly key: SealKey,
  ) {}

  async issueFor(event: EventEnvelope & { payload: EventPayload<'application.filed'> }): Promise<void> {
    const p = event.payload;
    const documentId = documentIdOf('filing-certificate', p.applicationId);
    if (await this.prisma.officialDocument.findUnique({ where: { id: documentId }, select: { id: true } })) return;
    const application = await this.prisma.application.findUnique({ where: { id: p.applicationId }, include: { organisation: true } });
    if (!application) return; // not an application of this intake (an imported record, say)
    const facts: FilingCertificateFacts = {
      filingNumber: p.filingNumber,
      spaceName: p.spaceName,
      organisationName: application.organisation.name,
      uscc: p.organisation?.uscc ?? application.organisation.uscc,
      venueAddress: application.venueAddress,
      filedOn: p.filedOn,
    };
    const issuedAt = new Date(event.occurredAt);
    const issued = await issueFilingCertificate(p.applicationId, facts, issuedAt, this.key, this.verifyUrl);
    const kept = await keepMadeFile(this.files, issued.pdf, `备案证书-${p.filingNumber}.pdf`, 'application/pdf');
    await this.prisma.officialDocument.createMany({
      data: [
        {
          id: documentId,
          kind: 'filing-certificate',
          applicationId: p.applicationId,
          verificationCode: issued.verificationCode,
          title: FILING_CERTIFICATE_TITLE,
          facts: facts as unknown as Prisma.InputJsonValue,
          ...kept,
          sealFingerprint: this.key.certificateFingerprint,
          issuedAt,
        },
      ],
      skipDuplicates: true, // a concurrent delivery recorded it first: the same document
    });
  }
}
