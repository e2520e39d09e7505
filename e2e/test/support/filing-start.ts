import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { temporalSettings } from '@makerspace/config';
import { filingWorkflow } from '@makerspace/contracts';
import { testing } from '@makerspace/policy';
import { TemporalGateway } from '@makerspace/temporal';
import { FilingDriver, unique } from '@makerspace/testing';

/**
 * Start a filing procedure for a qualifying application in Tiedong straight on Temporal, as intake
 * does on submission, for scenarios about the procedure rather than the submission (on `filingTaskQueue`:
 * the settings' queue unless a test runs a worker of its own).
 */
export async function startQualifyingFiling(client: Client, filingTaskQueue = temporalSettings().taskQueues.filing) {
  const applicationId = randomUUID();
  const applicant = { id: unique('applicant'), role: 'applicant' as const, scope: null };
  const sample = testing.aQualifyingApplication();
  await TemporalGateway.over(client, { ...temporalSettings().taskQueues, filing: filingTaskQueue }).startOnce(filingWorkflow, {
    applicationId,
    organisationId: unique('organisation'),
    applicantUserId: applicant.id,
    uscc: sample.organisation.uscc,
    spaceName: '鞍山创客空间',
    divisionCode: '210302',
    rulesetId: 'anshan-2020-trial',
    rulesetVersion: 1,
    submittedOn: sample.submittedOn,
    figures: sample.figures as unknown as Record<string, unknown>,
  });
  return { applicationId, applicant, driver: new FilingDriver(client, applicationId, applicant) };
}
