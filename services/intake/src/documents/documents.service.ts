import { Injectable, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { DocumentKind } from '@makerspace/documents';
import { FileStore, sendStoredFile } from '@makerspace/files';
import { notFound, RequestActor } from '@makerspace/http';
import { ApplicationsService } from '../applications/applications.service';
import { PrismaService } from '../database/prisma.service';
import { documentView, DocumentView } from './document-view';

/** The official documents of an application, for whoever may read the application (its applicant, the district of its venue, the city). */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsService,
    private readonly files: FileStore,
  ) {}

  async list(actor: RequestActor, applicationId: string): Promise<DocumentView[]> {
    await this.applications.getOwn(actor, applicationId);
    const documents = await this.prisma.officialDocument.findMany({ where: { applicationId }, orderBy: { issuedAt: 'asc' } });
    return documents.map(documentView);
  }

  async content(actor: RequestActor, applicationId: string, kind: DocumentKind, res: Response, disposition: 'inline' | 'attachment'): Promise<StreamableFile> {
    await this.applications.getOwn(actor, applicationId);
    const document = await this.prisma.officialDocument.findFirst({ where: { applicationId, kind } });
    if (!document) throw notFound('document');
    return sendStoredFile(this.files, document, res, disposition);
  }
}
