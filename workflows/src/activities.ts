import type { EventEnvelope } from '@makerspace/contracts';
import type { EventPublisher } from '@makerspace/events';
import type { TemporalGateway } from '@makerspace/temporal';
import { evaluationServiceActivities } from './shared/evaluation-service';
import { serviceAccountToken } from '@makerspace/identity';
import { serviceAccountSettings } from './shared/service-account';
import type { PublishActivities } from './shared/publish-activities';
import type { SupervisionActivities, SupervisionEnding } from './shared/supervision-activities';
import { supervisionEnding } from './shared/supervision-ending';
import { supervisionStarter } from './shared/supervision-starter';
import type { SupervisionStarts } from './shared/supervision-starts';

/** The worker's activity implementations, wired to the process's connections. */
export function createActivities(deps: {
  publisher: EventPublisher;
  evaluationUrl: () => string;
  temporal: TemporalGateway;
  env: NodeJS.ProcessEnv;
}): PublishActivities & SupervisionActivities & SupervisionEnding & SupervisionStarts {
  const records = evaluationServiceActivities(deps.evaluationUrl, serviceAccountToken(serviceAccountSettings(deps.env)));
  return {
    async publishEvents(events: EventEnvelope[]) {
      await deps.publisher.publish(...events);
    },
    ...records,
    ...supervisionEnding(deps.temporal, records),
    ...supervisionStarter(deps.temporal, deps.publisher, deps.env),
  };
}
