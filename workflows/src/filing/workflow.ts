import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import {
  decideTask,
  disqualify,
  FilingInput,
  filingState,
  lodgeObjection,
  resubmit,
  withdraw,
} from '@makerspace/contracts';
import { expertReview } from './expert-review';
import { FilingProcedure } from './filing-procedure';
import { publicNotice } from './public-notice';
import { reviewStage } from './review-stage';

/**
 * The filing procedure of Art. 6 for one application (`filing-<applicationId>`), with Art. 9 at
 * any stage: district preliminary review with a written recommendation, city re-review, on-site
 * inspection, expert review, public notice, the director's meeting, then FILED. Lives for weeks
 * to months on durable timers; staff and applicants act on it through validated updates.
 */
export async function filing(input: FilingInput): Promise<FilingStateSummary> {
  const p = new FilingProcedure(input);
  setHandler(filingState, () => p.state);
  setHandler(decideTask, p.onDecision, { validator: p.validateDecision });
  setHandler(resubmit, p.onResubmission, { validator: p.validateResubmission });
  setHandler(withdraw, p.onWithdrawal, { validator: p.validateWithdrawal });
  setHandler(disqualify, p.onDisqualification, { validator: p.validateDisqualification });
  setHandler(lodgeObjection, p.onObjection, { validator: p.validateObjection });
  void p.outbox.run();

  p.raise('application.submitted', { ...p.ref, uscc: input.uscc, rulesetId: input.rulesetId, rulesetVersion: input.rulesetVersion, submittedOn: input.submittedOn }, { id: input.applicantUserId, role: 'applicant' });

  const procedure = [
    () => reviewStage(p, 'PRELIMINARY_REVIEW', 'preliminary-review', { role: 'district-officer', scope: input.divisionCode }),
    () => reviewStage(p, 'RE_REVIEW', 're-review', { role: 'city-officer', scope: null }),
    () => reviewStage(p, 'ON_SITE_INSPECTION', 'on-site-inspection', { role: 'city-officer', scope: null }),
    () => (p.enterStage('EXPERT_REVIEW'), expertReview(p)),
    () => publicNotice(p),
    () => directorMeeting(p),
  ];
  for (const stage of procedure) {
    if ((await stage()) === 'ENDED') break;
  }
  // Let updates that arrived with the ending finish answering, then publish what they raised.
  await condition(allHandlersFinished);
  await p.outbox.drained();
  return { status: p.state.status, filingNumber: p.state.filingNumber, spaceId: p.state.spaceId };
}

export interface FilingStateSummary {
  status: string;
  filingNumber: string | null;
  spaceId: string | null;
}

/** The bureau director's office meeting approves (FILED) or declines (REJECTED). */
async function directorMeeting(p: FilingProcedure): Promise<'PASSED' | 'ENDED'> {
  p.enterStage('DIRECTOR_MEETING');
  const d = await p.decisionOf(p.openTask('director-meeting', 'DIRECTOR_MEETING', 'DIRECTOR_MEETING', { role: 'meeting-secretary' }));
  if (!d) return 'ENDED';
  if (d.outcome === 'DECLINE') {
    p.reject(d.reasons, d.actor);
    return 'ENDED';
  }
  p.file(d.meeting!, d.actor);
  return 'PASSED';
}
