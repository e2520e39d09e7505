import { condition, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type {
  Actor,
  ResultConfirmation,
  ReviewFindings,
  ReviewOrder,
  SelfReportCheck,
  SelfReportFiling,
  SpaceEvaluationInput,
  SpaceEvaluationState,
  SpaceRevokedNotice,
  SupervisionHistoryEntry,
} from '@makerspace/contracts';
import { isUnqualified, rulesetByVersion, Ruleset, scoreEvaluation, type SelfReport, selfReportDueDate, selfReportReminderDates } from '@makerspace/policy';
import { EventSequence } from '../kit/event-sequence';
import { Outbox } from '../kit/outbox';
import { actorRefusal, objectRefusal, oneOfRefusal, optionalTextRefusal, reasonsOf, reasonsRefusal } from '../kit/message-fields';
import { refusal, refuse } from '../kit/refusal';
import type { SpaceRecordActivities } from '../activities/space-records';
import type { SupervisionEndingActivities } from '../activities/supervision-ending';
import { SupervisionTasks } from '../supervision/supervision-tasks';
import { EVALUATION_TASK_TITLES } from './evaluation-tasks';
import { endOf, morningOf, stillAhead, today, waitUntil } from '../kit/clock';
import { art7Consequence } from './art7-consequence';
import { checkConfirmation, checkSelfReportFiling } from './evaluation-rules';
import { checkDistrictCheck, checkReviewFindings, checkReviewOrder } from './review-rules';

const { spaceRecord, endSupervisionOf } = proxyActivities<SpaceRecordActivities & SupervisionEndingActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const SYSTEM: Actor = { id: 'supervision-workflow', role: 'system' };

const REVIEW_KINDS = ['EXPERT_REVIEW', 'ON_SITE_CHECK'] as const;

/**
 * The state and the moves of one space's evaluation for one year (Art. 7). The workflow function
 * runs the steps in order; the update handlers call the `on*` methods.
 */
export class SpaceEvaluationProcedure {
  readonly ruleset: Ruleset;
  readonly state: SpaceEvaluationState;
  readonly outbox: Outbox;
  readonly tasks: SupervisionTasks;
  private report: SelfReport | null = null;

  constructor(readonly input: SpaceEvaluationInput) {
    this.ruleset = rulesetByVersion(input.rulesetId, input.rulesetVersion);
    this.outbox = new Outbox(new EventSequence(input.space.spaceId, SYSTEM));
    this.tasks = new SupervisionTasks(this.outbox.raise, () => this.input.space, this.ruleset, EVALUATION_TASK_TITLES);
    this.state = {
      year: input.year,
      spaceId: input.space.spaceId,
      status: 'AWAITING_REPORT',
      dueOn: selfReportDueDate(input.year, this.ruleset),
      reportFiledOn: null,
      reportMissed: false,
      districtCheck: null,
      reviews: [],
      openTasks: this.tasks.open,
      endedBy: null,
      result: null,
      confirmation: null,
      consequence: null,
      history: [],
    };
  }

  private get ref() {
    return { ...this.input.space, year: this.input.year };
  }

  private record(actor: { id: string; role: string }, action: string, extra: Partial<SupervisionHistoryEntry> = {}) {
    this.state.history.push({ at: new Date().toISOString(), actor: { id: actor.id, role: actor.role }, action, ...extra });
  }

  ended = () => this.state.status === 'ENDED';

  /** Remind before the due day (the cycle has asked for the report), and note a report that never came. */
  async collectSelfReport(): Promise<void> {
    const { dueOn } = this.state;
    const filed = () => this.report !== null || this.ended();
    for (const remindOn of stillAhead(selfReportReminderDates(this.input.year, this.ruleset))) {
      if (await waitUntil(morningOf(remindOn), filed)) break;
      this.outbox.raise('evaluation.self-report.reminded', { ...this.ref, dueOn });
    }
    if (!(await waitUntil(endOf(dueOn), filed))) {
      this.state.reportMissed = true;
      this.outbox.raise('evaluation.self-report.missed', { ...this.ref, dueOn });
      this.record(SYSTEM, 'report-missed');
    }
  }

  /** Art. 7 the district department of the venue checks a filed report first, in a task with its due date. */
  async districtCheck(): Promise<void> {
    if (!this.report || this.ended()) return;
    this.state.status = 'DISTRICT_CHECK';
    this.tasks.openTask('SELF_REPORT_CHECK', this.input.space.divisionCode);
    await condition(() => this.state.districtCheck !== null || this.ended());
  }

  /** A city officer confirms the scored result in a task with its due date. */
  openConfirmation(): void {
    this.tasks.openTask('RESULT_CONFIRMATION');
  }

  /** The ruleset's scorecard; a missing report counts as unqualified. */
  score(): void {
    const r = scoreEvaluation(this.report, this.ruleset);
    const reasons = r.reasons.map((x) => ({ article: x.article, ...(x.ruleId ? { ruleId: x.ruleId } : {}), message: { zh: x.message.zh, en: x.message.en } }));
    this.state.status = 'SCORED';
    this.state.result = {
      score: r.score,
      grade: r.grade,
      reportFiled: r.reportFiled,
      unqualified: r.unqualified,
      recommendedToProvince: r.recommendedToProvince,
      reasons,
    };
    this.outbox.raise('evaluation.result.scored', { ...this.ref, rulesetId: r.rulesetId, rulesetVersion: r.rulesetVersion, ...this.state.result });
    this.record(SYSTEM, 'scored', { detail: { score: r.score, grade: r.grade } });
  }

  confirmed = () => this.state.status === 'CONFIRMED';

  /** Art. 7 on the confirmed grade, against the space's other confirmed years. */
  async applyArt7(): Promise<void> {
    const grade = this.state.confirmation!.grade;
    const space = await spaceRecord(this.input.space.spaceId);
    if (space?.status !== 'ACTIVE') {
      this.state.consequence = 'NONE';
      this.record(SYSTEM, 'art7-not-applied', { detail: { spaceStatus: space?.status ?? 'UNKNOWN' } });
      return;
    }
    const others = Object.fromEntries(Object.entries(space.grades).filter(([y]) => Number(y) !== this.input.year));
    const consequence = art7Consequence(this.input.year, grade, others, this.ruleset);
    if (consequence.kind === 'REVOKE') {
      const { message, unqualifiedYears } = consequence.check;
      const reasons = [{ text: `${message.zh} / ${message.en}`, article: 'Art. 7' }];
      this.outbox.raise('space.revoked', { ...this.input.space, revokedOn: today(), article: 'Art. 7', reasons, unqualifiedYears: [...unqualifiedYears] });
      this.state.consequence = 'REVOKED';
      this.record(SYSTEM, 'revoked', { reasons });
      if (patched('revocation-ends-supervision'))
        await endSupervisionOf({ spaceId: this.input.space.spaceId, revokedOn: today(), article: 'Art. 7', revokedBy: workflowInfo().workflowId });
    } else if (consequence.kind === 'RECOMMEND') {
      this.outbox.raise('space.recommended', { ...this.ref, grade, score: this.state.result!.score });
      this.state.consequence = 'RECOMMENDED';
      this.record(SYSTEM, 'recommended-to-province');
    } else {
      this.state.consequence = 'NONE';
    }
  }

  /** Another workflow revoked the space: an evaluation not yet confirmed ends with its tasks. */
  onSpaceRevoked = (notice: SpaceRevokedNotice): void => {
    if (this.state.status === 'CONFIRMED' || this.ended()) return;
    this.state.status = 'ENDED';
    this.state.endedBy = notice;
    this.tasks.closeAll('CANCELLED');
    this.outbox.raise('evaluation.ended', { ...this.ref, endedOn: today(), revokedOn: notice.revokedOn, article: notice.article });
    this.record(SYSTEM, 'ended-by-revocation', { detail: { ...notice } });
  };

  // ---- update handlers ----------------------------------------------------------------------

  /**
   * The report's inside is the evaluation service's to check (the contracts' SelfReport) before it
   * asks; here, beside who files it and when, the scorecard must be able to read it, since the
   * workflow scores it later.
   */
  validateSelfReport = (f: SelfReportFiling) => {
    refuse(actorRefusal(f.actor) ?? objectRefusal(f.report, 'report'));
    refuse(checkSelfReportFiling(this.state, f.actor, this.input.space.organisationId, today()));
    const report = f.report as unknown as SelfReport;
    if (report.evaluatedYear !== this.input.year)
      refuse(refusal('INVALID', `the report is for ${String(report.evaluatedYear)}, the evaluation for ${this.input.year}`, 'report.evaluatedYear'));
    refuse(unscorable(report, this.ruleset));
  };

  onSelfReport = (f: SelfReportFiling): SpaceEvaluationState => {
    this.report = f.report as unknown as SelfReport;
    this.state.reportFiledOn = today();
    this.outbox.raise(
      'evaluation.self-report.filed',
      { ...this.ref, filedOn: this.state.reportFiledOn, report: f.report },
      { id: f.actor.id, role: f.actor.role },
    );
    this.record(f.actor, 'report-filed');
    return this.state;
  };

  validateConfirmation = (c: ResultConfirmation) => {
    refuse(
      actorRefusal(c.actor) ?? oneOfRefusal(c.outcome, ['CONFIRM', 'CORRECT'], 'outcome') ?? optionalTextRefusal(c.grade, 'grade') ?? reasonsRefusal(c.reasons),
    );
    refuse(checkConfirmation(this.state, c, this.ruleset));
  };

  onConfirmation = (raw: ResultConfirmation): SpaceEvaluationState => {
    const c = { ...raw, reasons: reasonsOf(raw.reasons) };
    const result = this.state.result!;
    const grade = c.outcome === 'CORRECT' ? c.grade! : result.grade;
    const on = today();
    this.state.status = 'CONFIRMED';
    this.state.confirmation = { grade, corrected: c.outcome === 'CORRECT', by: c.actor.id, on, reasons: c.reasons };
    const unqualified = isUnqualified(grade, this.ruleset);
    this.outbox.raise(
      'evaluation.result.confirmed',
      {
        ...this.ref,
        score: result.score,
        scoredGrade: result.grade,
        grade,
        corrected: c.outcome === 'CORRECT',
        unqualified,
        reasons: c.reasons,
        confirmedOn: on,
      },
      { id: c.actor.id, role: c.actor.role },
    );
    this.record(c.actor, c.outcome === 'CORRECT' ? 'corrected' : 'confirmed', { reasons: c.reasons, detail: { grade } });
    this.tasks.close('RESULT_CONFIRMATION', c.outcome);
    return this.state;
  };

  validateDistrictCheck = (c: SelfReportCheck) => {
    refuse(actorRefusal(c.actor) ?? oneOfRefusal(c.outcome, ['PASS', 'CONCERNS'], 'outcome') ?? reasonsRefusal(c.reasons));
    refuse(checkDistrictCheck(this.state, c, this.input.space.divisionCode));
  };

  onDistrictCheck = (raw: SelfReportCheck): SpaceEvaluationState => {
    const c = { ...raw, reasons: reasonsOf(raw.reasons) };
    const on = today();
    this.state.districtCheck = { outcome: c.outcome, by: c.actor.id, on, reasons: c.reasons };
    this.tasks.close('SELF_REPORT_CHECK', c.outcome);
    this.outbox.raise(
      'evaluation.self-report.checked',
      { ...this.ref, outcome: c.outcome, reasons: c.reasons, checkedOn: on },
      { id: c.actor.id, role: c.actor.role },
    );
    this.record(c.actor, 'report-checked', { reasons: c.reasons, detail: { outcome: c.outcome } });
    return this.state;
  };

  validateReviewOrder = (o: ReviewOrder) => {
    refuse(actorRefusal(o.actor) ?? oneOfRefusal(o.kind, REVIEW_KINDS, 'kind') ?? optionalTextRefusal(o.expertId, 'expertId'));
    refuse(checkReviewOrder(this.state, o));
  };

  onReviewOrder = (o: ReviewOrder): SpaceEvaluationState => {
    const assigneeId = o.kind === 'EXPERT_REVIEW' ? o.expertId! : null;
    const orderedOn = today();
    this.state.reviews.push({ kind: o.kind, assigneeId, orderedOn, findings: null, suggestedGrade: null, by: null, on: null });
    this.tasks.openTask(o.kind, assigneeId);
    this.outbox.raise('evaluation.review.ordered', { ...this.ref, kind: o.kind, assigneeId, orderedOn }, { id: o.actor.id, role: o.actor.role });
    this.record(o.actor, 'review-ordered', { detail: { kind: o.kind, assigneeId } });
    return this.state;
  };

  validateReviewFindings = (f: ReviewFindings) => {
    refuse(
      actorRefusal(f.actor) ??
        oneOfRefusal(f.kind, REVIEW_KINDS, 'kind') ??
        reasonsRefusal(f.findings, 'findings', 1) ??
        optionalTextRefusal(f.suggestedGrade, 'suggestedGrade'),
    );
    refuse(checkReviewFindings(this.state, f, this.ruleset));
  };

  onReviewFindings = (raw: ReviewFindings): SpaceEvaluationState => {
    const f = { ...raw, findings: reasonsOf(raw.findings) };
    const review = this.state.reviews.find((r) => r.kind === f.kind)!;
    Object.assign(review, { findings: f.findings, suggestedGrade: f.suggestedGrade ?? null, by: f.actor.id, on: today() });
    this.tasks.close(f.kind, 'DONE');
    this.outbox.raise(
      'evaluation.review.recorded',
      { ...this.ref, kind: f.kind, findings: f.findings, suggestedGrade: f.suggestedGrade ?? null, recordedOn: today() },
      { id: f.actor.id, role: f.actor.role },
    );
    this.record(f.actor, 'review-recorded', { reasons: f.findings, detail: { kind: f.kind, suggestedGrade: f.suggestedGrade ?? null } });
    return this.state;
  };
}

/** A report the scorecard cannot read is refused now, not found broken when the workflow scores it. */
function unscorable(report: SelfReport, ruleset: Ruleset): ReturnType<typeof refusal> | undefined {
  try {
    scoreEvaluation(report, ruleset);
    return undefined;
  } catch (e) {
    return refusal('INVALID', `the report cannot be scored: ${e instanceof Error ? e.message : String(e)}`, 'report');
  }
}
