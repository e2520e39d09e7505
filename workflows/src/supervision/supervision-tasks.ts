import { workflowInfo } from '@temporalio/workflow';
import type { Actor, SpaceRef, SupervisionTaskStage, SupervisionTaskView } from '@makerspace/contracts';
import { Ruleset, supervisionTaskSchedule } from '@makerspace/policy';
import { today } from '../kit/clock';
import type { Outbox } from '../kit/outbox';
import { HumanTasks, TaskNotices } from '../kit/human-tasks';
import { roleOf } from '../kit/roles';

export type TaskTitle = { zh: string; en: string };

const SYSTEM: Actor = { id: 'supervision-workflow', role: 'system' };

/**
 * The staff tasks of one supervision workflow (an evaluation, a change) on the kit's task loop,
 * timed from the ruleset's `supervision.stages` and made known as `space.task.*` events. A task's
 * id is `<workflowId>/<stage>`: each stage is worked at most once per workflow. Its desk is the
 * ruleset's assignee of the stage; `titles` (beside the procedure that owns the stages) name it.
 */
export class SupervisionTasks {
  private readonly tasks: HumanTasks<SupervisionTaskView>;

  constructor(
    raise: Outbox['raise'],
    private readonly space: () => SpaceRef,
    private readonly ruleset: Ruleset,
    titles: Partial<Record<SupervisionTaskStage, TaskTitle>>,
  ) {
    const notices: TaskNotices<SupervisionTaskView> = {
      opened: (task) => raise('space.task.opened', { ...this.refOf(task), openedOn: task.openedOn, title: titles[task.stage]! }),
      reminded: (task) => raise('space.task.reminded', this.refOf(task), SYSTEM),
      overdue: (task) => raise('space.task.overdue', this.refOf(task), SYSTEM),
      escalated: (task, to) => {
        const from = task.scope ? `${task.assigneeRole}:${task.scope}` : task.assigneeRole;
        raise('space.task.escalated', { ...this.refOf(task), from, to }, SYSTEM);
      },
      completed: (task, outcome) => raise('space.task.completed', { ...this.refOf(task), outcome }),
    };
    this.tasks = new HumanTasks(notices);
  }

  /** The open tasks, as the workflow's state shows them. */
  get open(): SupervisionTaskView[] {
    return this.tasks.open;
  }

  /** Open a task for `scope` (a district, an expert) or the city; its timers run beside the workflow. */
  openTask(stage: SupervisionTaskStage, scope: string | null = null): SupervisionTaskView {
    const openedOn = today();
    const schedule = supervisionTaskSchedule(stage, openedOn, this.ruleset);
    const task: SupervisionTaskView = {
      taskId: `${workflowInfo().workflowId}/${stage}`,
      stage,
      assigneeRole: roleOf(schedule.assignee),
      scope,
      openedOn,
      dueOn: schedule.dueOn,
      escalated: false,
    };
    return this.tasks.add(task, schedule);
  }

  /** The open task of `stage`, if any. */
  of(stage: SupervisionTaskStage): SupervisionTaskView | undefined {
    return this.open.find((t) => t.stage === stage);
  }

  /** Close the task of `stage` with its outcome (DONE, CANCELLED); nothing when none is open. */
  close(stage: SupervisionTaskStage, outcome: string): void {
    const task = this.of(stage);
    if (task) this.tasks.close(task, outcome);
  }

  closeAll(outcome: string): void {
    this.tasks.closeAll(outcome);
  }

  private refOf(task: SupervisionTaskView) {
    const { taskId, stage, assigneeRole, scope, dueOn } = task;
    return { ...this.space(), taskId, workflowId: workflowInfo().workflowId, stage, assigneeRole, scope, dueOn };
  }
}
