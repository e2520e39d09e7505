import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@makerspace/audit';
import { conflict, RequestActor } from '@makerspace/http';
import type { Prisma } from '.prisma/intake-client';
import { PrismaService } from '../database/prisma.service';
import { FilingWorkflow } from '../filing/filing-workflow';
import type { Withdraw } from './application.dto';
import { ApplicationsService } from './applications.service';

/** Statuses in which the procedure is over and nothing can be withdrawn. */
const ENDED = ['WITHDRAWN', 'REJECTED', 'DISQUALIFIED', 'FILED'];

export interface Withdrawn {
  applicationId: string;
  status: string;
}

/**
 * The applicant withdraws its application. A draft has no procedure yet and is withdrawn here;
 * a submitted application is withdrawn by its filing workflow, which ends every open task.
 */
@Injectable()
export class WithdrawalService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsService,
    private readonly filing: FilingWorkflow,
    private readonly audit: AuditTrail,
  ) {}

  async withdraw(actor: RequestActor, id: string, input: Withdraw): Promise<Withdrawn> {
    let app = await this.applications.getOwn(actor, id);
    if (app.status === 'DRAFT') {
      const local = await this.record(actor, id, input, (tx) => tx.application.updateMany({ where: { id, status: 'DRAFT' }, data: { status: 'WITHDRAWN', revision: { increment: 1 } } }));
      if (local.count === 1) return { applicationId: id, status: 'WITHDRAWN' };
      app = await this.applications.getOwn(actor, id); // submitted meanwhile: its procedure decides
    }
    if (ENDED.includes(app.status)) throw conflict('CLOSED', `the application is already ${app.status}`);
    const state = await this.filing.withdraw(id, { actor: { id: actor.id, role: actor.role, scope: actor.scope }, ...(input.reason ? { reason: input.reason } : {}) });
    await this.record(actor, id, input, (tx) => tx.application.updateMany({ where: { id }, data: { status: state.status, stage: state.stage } }));
    return { applicationId: id, status: state.status };
  }

  /** Makes the withdrawal's change of the application and, if it changed, its audit entry, in one transaction. */
  private record(actor: RequestActor, id: string, input: Withdraw, change: (tx: Prisma.TransactionClient) => Promise<{ count: number }>) {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.application.findUniqueOrThrow({ where: { id } });
      const changed = await change(tx);
      if (changed.count === 0) return changed;
      const after = await tx.application.findUniqueOrThrow({ where: { id } });
      await this.audit.append(tx, { actor, action: 'application.withdrawn', subject: { type: 'application', id }, reason: input.reason, before, after });
      return changed;
    });
  }
}
