import type { ChangeState, SupervisionTaskStage } from '@makerspace/contracts/browser';
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
  const evaluation = /^evaluation-(\d{4})-(.+)$/.exec(task.workflowId);
  if (evaluation && evaluation[2] === task.spaceId) return `#/supervision/${space}/evaluations/${evaluation[1]}`;
  const changePrefix = `change-${task.spaceId}-`;
  if (task.workflowId.startsWith(changePrefix) && task.workflowId.length > changePrefix.length) {
    return `#/supervision/${space}/changes/${encodeURIComponent(task.workflowId.slice(changePrefix.length))}`;
  }
  return null;
}

export type ChangeOutcome = 'APPROVE' | 'REVOKE' | 'ACCEPT_LATE';

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
