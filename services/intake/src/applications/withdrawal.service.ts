import { Injectable } from '@nestjs/common';
import { AuditedDecisions, AuditTrail } from '@makerspace/audit';
import { filingWorkflowId, withdraw } from '@makerspace/contracts';
import { conflict, RequestActor, requireRole } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { FilingWorkflow } from '../filing/filing-workflow';
import type { Withdraw } from './application.dto';
import { WITHDRAWN } from './application-settlements';
import { ApplicationsService, recordOf } from './applications.service';

/** Statuses in which the procedure is over and nothing can be withdrawn. */
const ENDED = ['WITHDRAWN', 'REJECTED', 'DISQUALIFIED', 'FILED'];

export interface Withdrawn {
  applicationId: string;
  status: string;
}

/**
 * The applicant withdraws its application. A draft has no procedure yet and is withdrawn here;
 * a submitted application is withdrawn by its filing workflow, which ends every open task, and
 * the workflow's answer is written with the entry in one durable step (AuditedDecisions).
 */
@Injectable()
export class WithdrawalService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsService,
    private readonly filing: FilingWorkflow,
    private readonly audit: AuditTrail,
    private readonly decisions: AuditedDecisions,
  ) {}

  async withdraw(actor: RequestActor, id: string, input: Withdraw): Promise<Withdrawn> {
    requireRole(actor, 'applicant');
    let app = await this.applications.getOwn(actor, id);
    if (app.status === 'DRAFT') {
      if (await this.withdrawDraft(actor, id, input)) return { applicationId: id, status: 'WITHDRAWN' };
      app = await this.applications.getOwn(actor, id); // submitted meanwhile: its procedure decides
    }
    if (ENDED.includes(app.status)) throw conflict('CLOSED', `the application is already ${app.status}`);
    const before = recordOf(app);
    const withdrawal = { actor: { id: actor.id, role: actor.role, scope: actor.scope }, ...(input.reason ? { reason: input.reason } : {}) };
    const state = await this.decisions.take({
      workflowId: filingWorkflowId(id),
      message: withdraw.name,
      entry: { actor, action: WITHDRAWN, subject: { type: 'application', id }, reason: input.reason, before },
      send: (decisionId) => this.filing.withdraw(id, withdrawal, decisionId),
    });
    return { applicationId: id, status: state.status };
  }

  /** Withdraws the application if it is still a draft, with its audit entry, in one transaction; false when it no longer is one. */
  private withdrawDraft(actor: RequestActor, id: string, input: Withdraw): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.application.findUniqueOrThrow({ where: { id } });
      const changed = await tx.application.updateMany({ where: { id, status: 'DRAFT' }, data: { status: 'WITHDRAWN', revision: { increment: 1 } } });
      if (changed.count === 0) return false;
      const after = await tx.application.findUniqueOrThrow({ where: { id } });
      await this.audit.append(tx, { actor, action: WITHDRAWN, subject: { type: 'application', id }, reason: input.reason, before, after });
      return true;
    });
  }
}
