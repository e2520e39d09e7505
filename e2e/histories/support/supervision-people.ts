import type { WorkflowHandle } from '@temporalio/client';
import { SupervisionStack, supervisors } from '../../test/support/supervision-stack';
import { record } from './recording';

export type Space = Awaited<ReturnType<SupervisionStack['fileSpace']>>;
export const evidence = [{ documentId: 'doc-licence-2', title: '变更后的营业执照 / amended business licence' }];
export const belowArea = { totalAreaM2: 450, workstationAreaM2: 300, publicServiceAreaM2: 100 };

/** Helpers over the evaluation service, as the people of supervision call it. */
export function people(stack: SupervisionStack) {
  const city = () => stack.as(supervisors.cityOfficer);
  const handle = (workflowId: string): WorkflowHandle => stack.env.client.workflow.getHandle(workflowId);
  const rec = (workflowId: string, name: string, scenario: string) => record(stack.env, handle(workflowId), name, scenario);
  async function change(space: Space['space'], by: 'operator' | 'city', operator: Space['operator'], body: Record<string, unknown>) {
    const answer =
      by === 'city'
        ? await city().post<{ changeId: string }>(`/spaces/${space.id}/changes`, body)
        : await operator.post<{ changeId: string }>(`/spaces/${space.id}/changes`, body);
    if (answer.status !== 202) throw new Error(`change: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.changeId;
  }
  const inReview = (spaceId: string, changeId: string) =>
    stack.recorded(
      'the change review to open',
      async () => (await city().get<{ reviewOpenedOn: string | null }>(`/spaces/${spaceId}/changes/${changeId}`)).body.reviewOpenedOn,
    );
  async function decide(spaceId: string, changeId: string, outcome: string, why: { text: string; article?: string }[] = []) {
    const answer = await city().post(`/spaces/${spaceId}/changes/${changeId}/decision`, { outcome, reasons: why });
    if (answer.status !== 200) throw new Error(`decision: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return { city, handle, rec, change, inReview, decide };
}
