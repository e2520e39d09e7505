import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditTrail, statedReasons } from '@makerspace/audit';
import { changeState, decideChange, reportChange, spaceChangeWorkflowId } from '@makerspace/contracts';
import { CurrentActor, DescribeBody, RequestActor, requireRole, ValidBody, ValidQuery } from '@makerspace/http';
import { SpaceAccess } from '../access/space-access';
import { PrismaService } from '../database/prisma.service';
import { SupervisionWorkflows } from '../temporal/supervision-workflows';
import { ChangeDecisionBody, ChangeList, ChangeListFilter, ChangeRegistration, ChangeReportBody } from './change.dto';
import { ChangeRegistrationService } from './change-registration';

const WHAT = 'change of this space';

/**
 * Changes of filed spaces (Art. 8). The operator reports here, not through intake: the
 * evaluation service owns the space record and the change workflows.
 */
@ApiTags('changes')
@Controller()
export class ChangesController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: SpaceAccess,
    private readonly workflows: SupervisionWorkflows,
    private readonly registration: ChangeRegistrationService,
    private readonly audit: AuditTrail,
  ) {}

  /** The city's work on changes: overdue ones to decide, ones in review, by status. */
  @Get('changes')
  list(@CurrentActor() actor: RequestActor, @ValidQuery(ChangeList) q: ChangeListFilter) {
    requireRole(actor, 'city-officer');
    return this.prisma.changeReport.findMany({ where: { status: q.status, spaceId: q.spaceId }, orderBy: { deadline: 'asc' }, take: 500 });
  }

  /** The operator reports a change with its evidence; a city officer registers one found by staff. */
  @Post('spaces/:spaceId/changes')
  @HttpCode(HttpStatus.ACCEPTED)
  @DescribeBody(ChangeRegistration)
  async register(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @ValidBody(ChangeRegistration) body: ChangeRegistration) {
    requireRole(actor, 'applicant', 'city-officer');
    const registered = await this.registration.register(actor, await this.access.space(actor, spaceId), body);
    if (registered.started) await this.audit.record({ actor, action: 'change.registered', subject: { type: 'space', id: spaceId }, reason: body.note, after: { ...registered, change: body.change, evidence: body.evidence } });
    return registered;
  }

  /** Where the change stands: its deadline, report, re-check and decision. */
  @Get('spaces/:spaceId/changes/:changeId')
  async state(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('changeId') changeId: string) {
    await this.access.space(actor, spaceId);
    return this.workflows.query(spaceChangeWorkflowId(spaceId, changeId), changeState, WHAT);
  }

  /** The operator reports a change that staff registered. */
  @Post('spaces/:spaceId/changes/:changeId/report')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(ChangeReportBody)
  async report(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('changeId') changeId: string, @ValidBody(ChangeReportBody) body: ChangeReportBody) {
    requireRole(actor, 'applicant');
    await this.access.space(actor, spaceId);
    const state = await this.workflows.update(spaceChangeWorkflowId(spaceId, changeId), reportChange, { ...body, actor }, WHAT);
    await this.audit.record({ actor, action: 'change.reported', subject: { type: 'space', id: spaceId }, reason: body.note, after: { changeId, report: body, state } });
    return state;
  }

  /** A city officer decides: approve or revoke in review; revoke or accept late after a missed deadline. */
  @Post('spaces/:spaceId/changes/:changeId/decision')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(ChangeDecisionBody)
  async decide(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('changeId') changeId: string, @ValidBody(ChangeDecisionBody) body: ChangeDecisionBody) {
    requireRole(actor, 'city-officer');
    await this.access.space(actor, spaceId);
    const state = await this.workflows.update(spaceChangeWorkflowId(spaceId, changeId), decideChange, { ...body, actor }, WHAT);
    await this.audit.record({ actor, action: 'change.decided', subject: { type: 'space', id: spaceId }, reason: statedReasons(body.reasons), after: { changeId, decision: body, state } });
    return state;
  }
}
