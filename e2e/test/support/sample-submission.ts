import { todayInShanghai } from '@makerspace/policy';
import { httpClient, sampleFiling } from '@makerspace/testing';

/** An applicant registers an organisation, drafts a qualifying application and submits it; the submit's answer. */
export async function submitSampleApplication(intakeUrl: string, applicantId: string) {
  const applicant = httpClient(intakeUrl, { id: applicantId, role: 'applicant' });
  const sample = sampleFiling(todayInShanghai(new Date()));
  const org = await applicant.post<{ id: string }>('/organisations', sample.organisation);
  const app = await applicant.post<{ id: string }>('/applications', { ...sample.application, organisationId: org.body.id });
  return applicant.post<{ workflowId: string }>(`/applications/${app.body.id}/submit`);
}
