import type { ActingPerson, ChangeState } from '@makerspace/contracts';
import { type CalendarDate, changeReportWords, type SpaceChange } from '@makerspace/policy';
import { isObject, objectRefusal, oneOfRefusal, textRefusal } from '../kit/message-fields';
import { Refusal, refusal } from '../kit/refusal';

type Decision = { actor: ActingPerson; outcome: 'APPROVE' | 'REVOKE' | 'ACCEPT_LATE'; reasons: { text: string }[] };

const ended = (state: ChangeState) => state.status === 'APPROVED' || state.status === 'REVOKED' || state.status === 'ENDED';

/**
 * The parts of a reported change the Art. 5 re-check reads, by its kind (the evaluation service
 * checked the whole by the contracts' SpaceChange before it asked).
 */
export function checkChangeFields(change: Record<string, unknown>): Refusal | undefined {
  const kind =
    oneOfRefusal(change.kind, ['NAME', 'OPERATING_ORGANISATION', 'AREA', 'LOCATION'], 'change.kind') ?? textRefusal(change.effectiveOn, 'change.effectiveOn');
  if (kind) return kind;
  switch (change.kind) {
    case 'NAME':
      return textRefusal(change.name, 'change.name');
    case 'OPERATING_ORGANISATION':
      return objectRefusal(change.organisation, 'change.organisation');
    case 'AREA':
      return objectRefusal(change.areas, 'change.areas');
    default:
      return (
        objectRefusal(change.venue, 'change.venue') ?? (isObject(change.areas) ? undefined : refusal('INVALID', 'a move restates the areas', 'change.areas'))
      );
  }
}

/** Art. 8 the operating organisation reports its own space's change, once, as it was registered. */
export function checkChangeReport(state: ChangeState, actor: ActingPerson, organisationId: string, reported: SpaceChange): Refusal | undefined {
  if (actor.role !== 'applicant' || actor.scope !== organisationId)
    return refusal('NOT_YOURS', "only the space's operating organisation reports its changes", 'actor', 'Art. 8');
  if (ended(state)) return refusal('CLOSED', `the change is ${state.status}`);
  if (state.report) return refusal('CLOSED', `the change was reported on ${state.report.reportedOn}`);
  if (state.status === 'IN_REVIEW') return refusal('WRONG_STAGE', 'the change is already under review');
  if (reported.kind !== state.kind) return refusal('INVALID', `this change is of kind ${state.kind}`, 'change.kind');
  if (reported.effectiveOn !== state.effectiveOn)
    return refusal('INVALID', `this change took effect on ${state.effectiveOn}; a change effective on another day is another change`, 'change.effectiveOn');
  return undefined;
}

/**
 * Art. 8 a city officer decides: when the deadline passed unreported, revoke or accept the change
 * late; in review, approve or revoke. Revoking and accepting late always give reasons; approving
 * does too when the Art. 5 re-check failed or could not be made.
 */
export function checkChangeDecision(state: ChangeState, d: Decision): Refusal | undefined {
  if (d.actor.role !== 'city-officer') return refusal('NOT_YOURS', 'only a city officer decides on a change', 'actor', 'Art. 8');
  if (ended(state)) return refusal('CLOSED', `the change is already ${state.status}`);
  if (state.status === 'AWAITING_REPORT') {
    const report = changeReportWords(state.deadline as CalendarDate);
    return refusal('WRONG_STAGE', `the operator may still report the change: it is ${report.en} / 运营机构仍可报告变更：${report.zh}`, 'outcome', 'Art. 8');
  }
  if (state.status === 'IN_REVIEW' && !state.reviewOpenedOn)
    return refusal('WRONG_STAGE', 'the changed space is being re-checked against Art. 5; try again shortly');
  const allowed = state.status === 'OVERDUE' ? ['REVOKE', 'ACCEPT_LATE'] : ['APPROVE', 'REVOKE'];
  if (!allowed.includes(d.outcome)) return refusal('INVALID', `outcome must be one of ${allowed.join(', ')} while the change is ${state.status}`, 'outcome');
  if (d.outcome !== 'APPROVE' && d.reasons.length === 0)
    return refusal('REASON_REQUIRED', `a ${d.outcome} decision must give its reasons`, 'reasons', 'Art. 8');
  if (d.outcome === 'APPROVE' && state.check?.outcome !== 'APPROVE' && d.reasons.length === 0) {
    const why = state.check ? 'the changed space fails the Art. 5 re-check' : 'no figures are on record to re-check the changed space';
    return refusal('REASON_REQUIRED', `${why}: approving it must give reasons`, 'reasons', 'Art. 8');
  }
  return undefined;
}
