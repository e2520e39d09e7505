import { ApplicationFailure } from '@temporalio/workflow';

/** Why a message to a workflow is refused: what is wrong, in which field, under which article. */
export interface Refusal {
  code: 'WRONG_STAGE' | 'NOT_YOURS' | 'REASON_REQUIRED' | 'INVALID' | 'UNKNOWN_TASK' | 'CLOSED';
  message: string;
  field?: string;
  article?: string;
}

/** A refusal as the rules return it: pure data, so a rule's spec reads it without a workflow. */
export const refusal = (code: Refusal['code'], message: string, field?: string, article?: string): Refusal => ({ code, message, field, article });

/**
 * Refuse an update: the caller gets an ApplicationFailure of type `Refused.<CODE>` with
 * `[{ field, article }]` as details (libs/http reads it as the HTTP answer), and nothing changes.
 * No refusal, no error: a validator passes a rule's verdict straight through.
 */
export function refuse(r: Refusal): never;
export function refuse(r: Refusal | undefined): void;
export function refuse(r: Refusal | undefined): void {
  if (!r) return;
  throw ApplicationFailure.create({
    type: `Refused.${r.code}`,
    message: r.message,
    details: [{ field: r.field ?? null, article: r.article ?? null }],
    nonRetryable: true,
  });
}
