import { ApplicationFailure, condition, patched, uuid4 } from '@temporalio/workflow';
import type {
  ActingPerson,
  Decision,
  Disqualification,
  FilingInput,
  FilingStage,
  FilingState,
  Objection,
  Reason,
  Resubmission,
  TaskKind,
  TaskView,
  Withdrawal,
} from '@makerspace/contracts';
import { banEndsOn, type CalendarDate, correctionWords, noticeWords, publicNoticeEndsOn, rulesetByVersion, type Ruleset, type ReviewStage, stageSchedule } from '@makerspace/policy';
import { EventSequence } from '../shared/event-sequence';
import { ReplaySafeIds } from '../shared/replay-safe-ids';
import { schemas } from '../shared/schemas';
import { checkApplicantAction, checkDecision, Refusal } from './decision-rules';
import { endOf, morningOf, today, waitUntil } from './filing-clock';
import { Outbox } from '../shared/outbox';

const ROLE_OF: Record<string, string> = {
  DISTRICT_OFFICER: 'district-officer',
  CITY_OFFICER: 'city-officer',
  EXPERT: 'expert',
  DIRECTOR_MEETING: 'meeting-secretary',
  APPLICANT: 'applicant',
};

const TITLES: Record<TaskKind, { zh: string; en: string }> = {
  'preliminary-review': { zh: '初审并书面推荐', en: 'Preliminary review and written recommendation' },
  're-review': { zh: '复审', en: 'Re-review' },
  'on-site-inspection': { zh: '现场核查', en: 'On-site inspection' },
  'organise-expert-review': { zh: '组织专家评审', en: 'Organise the expert review' },
  'expert-score': { zh: '专家评分', en: 'Expert scoring' },
  'assign-substitute': { zh: '指定替补专家', en: 'Assign a substitute expert' },
  'resolve-objection': { zh: '处理公示异议', en: 'Resolve a public-notice objection' },
  'director-meeting': { zh: '局长办公会议审定', en: "Director's meeting decision" },
};

type Decided = Decision & { reasons: Reason[] };

/** Refuse a message: the caller gets this error and nothing changes. */
function refused(r: Refusal): never {
  throw ApplicationFailure.create({ type: `Refused.${r.code}`, message: r.message, details: [{ field: r.field ?? null, article: r.article ?? null }], nonRetryable: true });
}

/**
 * The state and the moves of one application's filing procedure (Art. 6 and Art. 9). The
 * workflow function drives the stages in order; update handlers call the `on*` methods.
 */
export class FilingProcedure {
  readonly ruleset: Ruleset;
  readonly state: FilingState;
  readonly outbox = new Outbox();
  private readonly events: EventSequence;
  private readonly decisions = new Map<string, Decided>();
  private readonly ids = new ReplaySafeIds();

  constructor(readonly input: FilingInput) {
    this.ruleset = rulesetByVersion(input.rulesetId, input.rulesetVersion);
    this.events = new EventSequence(input.applicationId);
    this.state = {
      applicationId: input.applicationId,
      status: 'IN_REVIEW',
      stage: null,
      returnedAt: null,
      correctBy: null,
      openTasks: [],
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

  // ---- events and history -------------------------------------------------------------------

  raise: EventSequence['next'] = (type, payload, actor) => {
    const event = this.events.next(type, payload, actor);
    this.outbox.add(event);
    return event;
  };

  record(actor: { id: string; role: string }, action: string, extra: Partial<FilingState['history'][number]> = {}) {
    this.state.history.push({ at: new Date().toISOString(), actor: { id: actor.id, role: actor.role }, action, stage: this.state.stage, ...extra });
  }

  /**
   * The id of a task or space this procedure creates. Procedures started before ids were
   * replay-safe keep taking them from uuid4(), so their replays give the ids they gave before.
   */
  private newId(): string {
    return patched('replay-safe-ids') ? this.ids.next() : uuid4();
  }

  // ---- stages -------------------------------------------------------------------------------

  enterStage(stage: FilingStage) {
    const from = this.state.stage;
    this.state.stage = stage;
    if (from) this.raise('application.advanced', { ...this.ref, from, to: stage });
    this.record({ id: 'filing-workflow', role: 'system' }, 'stage-entered');
  }

  /** Open a human task with its due date; its reminders and escalation run beside the procedure. */
  openTask(kind: TaskKind, stage: FilingStage, timing: ReviewStage, who: { role?: string; scope?: string | null; assigneeId?: string | null } = {}): TaskView {
    const schedule = stageSchedule(timing, today(), this.ruleset);
    const task: TaskView = {
      taskId: this.newId(),
      kind,
      stage,
      assigneeRole: who.role ?? ROLE_OF[schedule.assignee],
      scope: who.scope ?? null,
      assigneeId: who.assigneeId ?? null,
      openedOn: today(),
      dueOn: schedule.dueOn,
      escalated: false,
    };
    this.state.openTasks.push(task);
    this.raise('task.opened', { ...task, applicationId: this.input.applicationId, title: TITLES[kind] });
    void this.watchTask(task, timing);
    return task;
  }

  private isOpen = (task: TaskView) => this.state.openTasks.includes(task);

  /** Reminders before the due date, overdue after it, escalation to the city after the grace days. */
  private async watchTask(task: TaskView, timing: ReviewStage) {
    const s = stageSchedule(timing, task.openedOn as CalendarDate, this.ruleset);
    const closed = () => !this.isOpen(task);
    const base = { taskId: task.taskId, applicationId: this.input.applicationId, stage: task.stage, assigneeRole: task.assigneeRole, scope: task.assigneeId ?? task.scope, dueOn: task.dueOn };
    for (const remindOn of s.remindOn) {
      if (await waitUntil(morningOf(remindOn), closed)) return;
      this.raise('task.reminded', base);
    }
    if (await waitUntil(endOf(task.dueOn), closed)) return;
    this.raise('task.overdue', base);
    if (await waitUntil(endOf(s.escalateOn), closed)) return;
    task.escalated = true;
    const from = task.scope ? `${task.assigneeRole}:${task.scope}` : task.assigneeRole;
    this.raise('task.escalated', { taskId: task.taskId, applicationId: this.input.applicationId, stage: task.stage, from, to: ROLE_OF[s.escalateTo], dueOn: task.dueOn });
    this.record({ id: 'filing-workflow', role: 'system' }, 'task-escalated', { taskId: task.taskId });
  }

  /** Wait for the decision of a task (or the end of the procedure by withdrawal or fraud). */
  async decisionOf(task: TaskView): Promise<Decided | undefined> {
    await condition(() => this.decisions.has(task.taskId) || this.ended());
    return this.decisions.get(task.taskId);
  }

  closeTask(task: TaskView, outcome: string, reasons: Reason[] = []) {
    const i = this.state.openTasks.indexOf(task);
    if (i < 0) return;
    this.state.openTasks.splice(i, 1);
    this.raise('task.completed', { taskId: task.taskId, applicationId: this.input.applicationId, stage: task.stage, outcome, reasons });
  }

  private closeAllTasks(outcome: string) {
    for (const task of [...this.state.openTasks]) this.closeTask(task, outcome);
  }

  // ---- outcomes -----------------------------------------------------------------------------

  reject(reasons: Reason[], actor: { id: string; role: string }) {
    this.state.status = 'REJECTED';
    this.closeAllTasks('CANCELLED');
    this.raise('application.rejected', { ...this.ref, stage: this.state.stage ?? 'PRELIMINARY_REVIEW', reasons }, { id: actor.id, role: actor.role as never });
    this.record(actor, 'rejected', { reasons });
  }

  disqualifyFor(reasons: Reason[], actor: { id: string; role: string }) {
    const decidedOn = today();
    this.state.status = 'DISQUALIFIED';
    this.closeAllTasks('CANCELLED');
    this.raise('application.disqualified', { ...this.ref, stage: this.state.stage, reasons, decidedOn, banEndsOn: banEndsOn(decidedOn, this.ruleset) }, { id: actor.id, role: actor.role as never });
    this.record(actor, 'disqualified', { reasons });
  }

  /** Returned for correction: the applicant corrects by the due date, or the application lapses. */
  async correction(stage: FilingStage, reasons: Reason[], actor: ActingPerson): Promise<boolean> {
    const schedule = stageSchedule('CORRECTION', today(), this.ruleset);
    this.state.status = 'RETURNED';
    this.state.returnedAt = stage;
    this.state.correctBy = schedule.dueOn;
    this.raise('application.returned', { ...this.ref, stage, reasons, correctBy: schedule.dueOn }, { id: actor.id, role: actor.role });
    this.record(actor, 'returned', { reasons });
    const corrected = () => this.state.status !== 'RETURNED';
    const base = { taskId: `correction-${this.state.history.length}`, applicationId: this.input.applicationId, stage, assigneeRole: 'applicant', scope: this.input.applicantUserId, dueOn: schedule.dueOn };
    for (const remindOn of schedule.remindOn) {
      if (await waitUntil(morningOf(remindOn), corrected)) break;
      this.raise('task.reminded', base);
    }
    if (!(await waitUntil(endOf(schedule.dueOn), corrected))) {
      const lapsed = correctionWords(schedule.dueOn);
      this.reject([{ text: `未按期补正：${lapsed.zh} / not corrected in time: ${lapsed.en}`, article: 'Art. 6' }], { id: 'filing-workflow', role: 'system' });
    }
    return (this.state.status as FilingState['status']) === 'IN_REVIEW';
  }

  file(meeting: NonNullable<Decision['meeting']>, actor: ActingPerson) {
    this.state.status = 'FILED';
    this.state.filingNumber = meeting.filingNumber!;
    this.state.spaceId = this.newId();
    // The figures in force (corrections replace what was submitted) become the space's first record.
    const declared = { figures: this.state.figures, ...(this.input.organisation ? { organisation: this.input.organisation } : {}) };
    this.raise('application.filed', { ...this.ref, spaceId: this.state.spaceId, filingNumber: this.state.filingNumber, filedOn: today(), ...declared }, { id: actor.id, role: actor.role });
    this.record(actor, 'filed', { detail: { filingNumber: this.state.filingNumber, meetingId: meeting.meetingId } });
  }

  openPublicNotice() {
    const from = today();
    // Notices published before the patch keep the end date they were published with (docs/workflows.md).
    const until = publicNoticeEndsOn(from, this.ruleset, patched('public-notice-full-days') ? 'FULL_DAYS_AFTER_PUBLICATION' : 'PUBLICATION_DAY_COUNTED');
    this.state.notice = { from, until, objections: [] };
    this.raise('public-notice.opened', { ...this.ref, from, until });
  }

  // ---- update handlers ----------------------------------------------------------------------

  validateDecision = (raw: Decision) => {
    const parsed = schemas().Decision.safeParse(raw);
    if (!parsed.success) refused({ code: 'INVALID', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), field: String(parsed.error.issues[0]?.path[0] ?? '') });
    if (this.ended()) refused({ code: 'WRONG_STAGE', message: `the application is ${this.state.status}` });
    const refusal = checkDecision(this.state, parsed.data, this.ruleset.procedure.expertPanel.size);
    if (refusal) refused(refusal);
  };

  onDecision = (raw: Decision): FilingState => {
    const d = schemas().Decision.parse(raw) as Decided;
    const task = this.state.openTasks.find((t) => t.taskId === d.taskId)!;
    this.decisions.set(d.taskId, d);
    this.record(d.actor, 'decided', { taskId: d.taskId, outcome: d.outcome, reasons: d.reasons, detail: detailOf(d) });
    this.closeTask(task, d.outcome, d.reasons);
    return this.state;
  };

  validateResubmission = (r: Resubmission) => {
    const refusal = checkApplicantAction(this.state, r.actor, this.input.applicantUserId, ['RETURNED']);
    if (refusal) refused(refusal);
    const figures = schemas().DeclaredFigures.safeParse(r.figures);
    if (!figures.success) refused({ code: 'INVALID', message: figures.error.issues.map((i) => `figures.${i.path.join('.')}: ${i.message}`).join('; '), field: 'figures' });
  };

  onResubmission = (r: Resubmission): FilingState => {
    this.state.figures = r.figures;
    this.state.status = 'IN_REVIEW';
    this.state.correctBy = null;
    this.raise('application.resubmitted', { ...this.ref, stage: this.state.returnedAt ?? 'PRELIMINARY_REVIEW' }, { id: r.actor.id, role: r.actor.role });
    this.record(r.actor, 'resubmitted', { detail: r.note ? { note: r.note } : undefined });
    return this.state;
  };

  validateWithdrawal = (w: Withdrawal) => {
    const refusal = checkApplicantAction(this.state, w.actor, this.input.applicantUserId, ['IN_REVIEW', 'RETURNED']);
    if (refusal) refused(refusal);
  };

  onWithdrawal = (w: Withdrawal): FilingState => {
    this.state.status = 'WITHDRAWN';
    this.closeAllTasks('CANCELLED');
    this.raise('application.withdrawn', { ...this.ref, stage: this.state.stage }, { id: w.actor.id, role: w.actor.role });
    this.record(w.actor, 'withdrawn', { detail: w.reason ? { reason: w.reason } : undefined });
    return this.state;
  };

  validateDisqualification = (q: Disqualification) => {
    if (q.actor.role !== 'city-officer') refused({ code: 'NOT_YOURS', message: 'only a city officer may disqualify an application', field: 'actor', article: 'Art. 9' });
    if (!q.reasons?.length) refused({ code: 'REASON_REQUIRED', message: 'a disqualification must give its reasons', field: 'reasons', article: 'Art. 9' });
    if (this.ended()) refused({ code: 'WRONG_STAGE', message: `the application is ${this.state.status}` });
  };

  onDisqualification = (q: Disqualification): FilingState => {
    this.disqualifyFor(q.reasons, q.actor);
    return this.state;
  };

  validateObjection = (o: Objection) => {
    const notice = this.state.notice;
    if (this.state.stage !== 'PUBLIC_NOTICE' || !notice || this.ended()) refused({ code: 'WRONG_STAGE', message: 'objections are taken only while the application is under public notice', article: 'Art. 6(4)' });
    if (today() > notice.until) {
      const words = noticeWords(notice.from as CalendarDate, notice.until as CalendarDate);
      refused({ code: 'WRONG_STAGE', message: `the public notice is over: ${words.en} / 公示期已结束：${words.zh}`, article: 'Art. 6(4)' });
    }
    if (!o.text?.trim()) refused({ code: 'INVALID', message: 'the objection needs its text', field: 'text' });
    if (notice.objections.some((x) => x.objectionId === o.objectionId)) refused({ code: 'INVALID', message: `objection ${o.objectionId} was already lodged`, field: 'objectionId' });
  };

  onObjection = (o: Objection): FilingState => {
    this.state.notice!.objections.push({ objectionId: o.objectionId, lodgedOn: today(), status: 'OPEN' });
    this.raise('objection.lodged', { applicationId: this.input.applicationId, objectionId: o.objectionId, lodgedOn: today() }, { id: 'public', role: 'public' });
    this.record({ id: 'public', role: 'public' }, 'objection-lodged', { detail: { objectionId: o.objectionId, text: o.text } });
    const task = this.openTask('resolve-objection', 'PUBLIC_NOTICE', 'OBJECTION_RESOLUTION');
    void this.resolveObjection(o.objectionId, task);
    return this.state;
  };

  private async resolveObjection(objectionId: string, task: TaskView) {
    const d = await this.decisionOf(task);
    if (!d) return;
    const objection = this.state.notice!.objections.find((x) => x.objectionId === objectionId)!;
    objection.status = d.outcome === 'DISMISS' ? 'DISMISSED' : 'UPHELD';
    this.raise('objection.resolved', { applicationId: this.input.applicationId, objectionId, outcome: d.outcome === 'DISMISS' ? 'DISMISSED' : 'UPHELD', reasons: d.reasons.length ? d.reasons : [{ text: '异议不成立 / the objection is dismissed' }] }, { id: d.actor.id, role: d.actor.role });
    if (d.outcome === 'UPHOLD_REJECT') this.reject(d.reasons, d.actor);
    if (d.outcome === 'UPHOLD_DISQUALIFY') this.disqualifyFor(d.reasons, d.actor);
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
