import { Injectable } from '@nestjs/common';
import { notFound, RequestActor, requireRole } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { inboxesOf } from './inbox-addresses';

/**
 * A recipient's notices, newest first: only the caller's own inbox or its desk's; anyone else's
 * answers 404, so whether it exists does not show.
 */
@Injectable()
export class InboxService {
  constructor(private readonly prisma: PrismaService) {}

  list(actor: RequestActor, recipient: string, limit: number) {
    requireRole(actor, 'applicant', 'district-officer', 'city-officer', 'expert', 'meeting-secretary', 'scheduler');
    if (!inboxesOf(actor).includes(recipient)) throw notFound('inbox');
    return this.prisma.inboxItem.findMany({ where: { recipient }, orderBy: { createdAt: 'desc' }, take: limit });
  }
}
