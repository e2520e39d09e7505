import { todayInShanghai } from '@makerspace/policy';
import { As, emailOf, httpClient, provisionPerson, sampleFiling, unique } from '@makerspace/testing';

/**
 * Applicants of one scenario, each with an account and its e-mail address in the directory the
 * notification service reads (the shared stack's Keycloak; the suite signs in at the development
 * issuer, under the same ids).
 */
export async function applicants(count: number): Promise<(As & { email: string })[]> {
  const run = unique('run');
  const people = Array.from({ length: count }, (_, i) => ({ id: `applicant-${run}-${i}`, role: 'applicant', scope: null }));
  for (const person of people) await provisionPerson(person);
  return people.map((p) => ({ ...p, email: emailOf(p) }));
}

/** Register an organisation and submit a qualifying application for it through intake's API. */
export async function submitApplication(intakeUrl: string, applicant: As): Promise<string> {
  const http = httpClient(intakeUrl, applicant);
  const sample = sampleFiling(todayInShanghai(new Date()));
  const org = await http.post<{ id: string }>('/organisations', sample.organisation);
  if (org.status !== 201) throw new Error(`organisation: ${org.status} ${JSON.stringify(org.body)}`);
  const draft = await http.post<{ id: string }>('/applications', { ...sample.application, organisationId: org.body.id });
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.body)}`);
  const submitted = await http.post(`/applications/${draft.body.id}/submit`);
  if (submitted.status !== 201) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return draft.body.id;
}
