import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { filingTaskQueue, filingWorkflowId } from '@makerspace/contracts';
import { testing } from '@makerspace/policy';
import { FilingDriver, unique } from '@makerspace/testing';

/**
 * Start a filing procedure for a qualifying application in Tiedong straight on Temporal, as intake
 * does on submission, for scenarios about the procedure rather than the submission.
 */
export async function startQualifyingFiling(client: Client, taskQueue = filingTaskQueue()) {
  const applicationId = randomUUID();
  const applicant = { id: unique('applicant'), role: 'applicant' as const, scope: null };
  const sample = testing.aQualifyingApplication();
  await client.workflow.start('filing', {
    workflowId: filingWorkflowId(applicationId),
    taskQueue,
    args: [{ applicationId, organisationId: unique('organisation'), applicantUserId: applicant.id, uscc: sample.organisation.uscc, spaceName: '鞍山创客空间', divisionCode: '210302', rulesetId: 'anshan-2020-trial', rulesetVersion: 1, submittedOn: sample.submittedOn, figures: sample.figures as unknown as Record<string, unknown> }],
  });
  return { applicationId, applicant, driver: new FilingDriver(client, applicationId, applicant) };
}
