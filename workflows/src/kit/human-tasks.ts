import type { StageSchedule } from '@makerspace/policy';
import { endOf, morningOf, waitUntil } from './clock';
import { roleOf } from './roles';

/** What every human task shows, whichever procedure opened it: whose desk, and its dates. */
export interface HumanTask {
  taskId: string;
  assigneeRole: string;
  /** The district's division code, a named person's id, or null for the whole desk. */
  scope: string | null;
  openedOn: string;
  dueOn: string;
  /** Past its escalation day: the city may now decide it too. */
  escalated: boolean;
}

/**
 * What a procedure makes known of its tasks: the events it raises (and the history it keeps) when
 * a task opens, is reminded, falls overdue, escalates and completes. Each procedure words them in
 * its own events; the loop that times them is this one.
 */
export interface TaskNotices<T extends HumanTask> {
  opened(task: T): void;
  reminded(task: T): void;
  overdue(task: T): void;
  /** `to` is the role the task escalated to. */
  escalated(task: T, to: string): void;
  completed(task: T, outcome: string, reasons: { text: string; article?: string }[]): void;
}

/**
 * The human tasks of one procedure and the loop that times each: reminders at 09:00 Asia/Shanghai
 * on the reminder days of its schedule, overdue after its due day, escalated to the schedule's
 * role after the grace days; a task closed meanwhile stops its loop. Every wait is a durable
 * timer (`condition` with a timeout), so a task waits months across worker restarts.
 *
 * `open` is the list itself: a procedure's state shows it as its open tasks.
 */
export class HumanTasks<T extends HumanTask> {
  readonly open: T[] = [];

  constructor(private readonly notices: TaskNotices<T>) {}

  /** Open `task` on the dates of `schedule` (the one its due date came from); its loop runs beside the procedure. */
  add(task: T, schedule: StageSchedule): T {
    this.open.push(task);
    this.notices.opened(task);
    void this.watch(task, schedule);
    return task;
  }

  isOpen(task: T): boolean {
    return this.open.includes(task);
  }

  /** Close an open task with its outcome (and the decision's reasons); nothing when it is not open. */
  close(task: T, outcome: string, reasons: { text: string; article?: string }[] = []): void {
    const i = this.open.indexOf(task);
    if (i < 0) return;
    this.open.splice(i, 1);
    this.notices.completed(task, outcome, reasons);
  }

  closeAll(outcome: string): void {
    for (const task of [...this.open]) this.close(task, outcome);
  }

  private async watch(task: T, schedule: StageSchedule): Promise<void> {
    const closed = () => !this.isOpen(task);
    for (const remindOn of schedule.remindOn) {
      if (await waitUntil(morningOf(remindOn), closed)) return;
      this.notices.reminded(task);
    }
    if (await waitUntil(endOf(task.dueOn), closed)) return;
    this.notices.overdue(task);
    if (await waitUntil(endOf(schedule.escalateOn), closed)) return;
    task.escalated = true;
    this.notices.escalated(task, roleOf(schedule.escalateTo));
  }
}
