import type { AuditRecord } from '../chain/audit-entry';

/** The message of a decision that starts its workflow; any other message is the name of a workflow update. */
export const START = 'start';

/** Where a workflow started by a decision keeps that decision's id (its memo), so a lost answer is found again. */
export const DECISION_MEMO = 'decisionId';

/**
 * What a decision's audit entry says before the workflow has answered: who decided what, on which
 * record, why, and the record before. Its `after` is made from `outcome` and the workflow's answer.
 */
export interface DecisionEntry extends Omit<AuditRecord, 'id' | 'after'> {
  outcome?: {
    /** What the entry's `after` holds whatever the workflow answers (the request, say). */
    fields?: Record<string, unknown>;
    /** The workflow's whole answer, under this key of `after`. */
    answerAs?: string;
    /** Or these fields of the workflow's answer, beside `fields`. */
    answerFields?: string[];
  };
}

/**
 * A decision sent to a workflow, journaled before it is sent and settled (its audit entry
 * written, the journal row removed) once the workflow's answer is in hand.
 */
export interface PendingDecision {
  /** The decision's id: the workflow update's id (a start's memo) and the audit entry's id. */
  id: string;
  workflowId: string;
  /** `start`, or the update's name. */
  message: string;
  entry: DecisionEntry;
}

/** The entry's `after` for a workflow's answer, as `outcome` says. */
export function afterOf(entry: DecisionEntry, answer: unknown): Record<string, unknown> {
  const { fields, answerAs, answerFields } = entry.outcome ?? {};
  const answered = (answer ?? {}) as Record<string, unknown>;
  return {
    ...fields,
    ...(answerAs ? { [answerAs]: answer } : {}),
    ...Object.fromEntries((answerFields ?? []).map((field) => [field, answered[field]])),
  };
}
