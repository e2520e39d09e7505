import { workflowInfo } from '@temporalio/workflow';
import type { Actor, EventEnvelope, EventPayload, EventType } from '@makerspace/contracts';

/**
 * Builds a workflow's events with deterministic ids (`<workflowId>:<n>:<type>`): a replayed or
 * retried step produces the same id, so consumers see each fact once.
 */
export class EventSequence {
  private n = 0;

  constructor(private readonly subject: string) {}

  next<T extends EventType>(type: T, payload: EventPayload<T>, actor: Actor = { id: 'filing-workflow', role: 'system' }): EventEnvelope<EventPayload<T>> {
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
