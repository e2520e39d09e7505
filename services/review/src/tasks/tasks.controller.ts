import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, requireRole } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly prisma: PrismaService) {}

  /** The open tasks of the caller's desk (role and scope), overdue first, then by due date. */
  @Get()
  inbox(@CurrentActor() actor: RequestActor) {
    requireRole(actor, 'district-officer', 'city-officer', 'expert', 'meeting-secretary');
    const scope = actor.role === 'district-officer' ? { scope: actor.scope } : actor.role === 'expert' ? { assigneeId: actor.id } : {};
    return this.prisma.task.findMany({
      where: { assigneeRole: actor.role, status: 'OPEN', ...scope },
      orderBy: [{ overdue: 'desc' }, { dueOn: 'asc' }],
      take: 200,
    });
  }
}
