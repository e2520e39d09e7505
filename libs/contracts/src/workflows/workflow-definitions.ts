import type { FilingInput } from './filing-input';
import type { EvaluationCycleInput, SpaceChangeInput, SpaceEvaluationInput } from './supervision-input';
import type { ChangeState, EvaluationCycleState } from './supervision-messages';
import { evaluationCycleWorkflowId, filingWorkflowId, spaceChangeWorkflowId, spaceEvaluationWorkflowId, type TaskQueueName } from './task-queues';

/*
 * The workflow types as their callers know them, defined once: the name the worker's bundle of a
 * task queue exports the workflow under, the queue, the id a workflow of the type gets from its
 * input, and (as types) its input and result. Services and the worker's activities start
 * workflows by these (libs/temporal `TemporalGateway.startOnce`), never by a type name, so a
 * renamed workflow or a changed input fails the type check, not a call at run time;
 * workflows/src/workflow-definitions.spec.ts holds the worker's functions to them.
 */

/** A workflow that a Temporal Schedule starts: no input, an id the Schedule gives. */
export interface ScheduledWorkflowDefinition<Result> {
  readonly type: string;
  readonly taskQueue: TaskQueueName;
  /** The result's type for typed callers; never set. */
  readonly result?: Result;
}

/** A workflow started by its input, under the one id that input gives it. */
export interface WorkflowDefinition<Input, Result> extends ScheduledWorkflowDefinition<Result> {
  readonly workflowId: (input: Input) => string;
}

export type WorkflowInput<D> = D extends WorkflowDefinition<infer I, unknown> ? I : never;
export type WorkflowResult<D> = D extends ScheduledWorkflowDefinition<infer R> ? R : never;
/** The function the worker runs for a definition. */
export type WorkflowFunction<D> =
  D extends WorkflowDefinition<infer I, infer R> ? (input: I) => Promise<R> : D extends ScheduledWorkflowDefinition<infer R> ? () => Promise<R> : never;

const define = <Input, Result>(type: string, taskQueue: TaskQueueName, workflowId: (input: Input) => string): WorkflowDefinition<Input, Result> => ({
  type,
  taskQueue,
  workflowId,
});

/** How a filing procedure ended: FILED with its number and the new space's id, or how else. */
export interface FilingOutcome {
  status: string;
  filingNumber: string | null;
  spaceId: string | null;
}

/** A space's evaluation for a year, as confirmed (or ENDED by a revocation elsewhere). */
export interface SpaceEvaluationOutcome {
  /** Null when the evaluation ended unconfirmed (the space was revoked meanwhile). */
  grade: string | null;
  corrected: boolean;
  consequence: string;
}

/** The Art. 6 filing procedure of one application. */
export const filingWorkflow = define<FilingInput, FilingOutcome>('filing', 'filing', (i) => filingWorkflowId(i.applicationId));

/** The yearly evaluation cycle (Art. 7) of an evaluated year. */
export const evaluationCycleWorkflow = define<EvaluationCycleInput, EvaluationCycleState>('evaluationCycle', 'supervision', (i) =>
  evaluationCycleWorkflowId(i.year),
);

/** One space's evaluation for one year (Art. 7). */
export const spaceEvaluationWorkflow = define<SpaceEvaluationInput, SpaceEvaluationOutcome>('spaceEvaluation', 'supervision', (i) =>
  spaceEvaluationWorkflowId(i.year, i.space.spaceId),
);

/** One change of a filed space (Art. 8). */
export const spaceChangeWorkflow = define<SpaceChangeInput, { status: ChangeState['status'] }>('spaceChange', 'supervision', (i) =>
  spaceChangeWorkflowId(i.space.spaceId, i.changeId),
);

/** What the yearly Schedule starts: it opens the cycle whose opening day has come. */
export const openEvaluationCycleWorkflow: ScheduledWorkflowDefinition<{ year: number; started: boolean }> = {
  type: 'openEvaluationCycle',
  taskQueue: 'supervision',
};

/** Every workflow type the worker runs. */
export const WORKFLOW_DEFINITIONS = [
  filingWorkflow,
  evaluationCycleWorkflow,
  spaceEvaluationWorkflow,
  spaceChangeWorkflow,
  openEvaluationCycleWorkflow,
] as const;
