import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { PollingLoop } from '@makerspace/database';
import type { AuditDatabase } from '../chain/sql-client';
import { AUDIT_DATABASE } from '../http/audit-database';
import { AuditedDecisions } from './audited-decisions';
import { decisionsJournaledBefore } from './decision-journal';
import { decisionOutcome } from './decision-outcome';

/** The service's Temporal client, as the recovery asks for it (a provider: `() => gateway.client()`). */
export const DECISION_WORKFLOWS = Symbol('DECISION_WORKFLOWS');

/**
 * How long a journaled decision belongs to the request that sent it: longer than a request waits
 * for its workflow (10 s) and settles. Older, its request died or lost its database.
 */
const GRACE_MS = 30_000;
const POLL_MS = 5_000;
const BATCH = 50;

/**
 * Settles the decisions their requests left on the journal (the process died, the database went
 * away after the workflow answered): asks each one's workflow what became of it, by its id, and
 * writes its entry (and the service's settlement) if the workflow took it, or takes it off the
 * journal if not. A question the server cannot answer yet is asked again at the next round.
 */
@Injectable()
export class DecisionRecovery implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DecisionRecovery.name);
  private readonly loop = new PollingLoop(
    () => this.settleLeftovers(),
    POLL_MS,
    (e) => this.logger.warn(`journaled decisions not settled: ${String(e)}`),
  );

  constructor(
    @Inject(AUDIT_DATABASE) private readonly db: AuditDatabase,
    @Inject(DECISION_WORKFLOWS) private readonly workflows: () => Promise<Client>,
    private readonly decisions: AuditedDecisions,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }

  /** One round; true when a whole batch was found, so the next comes at once. */
  async settleLeftovers(): Promise<boolean> {
    const left = await decisionsJournaledBefore(this.db, new Date(Date.now() - GRACE_MS), BATCH);
    if (left.length === 0) return false;
    const client = await this.workflows();
    for (const pending of left) {
      const outcome = await decisionOutcome(client, pending);
      if (outcome.taken) await this.db.$transaction((tx) => this.decisions.settle(tx, pending, outcome.answer));
      else await this.decisions.forget(pending.id);
      this.logger.log(
        `decision ${pending.id} (${pending.entry.action}, ${pending.workflowId}) ${outcome.taken ? 'taken: its entry written' : 'not taken: forgotten'}`,
      );
    }
    return left.length === BATCH;
  }
}
