import type { EventEnvelope } from '@makerspace/contracts';

/** Activities every workflow uses to publish facts; implemented over Kafka in the worker. */
export interface PublishActivities {
  publishEvents(events: EventEnvelope[]): Promise<void>;
}
