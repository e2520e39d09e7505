import type { ActingPerson, ResultConfirmation, SpaceEvaluationState } from '@makerspace/contracts';
import { type CalendarDate, type Ruleset, selfReportDueWords } from '@makerspace/policy';
import { Refusal, refusal } from '../kit/refusal';
import { reviewsPending } from './review-rules';

/**
 * Art. 7 the operating organisation files its own space's report, while the report is awaited and
 * not after the due day.
 */
export function checkSelfReportFiling(state: SpaceEvaluationState, actor: ActingPerson, organisationId: string, today: string): Refusal | undefined {
  if (actor.role !== 'applicant' || actor.scope !== organisationId)
    return refusal('NOT_YOURS', "only the space's operating organisation files its performance report", 'actor', 'Art. 7');
  if (state.reportFiledOn) return refusal('CLOSED', `the report for ${state.year} was filed on ${state.reportFiledOn}`, 'report');
  if (state.status === 'ENDED') return refusal('CLOSED', `the evaluation ended: the space was revoked on ${state.endedBy?.revokedOn}`, 'report');
  if (state.status !== 'AWAITING_REPORT' || today > state.dueOn) {
    const due = selfReportDueWords(state.dueOn as CalendarDate);
    return refusal(
      'WRONG_STAGE',
      `the report for ${state.year} is no longer taken: ${due.en} / ${state.year}年度绩效报告不再受理：${due.zh}`,
      'report',
      'Art. 7',
    );
  }
  return undefined;
}

/**
 * Art. 7 a city officer confirms the scored result, or corrects the grade to another grade of the
 * ruleset's scale and says why.
 */
export function checkConfirmation(state: SpaceEvaluationState, c: ResultConfirmation, ruleset: Ruleset): Refusal | undefined {
  if (c.actor.role !== 'city-officer') return refusal('NOT_YOURS', 'only a city officer confirms an evaluation result', 'actor', 'Art. 7');
  if (state.status === 'CONFIRMED') return refusal('CLOSED', `the result for ${state.year} is already confirmed`);
  if (state.status === 'ENDED') return refusal('CLOSED', `the evaluation ended: the space was revoked on ${state.endedBy?.revokedOn}`);
  if (state.status !== 'SCORED' || !state.result) {
    const due = selfReportDueWords(state.dueOn as CalendarDate);
    return refusal('WRONG_STAGE', `the space is not scored yet: its report is ${due.en} / 尚未评分：年度绩效报告${due.zh}`);
  }
  const pending = reviewsPending(state);
  if (pending) return pending;
  const scale = ruleset.evaluation.grades.map((g) => g.code);
  if (c.outcome === 'CONFIRM') {
    if (c.grade && c.grade !== state.result.grade)
      return refusal('INVALID', `CONFIRM keeps the scored grade ${state.result.grade}; CORRECT to change it`, 'grade');
    return undefined;
  }
  if (!c.grade || !scale.includes(c.grade)) return refusal('INVALID', `a correction names a grade of the scale (${scale.join(', ')})`, 'grade', 'Art. 7');
  if (c.grade === state.result.grade) return refusal('INVALID', `${c.grade} is the scored grade: CONFIRM it`, 'grade');
  if (!c.reasons?.length) return refusal('REASON_REQUIRED', 'a corrected grade must give its reasons', 'reasons', 'Art. 7');
  return undefined;
}
