import type { EventPublisher } from '@makerspace/events';
import { ServiceAccount, serviceAccountToken } from '@makerspace/identity';
import type { TemporalGateway } from '@makerspace/temporal';
import { EvaluationStartActivities, evaluationStartActivities } from './evaluation-starts';
import { PublishActivities, publishActivities } from './publish-events';
import { SpaceRecordActivities, spaceRecordActivities } from './space-records';
import { SupervisionEndingActivities, supervisionEndingActivities } from './supervision-ending';

/** Every activity the worker runs: all the I/O its workflows do. */
export type WorkerActivities = PublishActivities & SpaceRecordActivities & SupervisionEndingActivities & EvaluationStartActivities;

/** The worker's activity implementations, wired to the process's connections. */
export function createActivities(deps: {
  publisher: EventPublisher;
  /** Where the evaluation service answers. */
  evaluationUrl: string;
  serviceAccount: ServiceAccount;
  temporal: TemporalGateway;
}): WorkerActivities {
  const records = spaceRecordActivities(deps.evaluationUrl, serviceAccountToken(deps.serviceAccount));
  return {
    ...publishActivities(deps.publisher),
    ...records,
    ...supervisionEndingActivities(deps.temporal, records),
    ...evaluationStartActivities(deps.temporal, deps.publisher),
  };
}
