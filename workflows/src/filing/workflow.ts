import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import { decideTask, disqualify, FilingInput, FilingOutcome, filingState, lodgeObjection, resubmit, withdraw } from '@makerspace/contracts';
import { isLeanRun } from '../kit/lean-run';
import { Decisions } from './decisions';
import { directorMeeting } from './director-meeting';
import { expertReview } from './expert-review';
import { FilingRecord } from './filing-record';
import { FilingUpdates } from './filing-updates';
import { publicNotice } from './public-notice';
import { reviewStage } from './review-stage';

/**
 * The filing procedure of Art. 6 for one application (`filing-<applicationId>`), with Art. 9 at
 * any stage: district preliminary review with a written recommendation, city re-review, on-site
 * inspection, expert review, public notice, the director's meeting, then FILED. Lives for weeks
 * to months on durable timers; staff and applicants act on it through validated updates.
 */
export async function filing(input: FilingInput): Promise<FilingOutcome> {
  const record = new FilingRecord(input);
  const decisions = new Decisions(record);
  const updates = new FilingUpdates(record, decisions);
  setHandler(filingState, () => record.state);
  setHandler(decideTask, isLeanRun() ? updates.onDecision : updates.onDecisionAtOnce, { validator: updates.validateDecision });
  setHandler(resubmit, updates.onResubmission, { validator: updates.validateResubmission });
  setHandler(withdraw, updates.onWithdrawal, { validator: updates.validateWithdrawal });
  setHandler(disqualify, updates.onDisqualification, { validator: updates.validateDisqualification });
  setHandler(lodgeObjection, updates.onObjection, { validator: updates.validateObjection });
  void record.outbox.run();

  record.outbox.raise(
    'application.submitted',
    { ...record.ref, uscc: input.uscc, rulesetId: input.rulesetId, rulesetVersion: input.rulesetVersion, submittedOn: input.submittedOn },
    { id: input.applicantUserId, role: 'applicant' },
  );

  // Art. 6, in its order; each stage ends the procedure or passes the application to the next.
  const art6 = [
    () => reviewStage(record, decisions, 'preliminary-review', { scope: input.divisionCode }), // the district of the venue, recommending in writing
    () => reviewStage(record, decisions, 're-review'), // the city
    () => reviewStage(record, decisions, 'on-site-inspection'), // the city, against the declared figures
    () => expertReview(record, decisions),
    () => publicNotice(record),
    () => directorMeeting(record, decisions),
  ];
  for (const stage of art6) {
    if ((await stage()) === 'ENDED') break;
  }
  // Let updates that arrived with the ending finish answering, then publish what they raised.
  await condition(allHandlersFinished);
  await record.outbox.drained();
  return { status: record.state.status, filingNumber: record.state.filingNumber, spaceId: record.state.spaceId };
}
