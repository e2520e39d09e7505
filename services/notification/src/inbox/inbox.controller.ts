import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, notFound, RequestActor, requireRole, ZodValidationPipe } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { inboxesOf } from './inbox-addresses';

const InboxQuery = z.object({
  recipient: z.string().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * A recipient's notices, newest first: only the caller's own inbox or its desk's; anyone else's
   * answers 404, so whether it exists does not show.
   */
  @Get()
  @ApiQuery({ name: 'recipient', required: true })
  @ApiQuery({ name: 'limit', required: false })
  list(@CurrentActor() actor: RequestActor, @Query(new ZodValidationPipe(InboxQuery, 'query')) q: z.infer<typeof InboxQuery>) {
    requireRole(actor, 'applicant', 'district-officer', 'city-officer', 'expert', 'meeting-secretary', 'scheduler');
    if (!inboxesOf(actor).includes(q.recipient)) throw notFound('inbox');
    return this.prisma.inboxItem.findMany({ where: { recipient: q.recipient }, orderBy: { createdAt: 'desc' }, take: q.limit });
  }
}
