import type { ChangeState, SpaceEvaluationState, SupervisionTaskStage } from '@makerspace/contracts/browser';
import { reasonsOf } from './reasons';

export type { ChangeState, SpaceEvaluationState } from '@makerspace/contracts/browser';

/** A supervision task on a staff desk, as the evaluation service lists it (GET /supervision-tasks). */
export interface SupervisionTask {
  id: string;
  workflowId: string;
  spaceId: string;
  spaceName: string;
  divisionCode: string;
  stage: SupervisionTaskStage;
  assigneeRole: string;
  scope: string | null;
  openedOn: string;
  dueOn: string;
  status: 'OPEN' | 'DONE';
  overdue: boolean;
  escalatedTo: string | null;
}

/**
 * Where a task is done: the space's evaluation of a year (`evaluation-<year>-<spaceId>`) or one of
 * its changes (`change-<spaceId>-<changeId>`). The ids are read knowing the space, since space and
 * change ids hold hyphens themselves.
 */
export function supervisionHref(task: Pick<SupervisionTask, 'workflowId' | 'spaceId'>): string | null {
  const space = encodeURIComponent(task.spaceId);
  const year = evaluationYearOf(task);
  if (year !== null) return `#/supervision/${space}/evaluations/${year}`;
  const changePrefix = `change-${task.spaceId}-`;
  if (task.workflowId.startsWith(changePrefix) && task.workflowId.length > changePrefix.length) {
    return `#/supervision/${space}/changes/${encodeURIComponent(task.workflowId.slice(changePrefix.length))}`;
  }
  return null;
}

/** The year of the space evaluation a task belongs to (its workflow id, evaluation-<year>-<space>), or null for a change's task. */
export function evaluationYearOf(task: Pick<SupervisionTask, 'workflowId' | 'spaceId'>): number | null {
  const evaluation = /^evaluation-(\d{4})-(.+)$/.exec(task.workflowId);
  return evaluation && evaluation[2] === task.spaceId ? Number(evaluation[1]) : null;
}

export type ChangeOutcome = 'APPROVE' | 'REVOKE' | 'ACCEPT_LATE';

/**
 * Art. 8 whether the city may decide on a change now, read from the change's state as its
 * workflow gives it, or what the decision waits for: the operator's report (until the deadline),
 * or the Art. 5 re-check of the changed space, which opens the review (a report in time, or a
 * change accepted late, is IN_REVIEW a moment before the re-check is done). The workflow refuses
 * a decision at any other moment, so the console offers none.
 */
export type ChangeDecisionStage = 'open' | 'awaiting-report' | 're-check' | 'decided';

export function changeDecisionStage(state: Pick<ChangeState, 'status' | 'reviewOpenedOn'>): ChangeDecisionStage {
  if (state.status === 'OVERDUE') return 'open';
  if (state.status === 'IN_REVIEW') return state.reviewOpenedOn ? 'open' : 're-check';
  if (state.status === 'AWAITING_REPORT') return 'awaiting-report';
  return 'decided';
}

export type ReviewKind = 'EXPERT_REVIEW' | 'ON_SITE_CHECK';

/** The staff's forms an evaluation offers its reader now (Art. 7), and the reviews a confirmation waits for. */
export interface EvaluationOffers {
  districtCheck: boolean;
  onSiteFindings: boolean;
  /** The reviews the city may still order. */
  reviewOrders: ReviewKind[];
  confirmation: boolean;
  /** Reviews ordered whose findings are not in: the confirmation waits for them. */
  awaitedFindings: ReviewKind[];
}

/**
 * What the evaluation's workflow would take from this person now, read from its state: the
 * district's check of a filed report (the city's once the task escalated); the city's on-site
 * findings once it was ordered; while the result is scored and unconfirmed, a review not yet
 * ordered, and the confirmation once every review ordered has its findings.
 */
export function evaluationOffers(e: SpaceEvaluationState, role: string | undefined): EvaluationOffers {
  const task = (stage: string) => e.openTasks.find((t) => t.stage === stage);
  const city = role === 'city-officer';
  const checkTask = task('SELF_REPORT_CHECK');
  const deciding = city && e.status === 'SCORED' && e.result !== null && task('RESULT_CONFIRMATION') !== undefined;
  const awaitedFindings = e.reviews.filter((r) => !r.findings).map((r) => r.kind);
  const onSite = e.reviews.find((r) => r.kind === 'ON_SITE_CHECK');
  return {
    districtCheck:
      e.status === 'DISTRICT_CHECK' && !e.districtCheck && checkTask !== undefined && (role === 'district-officer' || (city && checkTask.escalated)),
    onSiteFindings: city && onSite !== undefined && !onSite.findings && task('ON_SITE_CHECK') !== undefined,
    reviewOrders: deciding ? (['EXPERT_REVIEW', 'ON_SITE_CHECK'] as const).filter((k) => !e.reviews.some((r) => r.kind === k)) : [],
    confirmation: deciding && awaitedFindings.length === 0,
    awaitedFindings: deciding ? awaitedFindings : [],
  };
}

/** Art. 8 what a city officer may decide: in review approve or revoke; unreported past the deadline revoke or accept late. */
export function changeOutcomesOf(status: ChangeState['status']): readonly ChangeOutcome[] {
  if (status === 'IN_REVIEW') return ['APPROVE', 'REVOKE'];
  if (status === 'OVERDUE') return ['REVOKE', 'ACCEPT_LATE'];
  return [];
}

/** Revoking and accepting late always give reasons; approving too when the Art. 5 re-check failed or could not be made. */
export function changeNeedsReasons(outcome: ChangeOutcome, check: ChangeState['check']): boolean {
  return outcome !== 'APPROVE' || check?.outcome !== 'APPROVE';
}

/** The body of a confirmation: CONFIRM keeps the scored grade, CORRECT names the new one. */
export function confirmationBody(outcome: 'CONFIRM' | 'CORRECT', grade: string, reason: string, article: string) {
  return { outcome, ...(outcome === 'CORRECT' ? { grade: grade.trim().toUpperCase() } : {}), reasons: reasonsOf(reason, article) };
}

/** The body of a review order: an expert review names its expert. */
export function reviewOrderBody(kind: 'EXPERT_REVIEW' | 'ON_SITE_CHECK', expertId: string) {
  return { kind, ...(kind === 'EXPERT_REVIEW' ? { expertId: expertId.trim() } : {}) };
}

/** The body of a review's findings, with the grade the reviewer would give if any. */
export function reviewFindingsBody(kind: 'EXPERT_REVIEW' | 'ON_SITE_CHECK', finding: string, article: string, suggestedGrade: string) {
  const grade = suggestedGrade.trim().toUpperCase();
  return { kind, findings: reasonsOf(finding, article), ...(grade ? { suggestedGrade: grade } : {}) };
}
