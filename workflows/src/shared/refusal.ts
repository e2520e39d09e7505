import { ApplicationFailure } from '@temporalio/workflow';

/** Why a message to a workflow is refused: what is wrong, in which field, under which article. */
export interface Refusal {
  code: 'WRONG_STAGE' | 'NOT_YOURS' | 'REASON_REQUIRED' | 'INVALID' | 'CLOSED';
  message: string;
  field?: string;
  article?: string;
}

export const refusal = (code: Refusal['code'], message: string, field?: string, article?: string): Refusal => ({ code, message, field, article });

/** Refuse an update: the caller gets this error and nothing changes. */
export function refuse(r: Refusal | undefined): void {
  if (!r) return;
  throw ApplicationFailure.create({ type: `Refused.${r.code}`, message: r.message, details: [{ field: r.field ?? null, article: r.article ?? null }], nonRetryable: true });
}
