import { Injectable } from '@nestjs/common';
import type { Task } from '.prisma/review-client';
import { AuditTrail } from '@makerspace/audit';
import { notFound, RequestActor } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { claimRefusal, releaseRefusal } from './claim-rules';
import { deskOf } from './desk';
import type { InboxFilter } from './inbox-filter';

/** The staff inbox and claims on its tasks. */
@Injectable()
export class TasksService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The open tasks on the caller's desk, overdue first, then by due date, each with the name of the
   * space its application is for (null for an application the service has not yet heard of).
   */
  async inbox(actor: RequestActor, filter: InboxFilter): Promise<(Task & { spaceName: string | null })[]> {
    const tasks = await this.prisma.task.findMany({
      where: { AND: [deskOf(actor), { status: 'OPEN', applicationId: filter.applicationId, stage: filter.stage, kind: filter.kind, overdue: filter.overdue }] },
      orderBy: [{ overdue: 'desc' }, { dueOn: 'asc' }, { openedAt: 'asc' }],
      take: 200,
    });
    const applications = await this.prisma.application.findMany({
      where: { id: { in: [...new Set(tasks.map((t) => t.applicationId))] } },
      select: { id: true, spaceName: true },
    });
    const names = new Map(applications.map((a) => [a.id, a.spaceName]));
    return tasks.map((task) => ({ ...task, spaceName: names.get(task.applicationId) ?? null }));
  }

  /** A task on the caller's desk; anyone else's answers 404, so its existence does not leak. */
  async onDesk(actor: RequestActor, id: string): Promise<Task> {
    const task = await this.prisma.task.findFirst({ where: { AND: [{ id }, deskOf(actor)] } });
    if (!task) throw notFound('task');
    return task;
  }

  async claim(actor: RequestActor, id: string): Promise<Task> {
    const task = await this.onDesk(actor, id);
    const refusal = claimRefusal(task, actor);
    if (refusal) throw refusal;
    return (await this.setClaim(actor, task, actor.id)) ?? this.claim(actor, id);
  }

  async release(actor: RequestActor, id: string): Promise<Task> {
    const task = await this.onDesk(actor, id);
    const refusal = releaseRefusal(task, actor);
    if (refusal) throw refusal;
    return (await this.setClaim(actor, task, null)) ?? this.release(actor, id);
  }

  /**
   * Changes the claim only if nobody changed it since `task` was read; undefined when somebody
   * did, and the caller decides again on what is there now. A claim that is already so (claimed
   * again by its claimant, a free task released) is answered as it is, with nothing written.
   */
  private async setClaim(actor: RequestActor, task: Task, claimedBy: string | null): Promise<Task | undefined> {
    if (task.claimedBy === claimedBy) return task;
    const claimedAt = claimedBy ? new Date() : null;
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.task.updateMany({
        where: { id: task.id, status: task.status, claimedBy: task.claimedBy },
        data: { claimedBy, claimedAt },
      });
      if (count !== 1) return undefined;
      const after = { ...task, claimedBy, claimedAt };
      await this.audit.append(tx, { actor, action: claimedBy ? 'task.claimed' : 'task.released', subject: { type: 'task', id: task.id }, before: task, after });
      return after;
    });
  }
}
