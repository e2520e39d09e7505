import { condition, setHandler } from '@temporalio/workflow';
import { confirmResult, fileSelfReport, SpaceEvaluationInput, spaceEvaluationState } from '@makerspace/contracts';
import { SpaceEvaluationProcedure } from './space-evaluation-procedure';

export interface SpaceEvaluationOutcome {
  grade: string;
  corrected: boolean;
  consequence: string;
}

/**
 * One space's yearly performance evaluation (Art. 7), `evaluation-<year>-<spaceId>`, started by the
 * cycle once it has asked for the report: the operator files its report by the ruleset's due day
 * (reminded before it; no report counts as unqualified), the scorecard scores it, a city officer confirms or corrects the grade, and Art. 7
 * applies: a second consecutive unqualified year revokes, the best grade is recommended to the
 * province. Lives from January until the result is confirmed.
 */
export async function spaceEvaluation(input: SpaceEvaluationInput): Promise<SpaceEvaluationOutcome> {
  const p = new SpaceEvaluationProcedure(input);
  setHandler(spaceEvaluationState, () => p.state);
  setHandler(fileSelfReport, p.onSelfReport, { validator: p.validateSelfReport });
  setHandler(confirmResult, p.onConfirmation, { validator: p.validateConfirmation });
  void p.outbox.run();

  await p.collectSelfReport();
  p.score();
  await condition(p.confirmed);
  await p.applyArt7();
  await p.outbox.drained();
  const { confirmation, consequence } = p.state;
  return { grade: confirmation!.grade, corrected: confirmation!.corrected, consequence: consequence! };
}
