import {
  evaluationCycleWorkflow,
  filingWorkflow,
  openEvaluationCycleWorkflow,
  spaceChangeWorkflow,
  spaceEvaluationWorkflow,
  TASK_QUEUES,
  WORKFLOW_DEFINITIONS,
  type WorkflowFunction,
} from '@makerspace/contracts';
import * as filingBundle from './filing-workflows';
import * as supervisionBundle from './supervision-workflows';

/**
 * The worker runs what the definitions promise the services (libs/contracts
 * workflow-definitions.ts). The type check holds each workflow function to its definition's input
 * and result, so a changed input breaks the build, not a call; the cases below hold each
 * definition's type name to an export of its task queue's bundle, so a renamed workflow fails here.
 */
const implementations: Record<string, unknown> = {
  [filingWorkflow.type]: filingBundle.filing satisfies WorkflowFunction<typeof filingWorkflow>,
  [evaluationCycleWorkflow.type]: supervisionBundle.evaluationCycle satisfies WorkflowFunction<typeof evaluationCycleWorkflow>,
  [spaceEvaluationWorkflow.type]: supervisionBundle.spaceEvaluation satisfies WorkflowFunction<typeof spaceEvaluationWorkflow>,
  [spaceChangeWorkflow.type]: supervisionBundle.spaceChange satisfies WorkflowFunction<typeof spaceChangeWorkflow>,
  [openEvaluationCycleWorkflow.type]: supervisionBundle.openEvaluationCycle satisfies WorkflowFunction<typeof openEvaluationCycleWorkflow>,
};

const BUNDLES: Record<keyof typeof TASK_QUEUES, object> = { filing: filingBundle, supervision: supervisionBundle };

describe('the workflow definitions the services start workflows by', () => {
  it.each(WORKFLOW_DEFINITIONS.map((d) => [d.type, d] as const))('%s is a workflow of its task queue’s bundle', (type, definition) => {
    expect(Object.keys(BUNDLES[definition.taskQueue])).toContain(type);
    expect(implementations[type]).toBe((BUNDLES[definition.taskQueue] as Record<string, unknown>)[type]);
  });

  it('every workflow the worker runs has its definition', () => {
    const exported = Object.values(BUNDLES).flatMap((bundle) => Object.keys(bundle));
    expect(exported.sort()).toEqual(WORKFLOW_DEFINITIONS.map((d) => d.type).sort());
  });

  it('gives each workflow the id of its subject', () => {
    const space = { spaceId: 's-1', filingNumber: 'n', spaceName: 'x', organisationId: 'o', divisionCode: '210302' };
    expect(filingWorkflow.workflowId({ applicationId: 'a-1' } as Parameters<typeof filingWorkflow.workflowId>[0])).toBe('filing-a-1');
    expect(evaluationCycleWorkflow.workflowId({ year: 2026 })).toBe('evaluation-2026');
    expect(spaceEvaluationWorkflow.workflowId({ year: 2026, space, rulesetId: 'r', rulesetVersion: 1 })).toBe('evaluation-2026-s-1');
    expect(spaceChangeWorkflow.workflowId({ changeId: 'c-1', space } as Parameters<typeof spaceChangeWorkflow.workflowId>[0])).toBe('change-s-1-c-1');
    expect(openEvaluationCycleWorkflow).toEqual({ type: 'openEvaluationCycle', taskQueue: 'supervision' });
  });
});
