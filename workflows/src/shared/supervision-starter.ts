import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/client';
import { EventEnvelope, EventPayload, evaluationCycleWorkflowId, SpaceEvaluationInput, spaceEvaluationWorkflowId, supervisionTaskQueue } from '@makerspace/contracts';
import type { EventPublisher } from '@makerspace/events';
import type { TemporalGateway } from '@makerspace/temporal';
import type { SelfReportRequest, SupervisionStarts } from './supervision-starts';

/** Starts at once: enough to keep the frontend busy, not enough to flood it. */
const IN_FLIGHT = 25;

/**
 * The request of one space's report, raised by the cycle on the evaluation's behalf: step 0 of
 * `evaluation-<year>-<spaceId>`, whose own events count from 1.
 */
function requestOf(r: SelfReportRequest, space: SelfReportRequest['spaces'][number]): EventEnvelope<EventPayload<'evaluation.self-report.requested'>> {
  const type = 'evaluation.self-report.requested';
  return {
    id: `${spaceEvaluationWorkflowId(r.year, space.spaceId)}:0:${type}`,
    type,
    version: 1,
    occurredAt: r.requestedAt,
    subject: space.spaceId,
    actor: { id: 'supervision-workflow', role: 'system' },
    payload: { ...space, year: r.year, dueOn: r.dueOn },
  };
}

/** The supervision starts over a Temporal client; a second start of the same id starts nothing. */
export function supervisionStarter(temporal: TemporalGateway, publisher: EventPublisher, env: NodeJS.ProcessEnv): SupervisionStarts {
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
    async requestSelfReports(r) {
      await publisher.publish(...r.spaces.map((space) => requestOf(r, space)));
      let started = 0;
      for (let i = 0; i < r.spaces.length; i += IN_FLIGHT) {
        const batch = r.spaces.slice(i, i + IN_FLIGHT).map((space) => {
          const input: SpaceEvaluationInput = { year: r.year, space, rulesetId: r.ruleset.id, rulesetVersion: r.ruleset.version };
          return startOnce('spaceEvaluation', spaceEvaluationWorkflowId(r.year, space.spaceId), input);
        });
        started += (await Promise.all(batch)).filter(Boolean).length;
      }
      return { started, alreadyStarted: r.spaces.length - started };
    },
    startEvaluationCycle: (year) => startOnce('evaluationCycle', evaluationCycleWorkflowId(year), { year }),
  };
}
