import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/client';
import { evaluationCycleWorkflowId, SpaceEvaluationInput, spaceEvaluationWorkflowId, supervisionTaskQueue } from '@makerspace/contracts';
import type { TemporalGateway } from '@makerspace/temporal';
import type { SupervisionStarts } from './supervision-starts';

/** Starts at once per batch: enough to keep the frontend busy, not enough to flood it. */
const IN_FLIGHT = 25;

/** The supervision starts over a Temporal client; a second start of the same id starts nothing. */
export function supervisionStarter(temporal: TemporalGateway, env: NodeJS.ProcessEnv): SupervisionStarts {
  async function startOnce(workflowType: string, workflowId: string, arg: unknown): Promise<boolean> {
    const client = await temporal.client();
    try {
      await client.workflow.start(workflowType, { workflowId, taskQueue: supervisionTaskQueue(env), args: [arg], workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE });
      return true;
    } catch (e) {
      if (e instanceof WorkflowExecutionAlreadyStartedError) return false;
      throw e;
    }
  }

  return {
    async startSpaceEvaluations(year, ruleset, spaces) {
      let started = 0;
      for (let i = 0; i < spaces.length; i += IN_FLIGHT) {
        const batch = spaces.slice(i, i + IN_FLIGHT).map((space) => {
          const input: SpaceEvaluationInput = { year, space, rulesetId: ruleset.id, rulesetVersion: ruleset.version };
          return startOnce('spaceEvaluation', spaceEvaluationWorkflowId(year, space.spaceId), input);
        });
        started += (await Promise.all(batch)).filter(Boolean).length;
      }
      return { started, alreadyStarted: spaces.length - started };
    },
    startEvaluationCycle: (year) => startOnce('evaluationCycle', evaluationCycleWorkflowId(year), { year }),
  };
}
