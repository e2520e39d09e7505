import { createHash } from 'node:crypto';
import path from 'node:path';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditTrail } from '@makerspace/audit';
import { ApiException, notFound, RequestActor, requireRole } from '@makerspace/http';
import type { Evidence } from '.prisma/intake-client';
import { ApplicationsService } from '../applications/applications.service';
import { assertEditable } from '../applications/editable';
import { PrismaService } from '../database/prisma.service';
import { checkEvidenceType } from './content-type';
import type { EvidenceForm } from './evidence.dto';
import { EvidenceStorage } from './evidence-storage';

/** A file as received: its bytes, the name and the type the client gave. */
export interface ReceivedFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

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
    private readonly storage: EvidenceStorage,
    private readonly audit: AuditTrail,
  ) {}

  async add(actor: RequestActor, applicationId: string, form: EvidenceForm, file: ReceivedFile | undefined): Promise<EvidenceView> {
    assertEditable(await this.applications.getOwn(actor, applicationId));
    if (!file || file.buffer.length === 0) throw badFile('a non-empty file is required in the form field "file"');
    const check = checkEvidenceType(file.buffer, file.mimetype);
    if (!check.accepted) throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'EVIDENCE_TYPE_NOT_ACCEPTED', check.reason, [{ field: 'file', rule: 'evidence-type', message: check.reason }]);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const storageKey = await this.storage.put(file.buffer, sha256);
    return this.prisma.$transaction(async (tx) => {
      const record = await tx.evidence.create({
        data: { applicationId, kind: form.kind, fileName: displayName(file.originalname), contentType: check.type, sizeBytes: file.buffer.length, sha256, storageKey },
      });
      await this.audit.append(tx, { actor, action: 'evidence.added', subject: { type: 'application', id: applicationId }, after: view(record) });
      return view(record);
    });
  }

  async list(actor: RequestActor, applicationId: string): Promise<EvidenceView[]> {
    await this.applications.getOwn(actor, applicationId);
    const records = await this.prisma.evidence.findMany({ where: { applicationId }, orderBy: { uploadedAt: 'asc' } });
    return records.map(view);
  }

  async content(actor: RequestActor, applicationId: string, evidenceId: string): Promise<{ record: EvidenceView; bytes: Buffer }> {
    await this.applications.getOwn(actor, applicationId);
    const record = await this.find(applicationId, evidenceId);
    return { record: view(record), bytes: await this.storage.get(record.storageKey) };
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

/** The file's own name without any folder, control characters or excess length. */
function displayName(original: string): string {
  const name = path.basename(original.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return name || 'evidence';
}

const badFile = (message: string) => new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the form is not valid', [{ field: 'file', rule: 'required', message }]);
