import { todayInShanghai } from '@makerspace/policy';
import { As, httpClient, sampleFiling, unique } from '@makerspace/testing';

/** A new applicant with its own organisation and a draft that meets Art. 5 today. */
export async function anApplicantWithADraft(baseUrl: string, divisionCode = '210302') {
  const as: As = { id: unique('applicant'), role: 'applicant' };
  const client = httpClient(baseUrl, as);
  const sample = sampleFiling(todayInShanghai(new Date()), divisionCode);
  const org = await client.post<{ id: string }>('/organisations', sample.organisation);
  if (org.status !== 201) throw new Error(`organisation not registered: ${org.status} ${JSON.stringify(org.body)}`);
  const draft = await client.post<{ id: string; revision: number }>('/applications', { ...sample.application, organisationId: org.body.id });
  if (draft.status !== 201) throw new Error(`draft not created: ${draft.status} ${JSON.stringify(draft.body)}`);
  return { as, client, sample, organisationId: org.body.id, applicationId: draft.body.id };
}
