import { Injectable } from '@nestjs/common';
import type { Prisma } from '.prisma/evaluation-client';
import { RequestActor, requireRole } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import type { TaskListFilter } from './task.dto';

/**
 * Whose supervision tasks a caller sees: a district officer those of its division, an expert the
 * reviews it was named for, a city officer every task (the city's own, and the others once they
 * escalate to it).
 */
function tasksOf(actor: RequestActor): Prisma.SupervisionTaskWhereInput {
  if (actor.role === 'district-officer') return { assigneeRole: 'district-officer', scope: actor.scope ?? '-' };
  if (actor.role === 'expert') return { assigneeRole: 'expert', scope: actor.id };
  return {};
}

/** The staff's supervision work (Art. 7, Art. 8): open tasks by due date, with reminders, overdue and escalation. */
@Injectable()
export class SupervisionTasksService {
  constructor(private readonly prisma: PrismaService) {}

  list(actor: RequestActor, q: TaskListFilter) {
    requireRole(actor, 'district-officer', 'city-officer', 'expert');
    return this.prisma.supervisionTask.findMany({
      where: { ...tasksOf(actor), status: q.status, stage: q.stage, spaceId: q.spaceId },
      orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
      take: 500,
    });
  }
}
