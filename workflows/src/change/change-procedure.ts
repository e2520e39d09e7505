import { patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type {
  ActingPerson,
  Actor,
  ChangeDecision,
  ChangeReport,
  ChangeState,
  Evidence,
  SpaceChangeInput,
  SpaceRevokedNotice,
  SupervisionHistoryEntry,
} from '@makerspace/contracts';
import { changeReminderDates, changeReportDeadline, checkChange, rulesetByVersion, Ruleset, type SpaceChange, type SpaceDeclaration } from '@makerspace/policy';
import { EventSequence } from '../kit/event-sequence';
import { Outbox } from '../kit/outbox';
import { actorRefusal, objectListRefusal, objectRefusal, oneOfRefusal, optionalTextRefusal, reasonsOf, reasonsRefusal } from '../kit/message-fields';
import { refuse } from '../kit/refusal';
import type { SpaceRecordActivities } from '../activities/space-records';
import type { SupervisionEndingActivities } from '../activities/supervision-ending';
import { SupervisionTasks } from '../supervision/supervision-tasks';
import { CHANGE_TASK_TITLES } from './change-tasks';
import { endOf, morningOf, stillAhead, today, waitUntil } from '../kit/clock';
import { checkChangeDecision, checkChangeFields, checkChangeReport } from './change-rules';

const { spaceRecord, endSupervisionOf } = proxyActivities<SpaceRecordActivities & SupervisionEndingActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const SYSTEM: Actor = { id: 'supervision-workflow', role: 'system' };

type Decided = { actor: ActingPerson; outcome: 'APPROVE' | 'REVOKE' | 'ACCEPT_LATE'; reasons: { text: string; article?: string }[] };

/**
 * The state and the moves of one change of a filed space (Art. 8). The workflow function runs
 * the steps in order; the update handlers call the `on*` methods.
 */
export class ChangeProcedure {
  readonly ruleset: Ruleset;
  readonly state: ChangeState;
  readonly outbox: Outbox;
  readonly tasks: SupervisionTasks;
  private change: SpaceChange;

  constructor(readonly input: SpaceChangeInput) {
    this.ruleset = rulesetByVersion(input.rulesetId, input.rulesetVersion);
    this.outbox = new Outbox(new EventSequence(input.space.spaceId, SYSTEM));
    this.tasks = new SupervisionTasks(this.outbox.raise, () => this.input.space, this.ruleset, CHANGE_TASK_TITLES);
    // The evaluation service checked the change by the contracts' SpaceChange before it started the workflow.
    this.change = input.change as SpaceChange;
    this.state = {
      changeId: input.changeId,
      spaceId: input.space.spaceId,
      kind: this.change.kind,
      effectiveOn: this.change.effectiveOn,
      deadline: changeReportDeadline(this.change.effectiveOn, this.ruleset),
      source: input.source,
      status: 'AWAITING_REPORT',
      change: this.change,
      report: null,
      acceptedLate: false,
      reviewOpenedOn: null,
      check: null,
      decision: null,
      openTasks: this.tasks.open,
      endedBy: null,
      history: [],
    };
  }

  private get ref() {
    const { changeId, kind, effectiveOn, deadline } = this.state;
    return { ...this.input.space, changeId, kind: kind as SpaceChange['kind'], effectiveOn, deadline };
  }

  private record(actor: { id: string; role: string }, action: string, extra: Partial<SupervisionHistoryEntry> = {}) {
    this.state.history.push({ at: new Date().toISOString(), actor: { id: actor.id, role: actor.role }, action, ...extra });
  }

  /** The change starts its clock; the operator's own registration is its report. */
  register(): void {
    const by = this.input.registeredBy;
    this.outbox.raise('change.registered', { ...this.ref, source: this.input.source, change: this.change }, { id: by.id, role: by.role });
    this.record(by, 'registered', { detail: { source: this.input.source } });
    if (this.input.report) this.takeReport(by, this.change, this.input.report.evidence, this.input.report.note);
  }

  private takeReport(by: ActingPerson, change: SpaceChange, evidence: Evidence[], note?: string) {
    const reportedOn = today();
    const inTime = reportedOn <= this.state.deadline;
    this.change = change;
    this.state.change = change;
    this.state.report = { reportedOn, inTime, by: by.id, evidence, ...(note ? { note } : {}) };
    if (inTime) this.state.status = 'IN_REVIEW';
    this.outbox.raise('change.reported', { ...this.ref, reportedOn, inTime, change, evidence }, { id: by.id, role: by.role });
    this.record(by, 'reported', { detail: { inTime } });
  }

  /** Reminders before the deadline until the report comes; true when it came in time. */
  async awaitReport(): Promise<boolean> {
    const reported = () => this.state.report !== null || this.state.status === 'ENDED';
    for (const remindOn of stillAhead(changeReminderDates(this.change.effectiveOn, this.ruleset))) {
      if (await waitUntil(morningOf(remindOn), reported)) break;
      this.outbox.raise('change.reminded', this.ref);
    }
    await waitUntil(endOf(this.state.deadline), reported);
    return this.state.report?.inTime === true;
  }

  /** The deadline passed without a report in time: the city decides in a task. */
  missDeadline(): void {
    this.state.status = 'OVERDUE';
    this.outbox.raise('change.deadline.missed', this.ref);
    this.record(SYSTEM, 'deadline-missed');
    if (patched('change-staff-tasks')) this.tasks.openTask('OVERDUE_CHANGE');
  }

  ended = () => this.state.status === 'APPROVED' || this.state.status === 'REVOKED' || this.state.status === 'ENDED';

  decidedOverdue = () => this.state.status !== 'OVERDUE';

  acceptLate(d: Decided): void {
    this.state.acceptedLate = true;
    this.state.status = 'IN_REVIEW';
    this.tasks.close('OVERDUE_CHANGE', d.outcome);
    this.outbox.raise('change.late-accepted', { ...this.ref, reasons: d.reasons }, { id: d.actor.id, role: d.actor.role });
    this.record(d.actor, 'accepted-late', { reasons: d.reasons });
  }

  /** Art. 8: the changed space is re-checked against Art. 5 and a city officer reviews it. */
  async openReview(): Promise<void> {
    const space = await spaceRecord(this.input.space.spaceId);
    // The evaluation service answers a declaration its schema passed (SpaceDeclaration), or null.
    const declaration = space?.declaration;
    if (declaration) {
      const check = checkChange(declaration as SpaceDeclaration, this.change, this.ruleset);
      const failedRules = check.verdicts
        .filter((v) => !v.passed)
        .map((v) => ({ ruleId: v.ruleId, article: v.article, message: { zh: v.message.zh, en: v.message.en } }));
      this.state.check = { outcome: check.outcome, failedRules };
    }
    this.state.reviewOpenedOn = today();
    this.outbox.raise('change.review.opened', {
      ...this.ref,
      checkOutcome: this.state.check?.outcome ?? null,
      failedRules: this.state.check?.failedRules ?? [],
    });
    this.record(SYSTEM, 'review-opened', { detail: { checkOutcome: this.state.check?.outcome ?? null } });
    if (patched('change-staff-tasks')) this.tasks.openTask('CHANGE_REVIEW');
  }

  approve(d: Decided): void {
    const on = today();
    this.state.status = 'APPROVED';
    this.state.decision = { outcome: d.outcome, by: d.actor.id, on, reasons: d.reasons };
    this.tasks.close('CHANGE_REVIEW', d.outcome);
    this.outbox.raise('change.approved', { ...this.ref, approvedOn: on, change: this.change, reasons: d.reasons }, { id: d.actor.id, role: d.actor.role });
    this.record(d.actor, 'approved', { reasons: d.reasons });
  }

  revoke(d: Decided): void {
    const on = today();
    this.state.status = 'REVOKED';
    this.state.decision = { outcome: d.outcome, by: d.actor.id, on, reasons: d.reasons };
    this.tasks.closeAll(d.outcome);
    this.outbox.raise(
      'space.revoked',
      { ...this.input.space, revokedOn: on, article: 'Art. 8', reasons: d.reasons, changeId: this.input.changeId },
      { id: d.actor.id, role: d.actor.role },
    );
    this.record(d.actor, 'revoked', { reasons: d.reasons });
  }

  /** The revocation reaches the space's other evaluations and changes still open. */
  async endOtherSupervision(): Promise<void> {
    if (this.state.status !== 'REVOKED' || !patched('revocation-ends-supervision')) return;
    await endSupervisionOf({ spaceId: this.input.space.spaceId, revokedOn: this.state.decision!.on, article: 'Art. 8', revokedBy: workflowInfo().workflowId });
  }

  /** Another workflow revoked the space: a change not yet decided ends with its tasks. */
  onSpaceRevoked = (notice: SpaceRevokedNotice): void => {
    if (this.ended()) return;
    this.state.status = 'ENDED';
    this.state.endedBy = notice;
    this.tasks.closeAll('CANCELLED');
    this.outbox.raise('change.ended', { ...this.ref, endedOn: today(), revokedOn: notice.revokedOn, article: notice.article });
    this.record(SYSTEM, 'ended-by-revocation', { detail: { ...notice } });
  };

  // ---- update handlers ----------------------------------------------------------------------

  /** The new values' inside is the evaluation service's to check (the contracts' SpaceChange); here, that it is the change registered. */
  validateReport = (r: ChangeReport) => {
    refuse(
      actorRefusal(r.actor) ??
        objectRefusal(r.change, 'change') ??
        checkChangeFields(r.change) ??
        objectListRefusal(r.evidence, 'evidence') ??
        optionalTextRefusal(r.note, 'note'),
    );
    refuse(checkChangeReport(this.state, r.actor, this.input.space.organisationId, r.change as SpaceChange));
  };

  onReport = (r: ChangeReport): ChangeState => {
    this.takeReport(r.actor, r.change as SpaceChange, r.evidence ?? [], r.note);
    return this.state;
  };

  validateDecision = (d: ChangeDecision) => {
    refuse(actorRefusal(d.actor) ?? oneOfRefusal(d.outcome, ['APPROVE', 'REVOKE', 'ACCEPT_LATE'], 'outcome') ?? reasonsRefusal(d.reasons));
    refuse(checkChangeDecision(this.state, { ...d, reasons: reasonsOf(d.reasons) }));
  };

  onDecision = (raw: ChangeDecision): ChangeState => {
    const d = { ...raw, reasons: reasonsOf(raw.reasons) };
    if (d.outcome === 'APPROVE') this.approve(d);
    else if (d.outcome === 'REVOKE') this.revoke(d);
    else this.acceptLate(d);
    return this.state;
  };
}
