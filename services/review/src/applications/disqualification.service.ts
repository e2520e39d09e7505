import { Injectable } from '@nestjs/common';
import { AuditedDecisions, statedReasons } from '@makerspace/audit';
import { disqualify, filingWorkflowId } from '@makerspace/contracts';
import { RequestActor, requireRole } from '@makerspace/http';
import { FilingWorkflows } from '../filing/filing-workflows';
import type { DisqualificationBody } from './disqualification-body';

/** Disqualification for fraud at any stage (Art. 9), by a city officer, with its audit entry in the same durable step. */
@Injectable()
export class DisqualificationService {
  constructor(
    private readonly workflows: FilingWorkflows,
    private readonly decisions: AuditedDecisions,
  ) {}

  async disqualify(actor: RequestActor, applicationId: string, body: DisqualificationBody) {
    requireRole(actor, 'city-officer');
    const disqualification = { actor: { id: actor.id, role: actor.role, scope: actor.scope }, reasons: body.reasons };
    const state = await this.decisions.take({
      workflowId: filingWorkflowId(applicationId),
      message: disqualify.name,
      entry: {
        actor,
        action: 'application.disqualified',
        subject: { type: 'application', id: applicationId },
        reason: statedReasons(body.reasons),
        outcome: { fields: { applicationId }, answerFields: ['status', 'stage'] },
      },
      send: (decisionId) => this.workflows.disqualify(applicationId, disqualification, decisionId),
    });
    return { applicationId, status: state.status, stage: state.stage };
  }
}
