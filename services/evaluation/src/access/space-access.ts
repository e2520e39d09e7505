import { Injectable } from '@nestjs/common';
import type { Space } from '.prisma/evaluation-client';
import { notFound, RequestActor, requireRole } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';

/**
 * Who may see a space: its operating organisation's users (the organisation id is an applicant's
 * scope), the district officers of its division, the city, and the service accounts. Anyone else
 * is answered 404, so a space's existence is not disclosed.
 */
export function maySee(actor: RequestActor, space: Pick<Space, 'organisationId' | 'divisionCode'>): boolean {
  switch (actor.role) {
    case 'applicant':
      return actor.scope === space.organisationId;
    case 'district-officer':
      return actor.scope === space.divisionCode;
    case 'city-officer':
    case 'scheduler':
    case 'system':
      return true;
    default:
      return false;
  }
}

/** The division a caller's lists are limited to: a district officer's own, everyone else's unlimited. */
export function divisionOf(actor: RequestActor, requested?: string): string | undefined {
  return actor.role === 'district-officer' ? (actor.scope ?? '-') : requested;
}

@Injectable()
export class SpaceAccess {
  constructor(private readonly prisma: PrismaService) {}

  async space(actor: RequestActor, spaceId: string): Promise<Space> {
    requireRole(actor, 'applicant', 'district-officer', 'city-officer', 'scheduler', 'system');
    const space = await this.prisma.space.findUnique({ where: { id: spaceId } });
    if (!space || !maySee(actor, space)) throw notFound('space');
    return space;
  }
}
