import type { ReviewFindings, ReviewOrder, SelfReportCheck, SpaceEvaluationState } from '@makerspace/contracts';
import type { Ruleset } from '@makerspace/policy';
import { Refusal, refusal } from '../kit/refusal';

/** The staff an open task of the evaluation lets act: its assignee, and the city once it escalated. */
function mayWork(
  state: SpaceEvaluationState,
  stage: string,
  actor: { id: string; role: string; scope?: string | null },
  assignee: (a: typeof actor) => boolean,
): boolean {
  const task = state.openTasks.find((t) => t.stage === stage);
  return assignee(actor) || (task?.escalated === true && actor.role === 'city-officer');
}

/**
 * Art. 7 the district department of the space's venue checks a filed report first (as it reviews
 * an application first in filing); once the task escalated, a city officer may check it. Concerns
 * give their reasons.
 */
export function checkDistrictCheck(state: SpaceEvaluationState, c: SelfReportCheck, divisionCode: string): Refusal | undefined {
  const district = (a: { role: string; scope?: string | null }) => a.role === 'district-officer' && a.scope === divisionCode;
  if (!mayWork(state, 'SELF_REPORT_CHECK', c.actor, district))
    return refusal('NOT_YOURS', `the district department of ${divisionCode} checks this report first`, 'actor', 'Art. 7');
  if (state.districtCheck) return refusal('CLOSED', `the report was checked on ${state.districtCheck.on}`);
  if (state.status !== 'DISTRICT_CHECK')
    return refusal('WRONG_STAGE', state.status === 'AWAITING_REPORT' ? 'no report has been filed yet' : 'this evaluation has no report to check');
  if (c.outcome === 'CONCERNS' && !c.reasons?.length) return refusal('REASON_REQUIRED', 'concerns about a report must give their reasons', 'reasons', 'Art. 7');
  return undefined;
}

/**
 * Art. 7 before confirming, a city officer may ask for an expert review (naming the expert) and
 * an on-site check, each once.
 */
export function checkReviewOrder(state: SpaceEvaluationState, o: ReviewOrder): Refusal | undefined {
  if (o.actor.role !== 'city-officer') return refusal('NOT_YOURS', 'only a city officer orders an expert review or an on-site check', 'actor', 'Art. 7');
  if (state.status === 'CONFIRMED' || state.status === 'ENDED') return refusal('CLOSED', `the evaluation is ${state.status}`);
  if (state.status !== 'SCORED') return refusal('WRONG_STAGE', 'reviews are ordered once the result is scored, before it is confirmed');
  if (state.reviews.some((r) => r.kind === o.kind)) return refusal('INVALID', `a ${o.kind} was already ordered for this evaluation`, 'kind');
  if (o.kind === 'EXPERT_REVIEW' && !o.expertId) return refusal('INVALID', 'an expert review names its expert', 'expertId', 'Art. 7');
  return undefined;
}

/**
 * Art. 7 the named expert records the expert review, a city officer the on-site check (and the
 * expert's review too once its task escalated); findings always, a suggested grade of the scale.
 */
export function checkReviewFindings(state: SpaceEvaluationState, f: ReviewFindings, ruleset: Ruleset): Refusal | undefined {
  const review = state.reviews.find((r) => r.kind === f.kind);
  if (!review) return refusal('WRONG_STAGE', `no ${f.kind} was ordered for this evaluation`, 'kind');
  const assignee = (a: { id: string; role: string }) =>
    f.kind === 'EXPERT_REVIEW' ? a.role === 'expert' && a.id === review.assigneeId : a.role === 'city-officer';
  if (!mayWork(state, f.kind, f.actor, assignee))
    return refusal(
      'NOT_YOURS',
      f.kind === 'EXPERT_REVIEW' ? 'only the named expert records this review' : 'only a city officer records an on-site check',
      'actor',
      'Art. 7',
    );
  if (review.findings) return refusal('CLOSED', `the ${f.kind} was recorded on ${review.on}`);
  const scale = ruleset.evaluation.grades.map((g) => g.code);
  if (f.suggestedGrade && !scale.includes(f.suggestedGrade))
    return refusal('INVALID', `a suggested grade is one of the scale (${scale.join(', ')})`, 'suggestedGrade');
  return undefined;
}

/** The confirmation waits for every review ordered. */
export function reviewsPending(state: SpaceEvaluationState): Refusal | undefined {
  const open = state.reviews.filter((r) => !r.findings).map((r) => r.kind);
  if (open.length) return refusal('WRONG_STAGE', `waiting for the findings of ${open.join(', ')}`, 'outcome', 'Art. 7');
  return undefined;
}
