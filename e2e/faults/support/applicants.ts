import { todayInShanghai } from '@makerspace/policy';
import { As, httpClient, sampleFiling, unique } from '@makerspace/testing';

/** Applicants of one scenario, each with an e-mail address the notification service is told of. */
export function applicants(count: number): (As & { email: string })[] {
  const run = unique('run');
  return Array.from({ length: count }, (_, i) => ({ id: `applicant-${run}-${i}`, role: 'applicant', scope: null, email: `applicant-${i}@${run}.faults.example` }));
}

/** NOTIFY_MAIL_DIRECTORY for those applicants (read by the notification service as it boots). */
export function mailDirectory(people: (As & { email: string })[]): string {
  return JSON.stringify(Object.fromEntries(people.map((p) => [p.id, [p.email]])));
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
