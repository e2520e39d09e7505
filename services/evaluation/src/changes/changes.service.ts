import { Injectable } from '@nestjs/common';
import { statedReasons } from '@makerspace/audit';
import { changeState, decideChange, reportChange, spaceChangeWorkflowId } from '@makerspace/contracts';
import { RequestActor, requireRole } from '@makerspace/http';
import { SpaceAccess } from '../access/space-access';
import { PrismaService } from '../database/prisma.service';
import { SupervisionDecisions } from '../supervision/supervision-decisions';
import { SupervisionWorkflows } from '../temporal/supervision-workflows';
import type { ChangeDecisionBody, ChangeListFilter, ChangeRegistration, ChangeReportBody } from './change.dto';
import { ChangeRegistrationService } from './change-registration';

const WHAT = 'change of this space';

/** Changes of filed spaces (Art. 8): who may see and act on them, and each act sent to the change's workflow with its audit entry. */
@Injectable()
export class ChangesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: SpaceAccess,
    private readonly workflows: SupervisionWorkflows,
    private readonly decisions: SupervisionDecisions,
    private readonly registration: ChangeRegistrationService,
  ) {}

  /** The city's work on changes: overdue ones to decide, ones in review, by status. */
  list(actor: RequestActor, q: ChangeListFilter) {
    requireRole(actor, 'city-officer');
    return this.prisma.changeReport.findMany({ where: { status: q.status, spaceId: q.spaceId }, orderBy: { deadline: 'asc' }, take: 500 });
  }

  /** The operator reports a change with its evidence; a city officer registers one found by staff. */
  async register(actor: RequestActor, spaceId: string, body: ChangeRegistration) {
    requireRole(actor, 'applicant', 'city-officer');
    return this.registration.register(actor, await this.access.space(actor, spaceId), body);
  }

  async state(actor: RequestActor, spaceId: string, changeId: string) {
    await this.access.space(actor, spaceId);
    return this.workflows.query(spaceChangeWorkflowId(spaceId, changeId), changeState, WHAT);
  }

  /** The operator reports a change that staff registered. */
  async report(actor: RequestActor, spaceId: string, changeId: string, report: ChangeReportBody) {
    requireRole(actor, 'applicant');
    await this.access.space(actor, spaceId);
    const workflowId = spaceChangeWorkflowId(spaceId, changeId);
    return this.decisions.take({
      actor,
      spaceId,
      workflowId,
      update: reportChange,
      arg: { ...report, actor },
      what: WHAT,
      action: 'change.reported',
      reason: report.note,
      fields: { changeId, report },
    });
  }

  /** A city officer decides: approve or revoke in review; revoke or accept late after a missed deadline. */
  async decide(actor: RequestActor, spaceId: string, changeId: string, decision: ChangeDecisionBody) {
    requireRole(actor, 'city-officer');
    await this.access.space(actor, spaceId);
    const workflowId = spaceChangeWorkflowId(spaceId, changeId);
    return this.decisions.take({
      actor,
      spaceId,
      workflowId,
      update: decideChange,
      arg: { ...decision, actor },
      what: WHAT,
      action: 'change.decided',
      reason: statedReasons(decision.reasons),
      fields: { changeId, decision },
    });
  }
}
