import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodValidationPipe } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';

const InboxQuery = z.object({
  recipient: z.string().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(private readonly prisma: PrismaService) {}

  /** A recipient's notices, newest first. */
  @Get()
  @ApiQuery({ name: 'recipient', required: true })
  @ApiQuery({ name: 'limit', required: false })
  list(@Query(new ZodValidationPipe(InboxQuery, 'query')) q: z.infer<typeof InboxQuery>) {
    return this.prisma.inboxItem.findMany({ where: { recipient: q.recipient }, orderBy: { createdAt: 'desc' }, take: q.limit });
  }
}
