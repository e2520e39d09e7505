import { condition, patched, setHandler } from '@temporalio/workflow';
import {
  checkSelfReport,
  confirmResult,
  fileSelfReport,
  orderReview,
  recordReview,
  SpaceEvaluationInput,
  SpaceEvaluationOutcome,
  spaceEvaluationState,
  spaceRevoked,
} from '@makerspace/contracts';
import { SpaceEvaluationProcedure } from './space-evaluation-procedure';

/**
 * One space's yearly performance evaluation (Art. 7), `evaluation-<year>-<spaceId>`, started by the
 * cycle once it has asked for the report: the operator files its report by the ruleset's due day
 * (reminded before it; no report counts as unqualified), the district department of the venue
 * checks a filed report first, the scorecard scores it, a city officer confirms or corrects the
 * grade (optionally after an expert review and an on-site check), each staff task with its due
 * date, reminders and escalation; and Art. 7 applies: a second consecutive unqualified year
 * revokes, the best grade is recommended to the province. Lives from January until the result is
 * confirmed, or until the space is revoked by another workflow.
 */
export async function spaceEvaluation(input: SpaceEvaluationInput): Promise<SpaceEvaluationOutcome> {
  const p = new SpaceEvaluationProcedure(input);
  setHandler(spaceEvaluationState, () => p.state);
  setHandler(fileSelfReport, p.onSelfReport, { validator: p.validateSelfReport });
  setHandler(checkSelfReport, p.onDistrictCheck, { validator: p.validateDistrictCheck });
  setHandler(orderReview, p.onReviewOrder, { validator: p.validateReviewOrder });
  setHandler(recordReview, p.onReviewFindings, { validator: p.validateReviewFindings });
  setHandler(confirmResult, p.onConfirmation, { validator: p.validateConfirmation });
  setHandler(spaceRevoked, p.onSpaceRevoked);
  void p.outbox.run();

  await p.collectSelfReport();
  // Evaluations started before the staff tasks existed go on without them (see docs/workflows.md).
  const staffTasks = !p.ended() && patched('evaluation-staff-tasks');
  if (staffTasks) await p.districtCheck();
  if (!p.ended()) {
    p.score();
    if (staffTasks) p.openConfirmation();
    await condition(() => p.confirmed() || p.ended());
  }
  if (p.confirmed()) await p.applyArt7();
  await p.outbox.drained();
  const { confirmation, consequence } = p.state;
  return { grade: confirmation?.grade ?? null, corrected: confirmation?.corrected ?? false, consequence: consequence ?? 'ENDED' };
}
