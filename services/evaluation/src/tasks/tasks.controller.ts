import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, ValidQuery } from '@makerspace/http';
import { SupervisionTasksService } from './supervision-tasks.service';
import { TaskList, TaskListFilter } from './task.dto';

/** The staff's supervision work (Art. 7, Art. 8): open tasks by due date, with reminders, overdue and escalation. */
@ApiTags('tasks')
@Controller('supervision-tasks')
export class TasksController {
  constructor(private readonly tasks: SupervisionTasksService) {}

  @Get()
  list(@CurrentActor() actor: RequestActor, @ValidQuery(TaskList) q: TaskListFilter) {
    return this.tasks.list(actor, q);
  }
}
