import { patched, uuid4 } from '@temporalio/workflow';
import type { ActingPerson, Decision, FilingInput, FilingStage, FilingState, Reason, TaskView } from '@makerspace/contracts';
import { banEndsOn, publicNoticeEndsOn, rulesetByVersion, type Ruleset } from '@makerspace/policy';
import { today } from '../kit/clock';
import { EventSequence } from '../kit/event-sequence';
import { HumanTasks } from '../kit/human-tasks';
import { Outbox } from '../kit/outbox';
import { ReplaySafeIds } from '../kit/replay-safe-ids';
import { FILING_TASKS } from './filing-tasks';

const SYSTEM = { id: 'filing-workflow', role: 'system' };

type Person = { id: string; role: string };

/** How a stage of the procedure ends: the application passes to the next, or the procedure is over. */
export type StageEnd = 'PASSED' | 'ENDED';

/**
 * One application's record in its filing procedure (Art. 6, Art. 9): its state as queried, its
 * history, the events it raises (published by the outbox) and its open tasks on the kit's loop;
 * and the moves that change it, each raising its event and writing its history: entering a stage,
 * rejection, disqualification, filing, the public notice.
 */
export class FilingRecord {
  readonly ruleset: Ruleset;
  readonly state: FilingState;
  readonly outbox: Outbox;
  readonly tasks: HumanTasks<TaskView>;
  private readonly ids = new ReplaySafeIds();

  constructor(readonly input: FilingInput) {
    this.ruleset = rulesetByVersion(input.rulesetId, input.rulesetVersion);
    this.outbox = new Outbox(new EventSequence(input.applicationId));
    this.tasks = new HumanTasks<TaskView>({
      opened: (task) => this.outbox.raise('task.opened', { ...task, applicationId: input.applicationId, title: FILING_TASKS[task.kind].title }),
      reminded: (task) => this.outbox.raise('task.reminded', this.noticeOf(task)),
      overdue: (task) => this.outbox.raise('task.overdue', this.noticeOf(task)),
      escalated: (task, to) => {
        const from = task.scope ? `${task.assigneeRole}:${task.scope}` : task.assigneeRole;
        this.outbox.raise('task.escalated', { taskId: task.taskId, applicationId: input.applicationId, stage: task.stage, from, to, dueOn: task.dueOn });
        this.record(SYSTEM, 'task-escalated', { taskId: task.taskId });
      },
      completed: (task, outcome, reasons) =>
        this.outbox.raise('task.completed', { taskId: task.taskId, applicationId: input.applicationId, stage: task.stage, outcome, reasons }),
    });
    this.state = {
      applicationId: input.applicationId,
      status: 'IN_REVIEW',
      stage: null,
      returnedAt: null,
      correctBy: null,
      openTasks: this.tasks.open,
      history: [],
      panel: [],
      notice: null,
      filingNumber: null,
      spaceId: null,
      figures: input.figures,
    };
  }

  get ref() {
    const { applicationId, organisationId, spaceName, divisionCode, applicantUserId } = this.input;
    return { applicationId, organisationId, spaceName, divisionCode, applicantUserId };
  }

  ended(): boolean {
    return this.state.status !== 'IN_REVIEW' && this.state.status !== 'RETURNED';
  }

  record(actor: Person, action: string, extra: Partial<FilingState['history'][number]> = {}) {
    this.state.history.push({ at: new Date().toISOString(), actor: { id: actor.id, role: actor.role }, action, stage: this.state.stage, ...extra });
  }

  /**
   * The id of a task or space this procedure creates. Procedures started before ids were
   * replay-safe keep taking them from uuid4(), so their replays give the ids they gave before.
   */
  newId(): string {
    return patched('replay-safe-ids') ? this.ids.next() : uuid4();
  }

  enterStage(stage: FilingStage) {
    const from = this.state.stage;
    this.state.stage = stage;
    if (from) this.outbox.raise('application.advanced', { ...this.ref, from, to: stage });
    this.record(SYSTEM, 'stage-entered');
  }

  reject(reasons: Reason[], actor: Person) {
    this.state.status = 'REJECTED';
    this.tasks.closeAll('CANCELLED');
    this.outbox.raise(
      'application.rejected',
      { ...this.ref, stage: this.state.stage ?? 'PRELIMINARY_REVIEW', reasons },
      { id: actor.id, role: actor.role as never },
    );
    this.record(actor, 'rejected', { reasons });
  }

  /** Art. 9: fraud found at any stage ends the application and bans the organisation. */
  disqualify(reasons: Reason[], actor: Person) {
    const decidedOn = today();
    this.state.status = 'DISQUALIFIED';
    this.tasks.closeAll('CANCELLED');
    this.outbox.raise(
      'application.disqualified',
      { ...this.ref, stage: this.state.stage, reasons, decidedOn, banEndsOn: banEndsOn(decidedOn, this.ruleset) },
      { id: actor.id, role: actor.role as never },
    );
    this.record(actor, 'disqualified', { reasons });
  }

  withdraw(actor: ActingPerson, reason?: string) {
    this.state.status = 'WITHDRAWN';
    this.tasks.closeAll('CANCELLED');
    this.outbox.raise('application.withdrawn', { ...this.ref, stage: this.state.stage }, { id: actor.id, role: actor.role });
    this.record(actor, 'withdrawn', { detail: reason ? { reason } : undefined });
  }

  file(meeting: NonNullable<Decision['meeting']>, actor: ActingPerson) {
    this.state.status = 'FILED';
    this.state.filingNumber = meeting.filingNumber!;
    this.state.spaceId = this.newId();
    // The figures in force (corrections replace what was submitted) become the space's first record.
    const declared = { figures: this.state.figures, ...(this.input.organisation ? { organisation: this.input.organisation } : {}) };
    this.outbox.raise(
      'application.filed',
      { ...this.ref, spaceId: this.state.spaceId, filingNumber: this.state.filingNumber, filedOn: today(), ...declared },
      { id: actor.id, role: actor.role },
    );
    this.record(actor, 'filed', { detail: { filingNumber: this.state.filingNumber, meetingId: meeting.meetingId } });
  }

  openPublicNotice() {
    const from = today();
    // Notices published before the patch keep the end date they were published with (docs/workflows.md).
    const until = publicNoticeEndsOn(from, this.ruleset, patched('public-notice-full-days') ? 'FULL_DAYS_AFTER_PUBLICATION' : 'PUBLICATION_DAY_COUNTED');
    this.state.notice = { from, until, objections: [] };
    this.outbox.raise('public-notice.opened', { ...this.ref, from, until });
  }

  /** What a reminder or an overdue notice of a task says; a named expert is its own scope. */
  private noticeOf(task: TaskView) {
    return {
      taskId: task.taskId,
      applicationId: this.input.applicationId,
      stage: task.stage,
      assigneeRole: task.assigneeRole,
      scope: task.assigneeId ?? task.scope,
      dueOn: task.dueOn,
    };
  }
}
