import type { EventEnvelope } from '@makerspace/contracts';
import type { EventPublisher } from '@makerspace/events';

/** Activities every workflow uses to publish facts: its outbox's one loop calls them (kit/outbox.ts). */
export interface PublishActivities {
  publishEvents(events: EventEnvelope[]): Promise<void>;
}

/** Publishing over Kafka; a broker outage fails the activity, which Temporal retries without limit. */
export function publishActivities(publisher: EventPublisher): PublishActivities {
  return {
    async publishEvents(events) {
      await publisher.publish(...events);
    },
  };
}
