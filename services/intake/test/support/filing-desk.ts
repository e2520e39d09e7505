import type { Client } from '@temporalio/client';
import { Decision, decideTask, filingState, FilingState, filingWorkflowId, TaskKind, TaskView } from '@makerspace/contracts';
import { waitFor } from '@makerspace/testing';

/**
 * Staff's side of a filing procedure, as the review service would act on it: read the workflow's
 * state, wait for a task, decide it. Lets intake's tests bring an application to a stage.
 */
export class FilingDesk {
  constructor(private readonly client: Client) {}

  state(applicationId: string): Promise<FilingState> {
    return this.client.workflow.getHandle(filingWorkflowId(applicationId)).query(filingState);
  }

  task(applicationId: string, kind: TaskKind, assigneeId?: string): Promise<TaskView> {
    return waitFor(`an open ${kind} task`, async () =>
      (await this.state(applicationId)).openTasks.find((t) => t.kind === kind && (!assigneeId || t.assigneeId === assigneeId)),
    );
  }

  decide(applicationId: string, decision: Decision): Promise<FilingState> {
    return this.client.workflow.getHandle(filingWorkflowId(applicationId)).executeUpdate(decideTask, { args: [decision] });
  }

  /** The district returns the application at preliminary review (Art. 6(2)). */
  async returnAtPreliminaryReview(applicationId: string, divisionCode: string): Promise<void> {
    const task = await this.task(applicationId, 'preliminary-review');
    await this.decide(applicationId, {
      taskId: task.taskId,
      actor: { id: 'district-officer-1', role: 'district-officer', scope: divisionCode },
      outcome: 'RETURN',
      reasons: [{ text: 'the lease does not cover the declared public service area', article: 'Art. 5(2)' }],
    });
  }

  /** Every stage passed up to public notice: district, city, inspection, a panel of three scoring 80. */
  async bringToPublicNotice(applicationId: string, divisionCode: string): Promise<FilingState> {
    const city = { id: 'city-officer-1', role: 'city-officer' as const, scope: null };
    const pass = async (kind: TaskKind, decision: Omit<Decision, 'taskId'>) =>
      this.decide(applicationId, { ...decision, taskId: (await this.task(applicationId, kind)).taskId });
    await pass('preliminary-review', {
      actor: { id: 'district-officer-1', role: 'district-officer', scope: divisionCode },
      outcome: 'RECOMMEND',
      recommendation: { documentId: 'recommendation-1', summary: 'meets every condition of Art. 5' },
    });
    await pass('re-review', { actor: city, outcome: 'PASS' });
    await pass('on-site-inspection', { actor: city, outcome: 'PASS', findings: [] });
    const experts = ['expert-1', 'expert-2', 'expert-3'];
    await pass('organise-expert-review', { actor: city, outcome: 'ASSIGN_PANEL', experts });
    for (const expertId of experts) {
      const task = await this.task(applicationId, 'expert-score', expertId);
      await this.decide(applicationId, { taskId: task.taskId, actor: { id: expertId, role: 'expert', scope: null }, outcome: 'SCORE', score: 80 });
    }
    return waitFor('public notice', async () => {
      const state = await this.state(applicationId);
      return state.stage === 'PUBLIC_NOTICE' && state.notice ? state : undefined;
    });
  }
}
