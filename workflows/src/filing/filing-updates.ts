import type { Decision, Disqualification, FilingState, Objection, Resubmission, Withdrawal } from '@makerspace/contracts';
import { type CalendarDate, noticeWords } from '@makerspace/policy';
import { today } from '../kit/clock';
import { actorRefusal, objectRefusal, optionalTextRefusal, reasonsRefusal, textRefusal } from '../kit/message-fields';
import { refusal, refuse } from '../kit/refusal';
import { checkApplicantAction, checkDecision, checkDecisionFields } from './decision-rules';
import { decidedOf, type Decisions } from './decisions';
import type { FilingRecord } from './filing-record';
import { resolveObjection } from './public-notice';

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

  validateDecision = (d: Decision) => {
    refuse(checkDecisionFields(d));
    if (this.record.ended()) refuse(refusal('WRONG_STAGE', `the application is ${this.state.status}`));
    refuse(checkDecision(this.state, d, this.record.ruleset.procedure.expertPanel.size));
  };

  /** Answers with the state once the procedure has taken the decision (its next stage, a return for correction). */
  onDecision = async (d: Decision): Promise<FilingState> => {
    this.decisions.take(decidedOf(d));
    await this.decisions.pickedUp(d.taskId);
    return this.state;
  };

  /**
   * A run started before the lean worker (kit/lean-run.ts) answers as it did: at once, the
   * procedure's move shown or not as promise turns fell (OpenTelemetry's interceptors delayed the
   * answer). Kept while such runs may be open or retained.
   */
  onDecisionAtOnce = (d: Decision): FilingState => {
    this.decisions.take(decidedOf(d));
    return this.state;
  };

  /** The corrected figures' inside is intake's to check (the contracts' DeclaredFigures) before it asks; the rules read them at the next check. */
  validateResubmission = (r: Resubmission) => {
    refuse(actorRefusal(r.actor) ?? objectRefusal(r.figures, 'figures') ?? optionalTextRefusal(r.note, 'note'));
    refuse(checkApplicantAction(this.state, r.actor, this.record.input.applicantUserId, ['RETURNED']));
  };

  onResubmission = (r: Resubmission): FilingState => {
    this.state.figures = r.figures;
    this.state.status = 'IN_REVIEW';
    this.state.correctBy = null;
    this.record.outbox.raise(
      'application.resubmitted',
      { ...this.record.ref, stage: this.state.returnedAt ?? 'PRELIMINARY_REVIEW' },
      { id: r.actor.id, role: r.actor.role },
    );
    this.record.record(r.actor, 'resubmitted', { detail: r.note ? { note: r.note } : undefined });
    return this.state;
  };

  validateWithdrawal = (w: Withdrawal) => {
    refuse(actorRefusal(w.actor) ?? optionalTextRefusal(w.reason, 'reason'));
    refuse(checkApplicantAction(this.state, w.actor, this.record.input.applicantUserId, ['IN_REVIEW', 'RETURNED']));
  };

  onWithdrawal = (w: Withdrawal): FilingState => {
    this.record.withdraw(w.actor, w.reason);
    return this.state;
  };

  validateDisqualification = (q: Disqualification) => {
    refuse(actorRefusal(q.actor) ?? reasonsRefusal(q.reasons));
    if (q.actor.role !== 'city-officer') refuse(refusal('NOT_YOURS', 'only a city officer may disqualify an application', 'actor', 'Art. 9'));
    if (!q.reasons?.length) refuse(refusal('REASON_REQUIRED', 'a disqualification must give its reasons', 'reasons', 'Art. 9'));
    if (this.record.ended()) refuse(refusal('WRONG_STAGE', `the application is ${this.state.status}`));
  };

  onDisqualification = (q: Disqualification): FilingState => {
    this.record.disqualify(q.reasons, q.actor);
    return this.state;
  };

  validateObjection = (o: Objection) => {
    refuse(textRefusal(o.objectionId, 'objectionId') ?? textRefusal(o.text, 'text') ?? optionalTextRefusal(o.contact, 'contact'));
    const notice = this.state.notice;
    if (this.state.stage !== 'PUBLIC_NOTICE' || !notice || this.record.ended())
      refuse(refusal('WRONG_STAGE', 'objections are taken only while the application is under public notice', undefined, 'Art. 6(4)'));
    if (today() > notice.until) {
      const words = noticeWords(notice.from as CalendarDate, notice.until as CalendarDate);
      refuse(refusal('WRONG_STAGE', `the public notice is over: ${words.en} / 公示期已结束：${words.zh}`, undefined, 'Art. 6(4)'));
    }
    if (!o.text?.trim()) refuse(refusal('INVALID', 'the objection needs its text', 'text'));
    if (notice.objections.some((x) => x.objectionId === o.objectionId))
      refuse(refusal('INVALID', `objection ${o.objectionId} was already lodged`, 'objectionId'));
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
