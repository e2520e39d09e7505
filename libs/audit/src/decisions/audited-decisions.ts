import { randomUUID } from 'node:crypto';
import { HttpException, Inject, Injectable, Optional } from '@nestjs/common';
import type { AuditEntry } from '../chain/audit-entry';
import { appendAuditEntry } from '../chain/append-entry';
import type { AuditDatabase, SqlClient } from '../chain/sql-client';
import { AUDIT_DATABASE } from '../http/audit-database';
import { journalDecision, unjournalDecision } from './decision-journal';
import { afterOf, DecisionEntry, PendingDecision } from './pending-decision';

/**
 * What a service writes of a decision in its own database besides its audit entry (intake's
 * application status, say), in the entry's transaction; it answers the entry's `after`. Keyed by
 * the entry's action, so a decision settled after a crash is recorded as its request would have.
 */
export type Settlement = (tx: SqlClient, answer: unknown, decision: PendingDecision) => Promise<unknown>;

/** The service's settlements by action (a provider; a service without any provides none). */
export const DECISION_SETTLEMENTS = Symbol('DECISION_SETTLEMENTS');

/** A decision to send to a workflow and record. */
export interface Decision<Answer> {
  /** The decision's id where a retry must be the same decision (one submission per application); new otherwise. */
  id?: string;
  workflowId: string;
  /** `start`, or the update's name. */
  message: string;
  entry: DecisionEntry;
  /** Sends the message under the decision's id (the update id; a start's memo). */
  send(decisionId: string): Promise<Answer>;
  /** Whether an answer means the decision was taken (a start answering "already started" was not this one); taken unless said. */
  taken?(answer: Answer): boolean;
}

/** An answer that says the workflow (or the service before it) refused the decision: it changed nothing. */
const isRefusal = (e: unknown) => e instanceof HttpException && e.getStatus() < 500;

/**
 * No decision without its audit entry. A decision is journaled (committed) before its message
 * goes to the workflow, under an id that is also the update's id and the entry's id. When the
 * workflow answers, the entry is written and the journal row removed in one transaction; when it
 * refuses, the row is removed and nothing written. If the process dies between the workflow
 * taking the decision and that transaction, the row stays, and DecisionRecovery asks the
 * workflow by the decision's id and writes the same entry: the decision and its entry are both
 * there, or (refused, never sent) both absent, and the caller, who had no answer, retries.
 */
@Injectable()
export class AuditedDecisions {
  constructor(
    @Inject(AUDIT_DATABASE) private readonly db: AuditDatabase,
    @Optional() @Inject(DECISION_SETTLEMENTS) private readonly settlements: Record<string, Settlement> = {},
  ) {}

  /** Journals the decision, sends it, and records it with its entry once the workflow took it. */
  async take<Answer>(decision: Decision<Answer>): Promise<Answer> {
    const pending = await this.journal(decision);
    const answer = await this.send(pending, decision);
    if (decision.taken && !decision.taken(answer)) await this.forget(pending.id);
    else await this.db.$transaction((tx) => this.settle(tx, pending, answer));
    return answer;
  }

  /** Journals a decision (under a new id unless it has one) and commits it, before anything is sent. */
  async journal(decision: Pick<Decision<unknown>, 'id' | 'workflowId' | 'message' | 'entry'>): Promise<PendingDecision> {
    const pending: PendingDecision = { id: decision.id ?? randomUUID(), workflowId: decision.workflowId, message: decision.message, entry: decision.entry };
    await journalDecision(this.db, pending);
    return pending;
  }

  /** Sends the decision; a refusal takes it off the journal (nothing happened), any other failure leaves it for recovery. */
  async send<Answer>(pending: PendingDecision, decision: Pick<Decision<Answer>, 'send'>): Promise<Answer> {
    try {
      return await decision.send(pending.id);
    } catch (e) {
      if (isRefusal(e)) await this.forget(pending.id);
      throw e;
    }
  }

  /**
   * Records a decision the workflow took, in `tx`: the service's own change (its settlement),
   * then the entry, and the journal row removed. Settled twice (the request and the recovery at
   * once), the entry is written once: it is appended under the decision's id.
   */
  async settle(tx: SqlClient, pending: PendingDecision, answer: unknown): Promise<AuditEntry> {
    await unjournalDecision(tx, pending.id);
    const settlement = this.settlements[pending.entry.action];
    const after = settlement ? await settlement(tx, answer, pending) : afterOf(pending.entry, answer);
    const { actor, action, subject, reason, before } = pending.entry;
    return appendAuditEntry(tx, { id: pending.id, actor, action, subject, reason, before, after });
  }

  /** Takes a decision that was not taken off the journal. */
  async forget(id: string): Promise<void> {
    await unjournalDecision(this.db, id);
  }
}
