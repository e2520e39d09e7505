import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, DescribeBody, RequestActor, ValidBody, ValidQuery } from '@makerspace/http';
import { ChangeDecisionBody, ChangeList, ChangeListFilter, ChangeRegistration, ChangeReportBody } from './change.dto';
import { ChangesService } from './changes.service';

/**
 * Changes of filed spaces (Art. 8). The operator reports here, not through intake: the
 * evaluation service owns the space record and the change workflows.
 */
@ApiTags('changes')
@Controller()
export class ChangesController {
  constructor(private readonly changes: ChangesService) {}

  /** The city's work on changes: overdue ones to decide, ones in review, by status. */
  @Get('changes')
  list(@CurrentActor() actor: RequestActor, @ValidQuery(ChangeList) q: ChangeListFilter) {
    return this.changes.list(actor, q);
  }

  /** The operator reports a change with its evidence; a city officer registers one found by staff. */
  @Post('spaces/:spaceId/changes')
  @HttpCode(HttpStatus.ACCEPTED)
  @DescribeBody(ChangeRegistration)
  register(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @ValidBody(ChangeRegistration) body: ChangeRegistration) {
    return this.changes.register(actor, spaceId, body);
  }

  /** Where the change stands: its deadline, report, re-check and decision. */
  @Get('spaces/:spaceId/changes/:changeId')
  state(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('changeId') changeId: string) {
    return this.changes.state(actor, spaceId, changeId);
  }

  /** The operator reports a change that staff registered. */
  @Post('spaces/:spaceId/changes/:changeId/report')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(ChangeReportBody)
  report(
    @CurrentActor() actor: RequestActor,
    @Param('spaceId') spaceId: string,
    @Param('changeId') changeId: string,
    @ValidBody(ChangeReportBody) body: ChangeReportBody,
  ) {
    return this.changes.report(actor, spaceId, changeId, body);
  }

  /** A city officer decides: approve or revoke in review; revoke or accept late after a missed deadline. */
  @Post('spaces/:spaceId/changes/:changeId/decision')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(ChangeDecisionBody)
  decide(
    @CurrentActor() actor: RequestActor,
    @Param('spaceId') spaceId: string,
    @Param('changeId') changeId: string,
    @ValidBody(ChangeDecisionBody) body: ChangeDecisionBody,
  ) {
    return this.changes.decide(actor, spaceId, changeId, body);
  }
}
