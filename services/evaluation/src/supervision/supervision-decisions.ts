import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { AuditedDecisions } from '@makerspace/audit';
import type { RequestActor } from '@makerspace/http';
import { SupervisionWorkflows } from '../temporal/supervision-workflows';

/** A person's decision on a space's supervision workflow (an evaluation, a change), as an update. */
export interface SupervisionDecision<Arg, State> {
  actor: RequestActor;
  spaceId: string;
  workflowId: string;
  update: UpdateDefinition<State, [Arg]>;
  arg: Arg;
  /** The procedure as the caller knows it, in refusals. */
  what: string;
  /** The audit action, `<subject>.<past tense>`. */
  action: string;
  reason?: string | null;
  /** What the audit entry's `after` holds beside the workflow's answer (`state`). */
  fields: Record<string, unknown>;
}

/**
 * Sends a decision to a supervision workflow with its audit entry in the same durable step
 * (AuditedDecisions): the entry is about the space, and its `after` holds the request and the
 * workflow's answer as `state`.
 */
@Injectable()
export class SupervisionDecisions {
  constructor(
    private readonly workflows: SupervisionWorkflows,
    private readonly decisions: AuditedDecisions,
  ) {}

  take<Arg, State>(d: SupervisionDecision<Arg, State>): Promise<State> {
    return this.decisions.take({
      workflowId: d.workflowId,
      message: d.update.name,
      entry: {
        actor: d.actor,
        action: d.action,
        subject: { type: 'space', id: d.spaceId },
        reason: d.reason,
        outcome: { fields: d.fields, answerAs: 'state' },
      },
      send: (decisionId) => this.workflows.update(d.workflowId, d.update, d.arg, d.what, decisionId),
    });
  }
}
