import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, DescribeBody, RequestActor } from '@makerspace/http';
import { RuleCheckedBody } from '../validation/rule-checked-body';
import { DisqualificationBody } from './disqualification-body';
import { DisqualificationService } from './disqualification.service';
import { HistoryService } from './history.service';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly history: HistoryService,
    private readonly disqualification: DisqualificationService,
  ) {}

  /** The filing state: status, stage, open tasks, history, panel, public notice, as the caller may see it. */
  @Get(':id/history')
  historyOf(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.history.of(actor, id);
  }

  /** Disqualify for fraud at any stage (Art. 9): the organisation is banned for 2 years. City officers only. */
  @Post(':id/disqualify')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(DisqualificationBody)
  disqualify(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string, @RuleCheckedBody(DisqualificationBody) body: DisqualificationBody) {
    return this.disqualification.disqualify(actor, id, body);
  }
}
