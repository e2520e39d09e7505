import { Decision, FilingState, NEGATIVE_OUTCOMES, TASK_OUTCOMES, TaskKind, TaskView } from '@makerspace/contracts';
import {
  actorRefusal,
  isObject,
  objectListRefusal,
  objectRefusal,
  optionalTextRefusal,
  reasonsRefusal,
  textListRefusal,
  textRefusal,
} from '../kit/message-fields';
import { Refusal, refusal } from '../kit/refusal';

/**
 * The fields of a decision the procedure reads, of the types it reads them (kit/message-fields):
 * review sends only decisions its request schema (the contracts' `Decision`) passed.
 */
export function checkDecisionFields(d: Decision): Refusal | undefined {
  if (!isObject(d)) return refusal('INVALID', 'a decision is an object', 'decision');
  return (
    textRefusal(d.taskId, 'taskId') ??
    actorRefusal(d.actor) ??
    textRefusal(d.outcome, 'outcome') ??
    reasonsRefusal(d.reasons) ??
    (d.recommendation === undefined
      ? undefined
      : (objectRefusal(d.recommendation, 'recommendation') ?? textRefusal(d.recommendation.documentId, 'recommendation.documentId'))) ??
    objectListRefusal(d.findings, 'findings') ??
    textListRefusal(d.experts, 'experts') ??
    (d.score === undefined || (typeof d.score === 'number' && d.score >= 0 && d.score <= 100)
      ? undefined
      : refusal('INVALID', 'score is a number from 0 to 100', 'score')) ??
    (d.meeting === undefined
      ? undefined
      : (objectRefusal(d.meeting, 'meeting') ??
        textRefusal(d.meeting.meetingId, 'meeting.meetingId') ??
        optionalTextRefusal(d.meeting.filingNumber, 'meeting.filingNumber')))
  );
}

/** May this person decide this task? Its own desk, or the city once the task has escalated. */
export function mayDecide(task: TaskView, actor: Decision['actor']): boolean {
  if (task.escalated && actor.role === 'city-officer') return true;
  if (actor.role !== task.assigneeRole) return false;
  if (task.assigneeId) return task.assigneeId === actor.id;
  if (task.scope) return task.scope === actor.scope;
  return true;
}

/**
 * The checks a staff decision must pass before it changes anything: the task is open, the
 * person may decide it, the outcome is one the task allows, negative outcomes carry reasons, and
 * each outcome has what it needs (a written recommendation, the panel, a score, the meeting).
 */
export function checkDecision(state: FilingState, d: Decision, panelSize: number): Refusal | undefined {
  const task = state.openTasks.find((t) => t.taskId === d.taskId);
  if (!task) {
    const done = state.history.some((h) => h.taskId === d.taskId);
    return done
      ? refusal('CLOSED', `task ${d.taskId} is already decided or closed`, 'taskId')
      : refusal('UNKNOWN_TASK', `no open task ${d.taskId} on this application`, 'taskId');
  }
  if (!mayDecide(task, d.actor))
    return refusal('NOT_YOURS', `task ${d.taskId} is for ${task.assigneeRole}${task.scope ? ` of ${task.scope}` : ''}, not for you`, 'actor');
  const allowed = TASK_OUTCOMES[task.kind as TaskKind] as readonly string[];
  if (!allowed.includes(d.outcome)) return refusal('INVALID', `outcome must be one of ${allowed.join(', ')} for a ${task.kind} task`, 'outcome');
  const reasons = d.reasons ?? [];
  if (NEGATIVE_OUTCOMES.includes(d.outcome) && reasons.length === 0) {
    return refusal('REASON_REQUIRED', `a ${d.outcome} decision must give its reasons`, 'reasons', 'Art. 6');
  }
  switch (d.outcome) {
    case 'RECOMMEND':
      if (!d.recommendation) return refusal('INVALID', 'the district recommends in writing: attach the written recommendation', 'recommendation', 'Art. 6(2)');
      break;
    case 'ASSIGN_PANEL': {
      const experts = d.experts ?? [];
      if (experts.length !== panelSize || new Set(experts).size !== panelSize)
        return refusal('INVALID', `the panel needs ${panelSize} different experts`, 'experts', 'Art. 6(4)');
      break;
    }
    case 'ASSIGN_SUBSTITUTE': {
      const experts = d.experts ?? [];
      if (experts.length !== 1) return refusal('INVALID', 'name exactly one substitute expert', 'experts');
      if (state.panel.some((s) => s.expertId === experts[0])) return refusal('INVALID', `${experts[0]} already sits on this panel`, 'experts');
      break;
    }
    case 'SCORE':
      if (d.score === undefined) return refusal('INVALID', 'a score from 0 to 100 is required', 'score');
      break;
    case 'APPROVE':
      if (!d.meeting?.filingNumber) return refusal('INVALID', "the director's meeting record (id, date, filing number) is required", 'meeting', 'Art. 6(4)');
      break;
  }
  return undefined;
}

/** The applicant's own application, in the status the action needs. */
export function checkApplicantAction(
  state: FilingState,
  actor: Decision['actor'],
  applicantUserId: string,
  statuses: FilingState['status'][],
): Refusal | undefined {
  if (actor.role !== 'applicant' || actor.id !== applicantUserId) return refusal('NOT_YOURS', 'only the applicant may do this', 'actor');
  if (!statuses.includes(state.status)) return refusal('WRONG_STAGE', `not possible while the application is ${state.status}`, 'status');
  return undefined;
}
