import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@makerspace/audit';
import { conflict, notFound, RequestActor, requireRole } from '@makerspace/http';
import { routeToDistrict, ANSHAN_2020 } from '@makerspace/policy';
import { PrismaService } from '../database/prisma.service';
import { ApiException } from '@makerspace/http';
import { HttpStatus } from '@nestjs/common';
import type { ApplicationDraft, ApplicationUpdate } from './application.dto';
import { assertEditable } from './editable';

/** The application's own row, as its audit entries record it (without the organisation read beside it). */
export function recordOf<A extends { organisation: unknown }>(app: A): Omit<A, 'organisation'> {
  const { organisation, ...record } = app;
  void organisation;
  return record;
}

/** Drafts and reads of applications. Only a draft (or a returned application) may be edited. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditTrail,
  ) {}

  async create(actor: RequestActor, input: ApplicationDraft) {
    requireRole(actor, 'applicant');
    const org = await this.prisma.organisation.findUnique({ where: { id: input.organisationId } });
    if (!org || org.ownerUserId !== actor.id) throw notFound('organisation');
    this.checkDivision(input.divisionCode);
    return this.prisma.$transaction(async (tx) => {
      const app = await tx.application.create({ data: { ...input, figures: input.figures } });
      await this.audit.append(tx, { actor, action: 'application.drafted', subject: { type: 'application', id: app.id }, after: app });
      return app;
    });
  }

  async update(actor: RequestActor, id: string, input: ApplicationUpdate) {
    requireRole(actor, 'applicant');
    assertEditable(await this.getOwn(actor, id));
    this.checkDivision(input.divisionCode);
    const { revision, ...data } = input;
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.application.findUniqueOrThrow({ where: { id } });
      const updated = await tx.application.updateMany({
        where: { id, revision },
        data: { ...data, revision: { increment: 1 } },
      });
      if (updated.count === 0) throw conflict('STALE_REVISION', `the application was changed since revision ${revision}; reload it and edit again`);
      const after = await tx.application.findUniqueOrThrow({ where: { id } });
      await this.audit.append(tx, { actor, action: 'application.edited', subject: { type: 'application', id }, before, after });
      return after;
    });
  }

  /**
   * An application as the caller may see it: an applicant its own, a district officer its
   * division's, the city any (404 for anyone else's, so existence does not leak).
   */
  async getOwn(actor: RequestActor, id: string) {
    requireRole(actor, 'applicant', 'district-officer', 'city-officer');
    const app = await this.prisma.application.findUnique({ where: { id }, include: { organisation: true } });
    if (!app) throw notFound('application');
    if (actor.role === 'applicant' && app.organisation.ownerUserId !== actor.id) throw notFound('application');
    if (actor.role === 'district-officer' && app.divisionCode !== actor.scope) throw notFound('application');
    return app;
  }

  timeline(actor: RequestActor, id: string) {
    return this.getOwn(actor, id).then(() => this.prisma.timelineEntry.findMany({ where: { applicationId: id }, orderBy: { occurredAt: 'asc' } }));
  }

  private checkDivision(code: string) {
    if (!routeToDistrict(code, ANSHAN_2020)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the body is not valid', [
        { field: 'divisionCode', rule: 'jurisdiction', message: `${code} is not a county, district or development zone of Anshan`, article: 'Art. 6(1)' },
      ]);
    }
  }
}
