import { Injectable } from '@nestjs/common';
import { AuditedDecisions, statedReasons } from '@makerspace/audit';
import { decideTask, filingWorkflowId } from '@makerspace/contracts';
import { conflict, RequestActor } from '@makerspace/http';
import { ExpertPool } from '../experts/expert-pool';
import { FilingWorkflows } from '../filing/filing-workflows';
import { decisionRefusal } from '../tasks/claim-rules';
import { TasksService } from '../tasks/tasks.service';
import type { DecisionBody } from './decision-body';

/** What became of a decision: the application's status and stage once the workflow took it. */
export interface DecisionReceipt {
  applicationId: string;
  taskId: string;
  outcome: string;
  status: string;
  stage: string | null;
}

/**
 * A staff decision on a task of the caller's desk, sent to the application's filing workflow as
 * the `decideTask` update; the workflow checks it again (stage, person, reasons) and holds the
 * truth. The decision and its audit entry are one durable step (AuditedDecisions).
 */
@Injectable()
export class DecisionService {
  constructor(
    private readonly tasks: TasksService,
    private readonly workflows: FilingWorkflows,
    private readonly decisions: AuditedDecisions,
    private readonly experts: ExpertPool,
  ) {}

  async decide(actor: RequestActor, taskId: string, body: DecisionBody): Promise<DecisionReceipt> {
    const task = await this.tasks.onDesk(actor, taskId);
    if (task.kind === 'director-meeting') {
      throw conflict('MEETING_RECORD_REQUIRED', "the director's meeting decides in its meeting record (POST /meetings), which gives the filing number");
    }
    const refusal = decisionRefusal(task, actor);
    if (refusal) throw refusal;
    // A panel and its substitutes come from the expert pool, without conflicts the data shows.
    if (body.outcome === 'ASSIGN_PANEL' || body.outcome === 'ASSIGN_SUBSTITUTE') await this.experts.checkPanel(task.applicationId, body.experts ?? []);
    const { applicationId } = task;
    const decision = { ...body, taskId, actor: { id: actor.id, role: actor.role, scope: actor.scope } };
    const state = await this.decisions.take({
      workflowId: filingWorkflowId(applicationId),
      message: decideTask.name,
      entry: {
        actor,
        action: 'application.decided',
        subject: { type: 'application', id: applicationId },
        reason: statedReasons(body.reasons),
        before: task,
        outcome: { fields: { applicationId, taskId, outcome: body.outcome, decision: body }, answerFields: ['status', 'stage'] },
      },
      send: (decisionId) => this.workflows.decide(applicationId, decision, decisionId),
    });
    return { applicationId, taskId, outcome: body.outcome, status: state.status, stage: state.stage };
  }
}
