import { condition } from '@temporalio/workflow';
import type { Decision, Reason, TaskKind, TaskView } from '@makerspace/contracts';
import { stageSchedule } from '@makerspace/policy';
import { today } from '../kit/clock';
import { reasonsOf } from '../kit/message-fields';
import type { FilingRecord } from './filing-record';
import { FILING_TASKS } from './filing-tasks';

export type Decided = Decision & { reasons: Reason[] };

/**
 * A decision its validator accepted, as the procedure keeps it: its reasons as the contracts'
 * schema reads them (none when absent, texts trimmed), and only the parts a decision has.
 */
export function decidedOf(d: Decision): Decided {
  const { taskId, actor, outcome, recommendation, findings, experts, score, meeting } = d;
  const parts = { recommendation, findings, experts, score, meeting };
  const given = Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined));
  return { taskId, actor, outcome, reasons: reasonsOf(d.reasons), ...given };
}

/**
 * The staff's decisions in the procedure: a stage opens a task of a kind at its desk (narrowed to
 * a district or a named expert) and waits for its decision; the `decideTask` update hands one in.
 */
export class Decisions {
  private readonly decided = new Map<string, Decided>();
  /** Decisions the procedure has picked up: the wait of their task has resumed. */
  private readonly taken = new Set<string>();

  constructor(private readonly record: FilingRecord) {}

  /** Open a task of `kind` with its due date; its reminders and escalation run beside the procedure. */
  open(kind: TaskKind, who: { scope?: string | null; assigneeId?: string | null } = {}): TaskView {
    const { stage, timing, role } = FILING_TASKS[kind];
    const schedule = stageSchedule(timing, today(), this.record.ruleset);
    const task: TaskView = {
      taskId: this.record.newId(),
      kind,
      stage,
      assigneeRole: role,
      scope: who.scope ?? null,
      assigneeId: who.assigneeId ?? null,
      openedOn: today(),
      dueOn: schedule.dueOn,
      escalated: false,
    };
    return this.record.tasks.add(task, schedule);
  }

  /** Wait for the decision of a task (or the end of the procedure by withdrawal or fraud). */
  async of(task: TaskView): Promise<Decided | undefined> {
    await condition(() => this.decided.has(task.taskId) || this.record.ended());
    this.taken.add(task.taskId);
    return this.decided.get(task.taskId);
  }

  /**
   * Wait until the procedure has picked up the decision on `taskId`. What its stage does with it
   * (the next stage entered, a return for correction) runs on from there without waiting, so by
   * the time this resolves the procedure stands at its next wait, as the update's answer shows it.
   */
  async pickedUp(taskId: string): Promise<void> {
    await condition(() => this.taken.has(taskId) || this.record.ended());
  }

  /** Take a decision the update's validator accepted: it closes its task with its outcome. */
  take(d: Decided): void {
    const task = this.record.state.openTasks.find((t) => t.taskId === d.taskId)!;
    this.decided.set(d.taskId, d);
    this.record.record(d.actor, 'decided', { taskId: d.taskId, outcome: d.outcome, reasons: d.reasons, detail: detailOf(d) });
    this.record.tasks.close(task, d.outcome, d.reasons);
  }
}

function detailOf(d: Decided): Record<string, unknown> | undefined {
  const detail: Record<string, unknown> = {};
  if (d.recommendation) detail.recommendation = d.recommendation;
  if (d.findings) detail.findings = d.findings;
  if (d.experts) detail.experts = d.experts;
  if (d.meeting) detail.meeting = d.meeting;
  // Scores stay out of the shared history until the panel is complete (see expert-review).
  return Object.keys(detail).length ? detail : undefined;
}
