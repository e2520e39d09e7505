import { condition, setHandler } from '@temporalio/workflow';
import { ChangeState, changeState, decideChange, reportChange, SpaceChangeInput, spaceRevoked } from '@makerspace/contracts';
import { ChangeProcedure } from './change-procedure';

/**
 * One change of a filed space (Art. 8), `change-<spaceId>-<changeId>`: the 3-month clock from the
 * effective date with reminders before the deadline; a report in time opens a review where the
 * changed space is re-checked against Art. 5 and a city officer approves (the space record and the
 * registry are updated from the event) or revokes; a deadline that passes unreported opens a city
 * task: revoke, or accept the change late with reasons and review it. The city's review and its
 * decision on an overdue change are tasks with due dates, reminders and escalation; a revocation
 * here ends the space's other open workflows, and one elsewhere ends this change undecided.
 */
export async function spaceChange(input: SpaceChangeInput): Promise<{ status: ChangeState['status'] }> {
  const p = new ChangeProcedure(input);
  setHandler(changeState, () => p.state);
  setHandler(reportChange, p.onReport, { validator: p.validateReport });
  setHandler(decideChange, p.onDecision, { validator: p.validateDecision });
  setHandler(spaceRevoked, p.onSpaceRevoked);
  void p.outbox.run();

  p.register();
  if (!(await p.awaitReport()) && !p.ended()) {
    p.missDeadline();
    await condition(p.decidedOverdue);
  }
  if (!p.ended()) {
    await p.openReview();
    await condition(p.ended);
  }
  await p.endOtherSupervision();
  await p.outbox.drained();
  return { status: p.state.status };
}
