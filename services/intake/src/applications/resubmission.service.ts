import { createHash } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditTrail } from '@makerspace/audit';
import { conflict, RequestActor } from '@makerspace/http';
import { todayInShanghai } from '@makerspace/policy';
import { Clock } from '../clock/clock';
import { PrismaService } from '../database/prisma.service';
import { FilingWorkflow } from '../filing/filing-workflow';
import { WORKFLOW_TRANSACTION } from '../filing/update-timeout';
import { IdempotencyService, Outcome } from '../idempotency/idempotency.service';
import type { Resubmit } from './application.dto';
import { ApplicationsService } from './applications.service';
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
    private readonly audit: AuditTrail,
  ) {}

  resubmit(actor: RequestActor, id: string, input: Resubmit, idempotencyKey?: string): Promise<Outcome<Resubmitted>> {
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

    // Stored and resubmitted together: a refusal by the workflow leaves the application as it was.
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.application.findUniqueOrThrow({ where: { id } });
      const stored = await tx.application.updateMany({
        where: { id, status: 'RETURNED', revision: input.revision },
        data: { figures: input.figures, revision: { increment: 1 } },
      });
      if (stored.count === 0) throw conflict('STALE_REVISION', `the application was changed since revision ${input.revision}; reload it and resubmit`);
      const state = await this.filing.resubmit(
        id,
        { actor: { id: actor.id, role: actor.role, scope: actor.scope }, figures: input.figures, ...(input.note ? { note: input.note } : {}) },
        updateId,
      );
      const after = await tx.application.update({ where: { id }, data: { status: state.status, stage: state.stage } });
      await this.audit.append(tx, { actor, action: 'application.resubmitted', subject: { type: 'application', id }, reason: input.note, before, after });
      return { applicationId: id, status: state.status, stage: state.stage, revision: input.revision + 1 };
    }, WORKFLOW_TRANSACTION);
  }
}
