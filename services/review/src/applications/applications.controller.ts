import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditTrail, statedReasons } from '@makerspace/audit';
import { CurrentActor, DescribeBody, RequestActor, requireRole } from '@makerspace/http';
import { FilingWorkflows } from '../filing/filing-workflows';
import { RuleCheckedBody } from '../validation/rule-checked-body';
import { DisqualificationBody } from './disqualification-body';
import { HistoryService } from './history.service';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly history: HistoryService, private readonly workflows: FilingWorkflows, private readonly audit: AuditTrail) {}

  /** The filing state: status, stage, open tasks, history, panel, public notice, as the caller may see it. */
  @Get(':id/history')
  historyOf(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.history.of(actor, id);
  }

  /** Disqualify for fraud at any stage (Art. 9): the organisation is banned for 2 years. City officers only. */
  @Post(':id/disqualify')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(DisqualificationBody)
  async disqualify(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string, @RuleCheckedBody(DisqualificationBody) body: DisqualificationBody) {
    requireRole(actor, 'city-officer');
    const state = await this.workflows.disqualify(id, { actor: { id: actor.id, role: actor.role, scope: actor.scope }, reasons: body.reasons });
    const disqualified = { applicationId: id, status: state.status, stage: state.stage };
    await this.audit.record({ actor, action: 'application.disqualified', subject: { type: 'application', id }, reason: statedReasons(body.reasons), after: disqualified });
    return disqualified;
  }
}
