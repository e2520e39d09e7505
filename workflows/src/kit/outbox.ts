import { allHandlersFinished, condition, proxyActivities } from '@temporalio/workflow';
import type { EventEnvelope } from '@makerspace/contracts';
import type { PublishActivities } from '../activities/publish-events';
import type { EventSequence } from './event-sequence';
import { isLeanRun } from './lean-run';

const { publishEvents } = proxyActivities<PublishActivities>({
  startToCloseTimeout: '30 seconds',
  // A broker outage delays the events; it never loses them (no maximum attempts).
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Events raised anywhere in a workflow (the procedure, update handlers, timers) are numbered by
 * the workflow's event sequence, queued here and published in order by one loop, so publishing
 * never blocks a handler and order is kept.
 */
export class Outbox {
  private readonly queue: EventEnvelope[] = [];
  private inFlight = 0;

  constructor(private readonly sequence: EventSequence) {}

  /** Raise an event: the next of the sequence, published by the loop. */
  raise: EventSequence['next'] = (type, payload, actor) => {
    const event = this.sequence.next(type, payload, actor);
    this.queue.push(event);
    return event;
  };

  /** Events raised so far, with those of the workflow's earlier runs. */
  get raised(): number {
    return this.sequence.raised;
  }

  /**
   * Runs for the life of the workflow. On the lean worker (kit/lean-run.ts) it takes a batch once
   * the message being handled has been taken (an update's handler answers once the procedure has
   * picked it up), so what one decision raises (its task completed, the next stage, its task opened)
   * goes out in one publish: one activity and one workflow task less per decision. A run started
   * before keeps its batches as they fell.
   */
  async run(): Promise<never> {
    const ready = isLeanRun() ? () => this.queue.length > 0 && allHandlersFinished() : () => this.queue.length > 0;
    for (;;) {
      await condition(ready);
      const batch = this.queue.splice(0);
      this.inFlight = batch.length;
      await publishEvents(batch);
      this.inFlight = 0;
    }
  }

  /** Wait until everything raised so far is published (before the workflow completes or continues as new). */
  drained(): Promise<void> {
    return condition(() => this.queue.length === 0 && this.inFlight === 0);
  }
}
