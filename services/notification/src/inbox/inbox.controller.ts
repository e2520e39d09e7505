import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, RequestActor, ZodValidationPipe } from '@makerspace/http';
import { InboxService } from './inbox.service';

const InboxQuery = z.object({
  recipient: z.string().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  /** A recipient's notices, newest first: the caller's own inbox or its desk's (anyone else's answers 404). */
  @Get()
  @ApiQuery({ name: 'recipient', required: true })
  @ApiQuery({ name: 'limit', required: false })
  list(@CurrentActor() actor: RequestActor, @Query(new ZodValidationPipe(InboxQuery, 'query')) q: z.infer<typeof InboxQuery>) {
    return this.inbox.list(actor, q.recipient, q.limit);
  }
}
