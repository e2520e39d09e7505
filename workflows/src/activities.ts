import type { EventEnvelope } from '@makerspace/contracts';
import type { EventPublisher } from '@makerspace/events';
import { evaluationServiceActivities } from './shared/evaluation-service';
import type { PublishActivities } from './shared/publish-activities';
import type { SupervisionActivities } from './shared/supervision-activities';

/** The worker's activity implementations, wired to the process's connections. */
export function createActivities(deps: { publisher: EventPublisher; evaluationUrl: () => string }): PublishActivities & SupervisionActivities {
  return {
    async publishEvents(events: EventEnvelope[]) {
      await deps.publisher.publish(...events);
    },
    ...evaluationServiceActivities(deps.evaluationUrl),
  };
}
