import { Injectable, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { AuditTrail } from '@makerspace/audit';
import { FileStore, FileTypeName, keepUpload, sendStoredFile, SpooledUpload } from '@makerspace/files';
import { notFound, RequestActor, requireRole } from '@makerspace/http';
import type { Evidence } from '.prisma/intake-client';
import { ApplicationsService } from '../applications/applications.service';
import { assertEditable } from '../applications/editable';
import { PrismaService } from '../database/prisma.service';
import type { EvidenceForm } from './evidence.dto';

/** What staff verify figures against: documents, photos, scans and spreadsheets. */
const EVIDENCE_TYPES: FileTypeName[] = ['pdf', 'jpeg', 'png', 'docx', 'xlsx'];

/** An evidence record as the API shows it (where the bytes are kept is the service's business). */
export type EvidenceView = Omit<Evidence, 'storageKey'>;

/**
 * The evidence of an application. Whoever may read the application may read its evidence (the
 * applicant who owns it, the district of its venue, the city); only the applicant adds or deletes,
 * and only while the application is a draft or returned for correction.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsService,
    private readonly files: FileStore,
    private readonly audit: AuditTrail,
  ) {}

  /** The bytes are kept (by checksum) before the record is written: a record never points at nothing, and bytes without a record are only ever a repeat of kept content. */
  async add(actor: RequestActor, applicationId: string, form: EvidenceForm, file: SpooledUpload): Promise<EvidenceView> {
    assertEditable(await this.applications.getOwn(actor, applicationId));
    const kept = await keepUpload(this.files, file, EVIDENCE_TYPES);
    return this.prisma.$transaction(async (tx) => {
      const record = await tx.evidence.create({ data: { applicationId, kind: form.kind, ...kept } });
      await this.audit.append(tx, { actor, action: 'evidence.added', subject: { type: 'application', id: applicationId }, after: view(record) });
      return view(record);
    });
  }

  async list(actor: RequestActor, applicationId: string): Promise<EvidenceView[]> {
    await this.applications.getOwn(actor, applicationId);
    const records = await this.prisma.evidence.findMany({ where: { applicationId }, orderBy: { uploadedAt: 'asc' } });
    return records.map(view);
  }

  async content(actor: RequestActor, applicationId: string, evidenceId: string, res: Response, disposition: 'inline' | 'attachment'): Promise<StreamableFile> {
    await this.applications.getOwn(actor, applicationId);
    return sendStoredFile(this.files, await this.find(applicationId, evidenceId), res, disposition);
  }

  /** The record goes; the bytes stay in the content-addressed store (other records may share them). */
  async remove(actor: RequestActor, applicationId: string, evidenceId: string): Promise<void> {
    requireRole(actor, 'applicant');
    assertEditable(await this.applications.getOwn(actor, applicationId));
    await this.prisma.$transaction(async (tx) => {
      const record = await tx.evidence.findFirst({ where: { id: evidenceId, applicationId } });
      const deleted = await tx.evidence.deleteMany({ where: { id: evidenceId, applicationId } });
      if (!record || deleted.count === 0) throw notFound('evidence');
      await this.audit.append(tx, { actor, action: 'evidence.removed', subject: { type: 'application', id: applicationId }, before: view(record) });
    });
  }

  private async find(applicationId: string, evidenceId: string): Promise<Evidence> {
    const record = await this.prisma.evidence.findFirst({ where: { id: evidenceId, applicationId } });
    if (!record) throw notFound('evidence');
    return record;
  }
}

function view({ storageKey: _key, ...record }: Evidence): EvidenceView {
  return record;
}
