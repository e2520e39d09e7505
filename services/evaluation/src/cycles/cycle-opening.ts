import { Injectable } from '@nestjs/common';
import { AuditedDecisions, DECISION_MEMO, START } from '@makerspace/audit';
import { evaluationCycleWorkflow } from '@makerspace/contracts';
import { RequestActor, requireRole } from '@makerspace/http';
import { SupervisionWorkflows } from '../temporal/supervision-workflows';

/**
 * A year's evaluation opened by hand (normally the schedule does it in January), with its audit
 * entry in the same durable step. Opening a year already open, or done, starts nothing and writes
 * nothing: `opened` is then false.
 */
@Injectable()
export class CycleOpening {
  constructor(
    private readonly workflows: SupervisionWorkflows,
    private readonly decisions: AuditedDecisions,
  ) {}

  async open(actor: RequestActor, year: number) {
    requireRole(actor, 'scheduler');
    const workflowId = evaluationCycleWorkflow.workflowId({ year });
    const opened = await this.decisions.take({
      workflowId,
      message: START,
      entry: { actor, action: 'evaluation-cycle.opened', subject: { type: 'evaluation-cycle', id: String(year) }, outcome: { fields: { year, workflowId } } },
      send: (decisionId) => this.workflows.startOnce(evaluationCycleWorkflow, { year }, { [DECISION_MEMO]: decisionId }),
      taken: (isNew) => isNew,
    });
    return { year, workflowId, opened };
  }
}
