import { Injectable } from '@nestjs/common';
import type { SupervisedSpacesPage } from '@makerspace/contracts';
import { RequestActor, requireRole } from '@makerspace/http';
import { divisionOf, SpaceAccess } from '../access/space-access';
import { PrismaService } from '../database/prisma.service';
import type { SpaceSearch, SupervisedSpacesSearch } from './space.dto';
import { spaceRecord } from './space-record';

/** The supervised maker spaces: lists for staff, the pages an evaluation cycle asks for, one space's record. */
@Injectable()
export class SpacesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: SpaceAccess,
  ) {}

  /** In id order, a page at a time; a district officer sees its own division. */
  list(actor: RequestActor, q: SpaceSearch) {
    requireRole(actor, 'district-officer', 'city-officer', 'scheduler');
    return this.prisma.space.findMany({
      where: { status: q.status, divisionCode: divisionOf(actor, q.divisionCode), ...(q.after ? { id: { gt: q.after } } : {}) },
      orderBy: { id: 'asc' },
      take: q.limit,
    });
  }

  /** The spaces an evaluation cycle asks for reports (for the supervision workflows). */
  async supervised(actor: RequestActor, q: SupervisedSpacesSearch): Promise<SupervisedSpacesPage> {
    requireRole(actor, 'system');
    const rows = await this.prisma.space.findMany({
      where: { status: q.status, filedOn: { lte: q.filedOnOrBefore }, ...(q.after ? { id: { gt: q.after } } : {}) },
      orderBy: { id: 'asc' },
      take: q.limit,
      select: { id: true, filingNumber: true, name: true, organisationId: true, divisionCode: true },
    });
    return {
      spaces: rows.map((s) => ({
        spaceId: s.id,
        filingNumber: s.filingNumber,
        spaceName: s.name,
        organisationId: s.organisationId,
        divisionCode: s.divisionCode,
      })),
      next: rows.length === q.limit ? rows[rows.length - 1].id : null,
    };
  }

  /** The space record: current figures, status (revoked with article and reason), evaluations and changes. */
  async record(actor: RequestActor, spaceId: string) {
    return spaceRecord(this.prisma, await this.access.space(actor, spaceId));
  }
}
