import type { Decision, Disqualification, FilingState, Objection, Resubmission, Withdrawal } from '@makerspace/contracts';
import { type CalendarDate, noticeWords } from '@makerspace/policy';
import { today } from '../kit/clock';
import { refusal, refuse } from '../kit/refusal';
import { schemas } from '../kit/schemas';
import { checkApplicantAction, checkDecision } from './decision-rules';
import type { Decided, Decisions } from './decisions';
import type { FilingRecord } from './filing-record';
import { resolveObjection } from './public-notice';

const issuesOf = (issues: { path: PropertyKey[]; message: string }[], prefix?: string) => issues.map((i) => `${[...(prefix ? [prefix] : []), ...i.path.map(String)].join('.')}: ${i.message}`).join('; ');

/**
 * The filing workflow's updates (libs/contracts filing-messages.ts): each validator refuses a
 * message that may not change the procedure now (kit/refusal.ts), with nothing changed; each
 * handler takes an accepted one and answers with the state.
 */
export class FilingUpdates {
  constructor(
    private readonly record: FilingRecord,
    private readonly decisions: Decisions,
  ) {}

  private get state() {
    return this.record.state;
  }

  validateDecision = (raw: Decision) => {
    const parsed = schemas().Decision.safeParse(raw);
    if (!parsed.success) refuse(refusal('INVALID', issuesOf(parsed.error.issues), String(parsed.error.issues[0]?.path[0] ?? '')));
    if (this.record.ended()) refuse(refusal('WRONG_STAGE', `the application is ${this.state.status}`));
    refuse(checkDecision(this.state, parsed.data, this.record.ruleset.procedure.expertPanel.size));
  };

  onDecision = (raw: Decision): FilingState => {
    this.decisions.take(schemas().Decision.parse(raw) as Decided);
    return this.state;
  };

  validateResubmission = (r: Resubmission) => {
    refuse(checkApplicantAction(this.state, r.actor, this.record.input.applicantUserId, ['RETURNED']));
    const figures = schemas().DeclaredFigures.safeParse(r.figures);
    if (!figures.success) refuse(refusal('INVALID', issuesOf(figures.error.issues, 'figures'), 'figures'));
  };

  onResubmission = (r: Resubmission): FilingState => {
    this.state.figures = r.figures;
    this.state.status = 'IN_REVIEW';
    this.state.correctBy = null;
    this.record.outbox.raise('application.resubmitted', { ...this.record.ref, stage: this.state.returnedAt ?? 'PRELIMINARY_REVIEW' }, { id: r.actor.id, role: r.actor.role });
    this.record.record(r.actor, 'resubmitted', { detail: r.note ? { note: r.note } : undefined });
    return this.state;
  };

  validateWithdrawal = (w: Withdrawal) => {
    refuse(checkApplicantAction(this.state, w.actor, this.record.input.applicantUserId, ['IN_REVIEW', 'RETURNED']));
  };

  onWithdrawal = (w: Withdrawal): FilingState => {
    this.record.withdraw(w.actor, w.reason);
    return this.state;
  };

  validateDisqualification = (q: Disqualification) => {
    if (q.actor.role !== 'city-officer') refuse(refusal('NOT_YOURS', 'only a city officer may disqualify an application', 'actor', 'Art. 9'));
    if (!q.reasons?.length) refuse(refusal('REASON_REQUIRED', 'a disqualification must give its reasons', 'reasons', 'Art. 9'));
    if (this.record.ended()) refuse(refusal('WRONG_STAGE', `the application is ${this.state.status}`));
  };

  onDisqualification = (q: Disqualification): FilingState => {
    this.record.disqualify(q.reasons, q.actor);
    return this.state;
  };

  validateObjection = (o: Objection) => {
    const notice = this.state.notice;
    if (this.state.stage !== 'PUBLIC_NOTICE' || !notice || this.record.ended()) refuse(refusal('WRONG_STAGE', 'objections are taken only while the application is under public notice', undefined, 'Art. 6(4)'));
    if (today() > notice.until) {
      const words = noticeWords(notice.from as CalendarDate, notice.until as CalendarDate);
      refuse(refusal('WRONG_STAGE', `the public notice is over: ${words.en} / 公示期已结束：${words.zh}`, undefined, 'Art. 6(4)'));
    }
    if (!o.text?.trim()) refuse(refusal('INVALID', 'the objection needs its text', 'text'));
    if (notice.objections.some((x) => x.objectionId === o.objectionId)) refuse(refusal('INVALID', `objection ${o.objectionId} was already lodged`, 'objectionId'));
  };

  onObjection = (o: Objection): FilingState => {
    const { applicationId } = this.record.input;
    this.state.notice!.objections.push({ objectionId: o.objectionId, lodgedOn: today(), status: 'OPEN' });
    this.record.outbox.raise('objection.lodged', { applicationId, objectionId: o.objectionId, lodgedOn: today() }, { id: 'public', role: 'public' });
    this.record.record({ id: 'public', role: 'public' }, 'objection-lodged', { detail: { objectionId: o.objectionId, text: o.text } });
    void resolveObjection(this.record, this.decisions, o.objectionId, this.decisions.open('resolve-objection'));
    return this.state;
  };
}
