import type { Projections } from '../supervision/projection';

/**
 * The staff's supervision tasks as the workflows report them (opened, reminded, overdue,
 * escalated, completed). A space's task events share its key on the space topic, so they arrive
 * in order after the opening that creates the row.
 */
export const taskProjections: Projections = {
  'space.task.opened': async (tx, { payload: p }) => {
    await tx.supervisionTask.upsert({
      where: { id: p.taskId },
      create: {
        id: p.taskId,
        workflowId: p.workflowId,
        spaceId: p.spaceId,
        spaceName: p.spaceName,
        divisionCode: p.divisionCode,
        stage: p.stage,
        assigneeRole: p.assigneeRole,
        scope: p.scope,
        openedOn: p.openedOn,
        dueOn: p.dueOn,
      },
      update: {},
    });
  },
  'space.task.reminded': async (tx, { payload: p }) => {
    await tx.supervisionTask.update({ where: { id: p.taskId }, data: { remindersSent: { increment: 1 } } });
  },
  'space.task.overdue': async (tx, { payload: p }) => {
    await tx.supervisionTask.update({ where: { id: p.taskId }, data: { overdue: true } });
  },
  'space.task.escalated': async (tx, { payload: p }) => {
    await tx.supervisionTask.update({ where: { id: p.taskId }, data: { escalatedTo: p.to } });
  },
  'space.task.completed': async (tx, { payload: p }) => {
    await tx.supervisionTask.update({ where: { id: p.taskId }, data: { status: 'DONE', outcome: p.outcome } });
  },
};
