import { createHash, randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditedDecisions } from '@makerspace/audit';
import { filingWorkflowId, resubmit } from '@makerspace/contracts';
import { ApiException, conflict, RequestActor, requireRole } from '@makerspace/http';
import { todayInShanghai } from '@makerspace/policy';
import { Clock } from '../clock/clock';
import { PrismaService } from '../database/prisma.service';
import { FilingWorkflow } from '../filing/filing-workflow';
import { WORKFLOW_TRANSACTION } from '../filing/update-timeout';
import { IdempotencyService, Outcome } from '../idempotency/idempotency.service';
import type { Resubmit } from './application.dto';
import { RESUBMITTED } from './application-settlements';
import { ApplicationsService, recordOf } from './applications.service';
import { conditionsNotMet, judgeFilingConditions } from './filing-conditions';
import { judgedUnder } from './judged-under';

export interface Resubmitted {
  applicationId: string;
  status: string;
  stage: string | null;
  revision: number;
}

/**
 * The answer to a return for correction (Art. 6): the corrected figures must meet Art. 5 under the
 * application's own ruleset version (every failing condition is listed with its article), are
 * stored on the revision they were made on, and go to the filing workflow, which sends the
 * application back to the stage that returned it. Idempotent under an Idempotency-Key.
 */
@Injectable()
export class ResubmissionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsService,
    private readonly filing: FilingWorkflow,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
    private readonly decisions: AuditedDecisions,
  ) {}

  resubmit(actor: RequestActor, id: string, input: Resubmit, idempotencyKey?: string): Promise<Outcome<Resubmitted>> {
    requireRole(actor, 'applicant');
    const key = idempotencyKey ? `${actor.id}:resubmit:${idempotencyKey}` : undefined;
    // The same key gives the workflow the same update id, so a retry after a lost answer is taken once.
    const updateId = key ? `resubmit-${createHash('sha256').update(key).digest('hex').slice(0, 32)}` : undefined;
    return this.idempotency.once(key, { op: 'resubmit', id, input }, async () => ({ status: HttpStatus.OK, body: await this.run(actor, id, input, updateId) }));
  }

  private async run(actor: RequestActor, id: string, input: Resubmit, updateId?: string): Promise<Resubmitted> {
    const app = await this.applications.getOwn(actor, id);
    if (app.status !== 'RETURNED') throw conflict('WRONG_STAGE', `only an application returned for correction can be resubmitted; this one is ${app.status}`);
    const { on, ruleset } = judgedUnder(app, todayInShanghai(this.clock.now()));
    const report = judgeFilingConditions(app, input.figures, on, ruleset);
    if (!report.passed) throw conditionsNotMet(report);

    // Stored and resubmitted together, with the entry (AuditedDecisions): a refusal by the
    // workflow leaves the application as it was; a crash after the workflow took it is settled
    // by the recovery, which stores the same figures.
    const before = recordOf(app);
    const pending = await this.decisions.journal({
      id: updateId ?? randomUUID(),
      workflowId: filingWorkflowId(id),
      message: resubmit.name,
      entry: {
        actor,
        action: RESUBMITTED,
        subject: { type: 'application', id },
        reason: input.note,
        before,
        outcome: { fields: { figures: input.figures, revision: input.revision } },
      },
    });
    try {
      return await this.prisma.$transaction(async (tx) => {
        const stored = await tx.application.updateMany({
          where: { id, status: 'RETURNED', revision: input.revision },
          data: { figures: input.figures, revision: { increment: 1 } },
        });
        if (stored.count === 0) throw conflict('STALE_REVISION', `the application was changed since revision ${input.revision}; reload it and resubmit`);
        const resubmission = {
          actor: { id: actor.id, role: actor.role, scope: actor.scope },
          figures: input.figures,
          ...(input.note ? { note: input.note } : {}),
        };
        const state = await this.decisions.send(pending, { send: (decisionId) => this.filing.resubmit(id, resubmission, decisionId) });
        await this.decisions.settle(tx, pending, state);
        return { applicationId: id, status: state.status, stage: state.stage, revision: input.revision + 1 };
      }, WORKFLOW_TRANSACTION);
    } catch (e) {
      // Refused before it was sent (a stale revision): nothing to find on the workflow.
      if (e instanceof ApiException && e.getStatus() < 500) await this.decisions.forget(pending.id);
      throw e;
    }
  }
}
