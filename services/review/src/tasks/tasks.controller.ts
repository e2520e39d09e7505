import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, DescribeQuery, RequestActor, ValidQuery } from '@makerspace/http';
import { InboxFilter, InboxQuery } from './inbox-filter';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  /** The open tasks on the caller's desk (role and jurisdiction), overdue first, then by due date. */
  @Get()
  @DescribeQuery(InboxQuery)
  inbox(@CurrentActor() actor: RequestActor, @ValidQuery(InboxQuery) filter: InboxFilter) {
    return this.tasks.inbox(actor, filter);
  }

  /** Record that the caller works on the task. */
  @Post(':id/claim')
  @HttpCode(HttpStatus.OK)
  claim(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.tasks.claim(actor, id);
  }

  /** Give the task back to the desk. */
  @Post(':id/release')
  @HttpCode(HttpStatus.OK)
  release(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.tasks.release(actor, id);
  }
}
