import { workflowInfo } from '@temporalio/workflow';
import type { Actor, EventEnvelope, EventPayload, EventType } from '@makerspace/contracts';

/**
 * Builds a workflow's events with deterministic ids (`<workflowId>:<n>:<type>`): a replayed or
 * retried step produces the same id, so consumers see each fact once. A workflow that continues
 * as new starts its next run's sequence at `raised`, so ids never repeat under one workflow id.
 */
export class EventSequence {
  constructor(
    private readonly subject: string,
    private readonly system: Actor = { id: 'filing-workflow', role: 'system' },
    /** Events raised by the workflow's earlier runs. */
    private n = 0,
  ) {}

  get raised(): number {
    return this.n;
  }

  next<T extends EventType>(type: T, payload: EventPayload<T>, actor: Actor = this.system): EventEnvelope<EventPayload<T>> {
    this.n += 1;
    return {
      id: `${workflowInfo().workflowId}:${this.n}:${type}`,
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      subject: this.subject,
      actor,
      payload,
    };
  }
}
