import { workflowInfo } from '@temporalio/workflow';
import type { Actor, SpaceRef, SupervisionTaskStage, SupervisionTaskView } from '@makerspace/contracts';
import { CalendarDate, Ruleset, supervisionTaskSchedule } from '@makerspace/policy';
import type { EventSequence } from './event-sequence';
import { endOf, morningOf, today, waitUntil } from './workflow-clock';

const ROLE_OF: Record<string, string> = {
  DISTRICT_OFFICER: 'district-officer',
  CITY_OFFICER: 'city-officer',
  EXPERT: 'expert',
};

const TITLES: Record<SupervisionTaskStage, { zh: string; en: string }> = {
  SELF_REPORT_CHECK: { zh: '年度绩效报告初审', en: 'First check of the performance report' },
  EXPERT_REVIEW: { zh: '年度评价专家评审', en: 'Expert review of the evaluation' },
  ON_SITE_CHECK: { zh: '年度评价现场核查', en: 'On-site check of the evaluation' },
  RESULT_CONFIRMATION: { zh: '确认年度评价结果', en: 'Confirm the evaluation result' },
  CHANGE_REVIEW: { zh: '审核变更事项', en: 'Review a change' },
  OVERDUE_CHANGE: { zh: '处理逾期未报告的变更', en: 'Decide on a change not reported in time' },
};

const SYSTEM: Actor = { id: 'supervision-workflow', role: 'system' };

/**
 * The staff tasks of one supervision workflow, timed as the filing workflow times its human
 * stages: a due date from the ruleset (`supervision.stages`), reminders at 09:00 on the reminder
 * days, `space.task.overdue` after the due day and `space.task.escalated` to the city after the
 * grace days. A task's id is `<workflowId>/<stage>`: each stage is worked at most once per workflow.
 */
export class SupervisionTasks {
  readonly open: SupervisionTaskView[] = [];

  constructor(
    private readonly raise: EventSequence['next'],
    private readonly space: () => SpaceRef,
    private readonly ruleset: Ruleset,
  ) {}

  /** Open a task for `scope` (a district, an expert) or the city; its timers run beside the workflow. */
  openTask(stage: SupervisionTaskStage, scope: string | null = null): SupervisionTaskView {
    const openedOn = today();
    const schedule = supervisionTaskSchedule(stage, openedOn, this.ruleset);
    const task: SupervisionTaskView = {
      taskId: `${workflowInfo().workflowId}/${stage}`,
      stage,
      assigneeRole: ROLE_OF[schedule.assignee],
      scope,
      openedOn,
      dueOn: schedule.dueOn,
      escalated: false,
    };
    this.open.push(task);
    this.raise('space.task.opened', { ...this.refOf(task), openedOn, title: TITLES[stage] });
    void this.watch(task);
    return task;
  }

  /** The open task of `stage`, if any. */
  of(stage: SupervisionTaskStage): SupervisionTaskView | undefined {
    return this.open.find((t) => t.stage === stage);
  }

  /** Close the task of `stage` with its outcome (DONE, CANCELLED); nothing when none is open. */
  close(stage: SupervisionTaskStage, outcome: string): void {
    const i = this.open.findIndex((t) => t.stage === stage);
    if (i < 0) return;
    const [task] = this.open.splice(i, 1);
    this.raise('space.task.completed', { ...this.refOf(task), outcome });
  }

  closeAll(outcome: string): void {
    for (const task of [...this.open]) this.close(task.stage, outcome);
  }

  private refOf(task: SupervisionTaskView) {
    const { taskId, stage, assigneeRole, scope, dueOn } = task;
    return { ...this.space(), taskId, workflowId: workflowInfo().workflowId, stage, assigneeRole, scope, dueOn };
  }

  private async watch(task: SupervisionTaskView) {
    const s = supervisionTaskSchedule(task.stage, task.openedOn as CalendarDate, this.ruleset);
    const closed = () => !this.open.includes(task);
    for (const remindOn of s.remindOn) {
      if (await waitUntil(morningOf(remindOn), closed)) return;
      this.raise('space.task.reminded', this.refOf(task), SYSTEM);
    }
    if (await waitUntil(endOf(task.dueOn), closed)) return;
    this.raise('space.task.overdue', this.refOf(task), SYSTEM);
    if (await waitUntil(endOf(s.escalateOn), closed)) return;
    task.escalated = true;
    const from = task.scope ? `${task.assigneeRole}:${task.scope}` : task.assigneeRole;
    this.raise('space.task.escalated', { ...this.refOf(task), from, to: ROLE_OF[s.escalateTo] }, SYSTEM);
  }
}
