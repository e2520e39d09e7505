import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, DescribeBody, RequestActor } from '@makerspace/http';
import { RuleCheckedBody } from '../validation/rule-checked-body';
import { DecisionBody } from './decision-body';
import { DecisionService } from './decision.service';

@ApiTags('tasks')
@Controller('tasks')
export class DecisionsController {
  constructor(private readonly decisions: DecisionService) {}

  /**
   * Decide a task: 400 with every failing field (negative outcomes need reasons), 403 when the
   * workflow says the task is not the caller's, 404 for a task not on the caller's desk, 409 when
   * the task is closed, claimed by someone else or the stage has moved on, 503 while Temporal is out of reach.
   */
  @Post(':id/decision')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(DecisionBody)
  decide(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string, @RuleCheckedBody(DecisionBody) body: DecisionBody) {
    return this.decisions.decide(actor, id, body);
  }
}
