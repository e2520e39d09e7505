import type { EventEnvelope } from '@makerspace/contracts';
import type { EventPublisher } from '@makerspace/events';
import type { PublishActivities } from './shared/publish-activities';

/** The worker's activity implementations, wired to the process's connections. */
export function createActivities(deps: { publisher: EventPublisher }): PublishActivities {
  return {
    async publishEvents(events: EventEnvelope[]) {
      await deps.publisher.publish(...events);
    },
  };
}
