import { EventEnvelope, EventPayload, evaluationCycleWorkflow, SpaceRef, spaceEvaluationWorkflow, spaceEvaluationWorkflowId } from '@makerspace/contracts';
import type { EventPublisher } from '@makerspace/events';
import type { TemporalGateway } from '@makerspace/temporal';

/** The spaces of one batch of a cycle, asked for their reports at `requestedAt` (workflow time). */
export interface SelfReportRequest {
  year: number;
  ruleset: { id: string; version: number };
  dueOn: string;
  requestedAt: string;
  spaces: SpaceRef[];
}

export interface StartedCount {
  started: number;
  /** Already there (running or done): a repeated opening or a retried batch starts nothing twice. */
  alreadyStarted: number;
}

/**
 * Starting the evaluation workflows under their domain ids, once each. The cycle does not start
 * the space evaluations as child workflows: they outlive it by months and need no parent, and
 * Temporal's time-skipping test server stops skipping time for good once a child completes after
 * its parent has closed (found while writing the supervision suite).
 */
export interface EvaluationStartActivities {
  /**
   * Publish each space's `evaluation.self-report.requested` (one batch to the broker, before the
   * evaluation exists, so it comes first among the space's evaluation events), then start the
   * space evaluations. Retried as a whole: the events keep their ids, the starts happen once.
   */
  requestSelfReports(request: SelfReportRequest): Promise<StartedCount>;
  /** Start the cycle of `year` (what the yearly Schedule asks for); false when it was already open. */
  startEvaluationCycle(year: number): Promise<boolean>;
}

/** Starts at once: enough to keep the frontend busy, not enough to flood it. */
const IN_FLIGHT = 25;

/**
 * The request of one space's report, raised by the cycle on the evaluation's behalf: step 0 of
 * `evaluation-<year>-<spaceId>`, whose own events count from 1.
 */
function requestOf(r: SelfReportRequest, space: SpaceRef): EventEnvelope<EventPayload<'evaluation.self-report.requested'>> {
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

/** The evaluation starts through the process's Temporal gateway, each start once (`startOnce`). */
export function evaluationStartActivities(temporal: TemporalGateway, publisher: EventPublisher): EvaluationStartActivities {
  return {
    async requestSelfReports(r) {
      await publisher.publish(...r.spaces.map((space) => requestOf(r, space)));
      let started = 0;
      for (let i = 0; i < r.spaces.length; i += IN_FLIGHT) {
        const batch = r.spaces
          .slice(i, i + IN_FLIGHT)
          .map((space) => temporal.startOnce(spaceEvaluationWorkflow, { year: r.year, space, rulesetId: r.ruleset.id, rulesetVersion: r.ruleset.version }));
        started += (await Promise.all(batch)).filter(Boolean).length;
      }
      return { started, alreadyStarted: r.spaces.length - started };
    },
    startEvaluationCycle: (year) => temporal.startOnce(evaluationCycleWorkflow, { year }),
  };
}
