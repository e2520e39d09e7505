import { condition, proxyActivities } from '@temporalio/workflow';
import type { PublishActivities } from '../shared/publish-activities';
import { EventSequence } from '../shared/event-sequence';
import type { FilingInput } from '@makerspace/contracts';

const { publishEvents } = proxyActivities<PublishActivities>({
  startToCloseTimeout: '30 seconds',
  // A broker outage delays the procedure; it never loses the event.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** The filing procedure of Art. 6 for one application (`filing-<applicationId>`). */
export async function filing(input: FilingInput): Promise<void> {
  const events = new EventSequence(input.applicationId);
  const ref = {
    applicationId: input.applicationId,
    organisationId: input.organisationId,
    spaceName: input.spaceName,
    divisionCode: input.divisionCode,
    applicantUserId: input.applicantUserId,
  };
  await publishEvents([
    events.next('application.submitted', {
      ...ref,
      uscc: input.uscc,
      rulesetId: input.rulesetId,
      rulesetVersion: input.rulesetVersion,
      submittedOn: input.submittedOn,
    }, { id: input.applicantUserId, role: 'applicant' }),
  ]);
  await condition(() => false);
}
