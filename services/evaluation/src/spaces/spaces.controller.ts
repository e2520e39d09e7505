import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SupervisedSpacesPage } from '@makerspace/contracts';
import { CurrentActor, RequestActor, requireRole, ValidQuery } from '@makerspace/http';
import { divisionOf, SpaceAccess } from '../access/space-access';
import { PrismaService } from '../database/prisma.service';
import { SpaceList, SpaceSearch, SupervisedSpaces, SupervisedSpacesSearch } from './space.dto';
import { spaceRecord } from './space-record';

@ApiTags('spaces')
@Controller('spaces')
export class SpacesController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: SpaceAccess,
  ) {}

  /** The supervised maker spaces in id order, a page at a time; a district officer sees its own division. */
  @Get()
  list(@CurrentActor() actor: RequestActor, @ValidQuery(SpaceList) q: SpaceSearch) {
    requireRole(actor, 'district-officer', 'city-officer', 'scheduler');
    const divisionCode = divisionOf(actor, q.divisionCode);
    return this.prisma.space.findMany({
      where: { status: q.status, divisionCode, ...(q.after ? { id: { gt: q.after } } : {}) },
      orderBy: { id: 'asc' },
      take: q.limit,
    });
  }

  /** The spaces an evaluation cycle asks for reports (for the supervision workflows). */
  @Get('supervised')
  async supervised(@CurrentActor() actor: RequestActor, @ValidQuery(SupervisedSpaces) q: SupervisedSpacesSearch): Promise<SupervisedSpacesPage> {
    requireRole(actor, 'system');
    const rows = await this.prisma.space.findMany({
      where: { status: q.status, filedOn: { lte: q.filedOnOrBefore }, ...(q.after ? { id: { gt: q.after } } : {}) },
      orderBy: { id: 'asc' },
      take: q.limit,
      select: { id: true, filingNumber: true, name: true, organisationId: true, divisionCode: true },
    });
    return {
      spaces: rows.map((s) => ({ spaceId: s.id, filingNumber: s.filingNumber, spaceName: s.name, organisationId: s.organisationId, divisionCode: s.divisionCode })),
      next: rows.length === q.limit ? rows[rows.length - 1].id : null,
    };
  }

  /** The space record: current figures, status (revoked with article and reason), evaluations and changes. */
  @Get(':spaceId')
  async record(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string) {
    return spaceRecord(this.prisma, await this.access.space(actor, spaceId));
  }
}
