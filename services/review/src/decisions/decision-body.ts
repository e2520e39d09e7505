import { z } from 'zod';
import { Decision, NEGATIVE_OUTCOMES, TASK_OUTCOMES, TaskOutcome } from '@makerspace/contracts';
import { requireReasons } from '../validation/reasons-required';

const OUTCOMES = [...new Set(Object.values(TASK_OUTCOMES).flat())] as TaskOutcome[];

/**
 * A staff decision on a task, as the request body: the workflow's Decision without the task and
 * the person (the path and the caller give those) and without the meeting, which the director's
 * meeting record gives (POST /meetings).
 */
export const DecisionBody = Decision.omit({ taskId: true, actor: true, meeting: true })
  .extend({ outcome: z.enum(OUTCOMES) })
  .superRefine((d, ctx) => {
    if (NEGATIVE_OUTCOMES.includes(d.outcome)) requireReasons(ctx, d.reasons, `a ${d.outcome} decision`, 'Art. 6');
  })
  .meta({ id: 'DecisionBody' });
export type DecisionBody = z.infer<typeof DecisionBody>;
