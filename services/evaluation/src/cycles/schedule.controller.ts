import { Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, DescribeBody, RequestActor, ValidBody } from '@makerspace/http';
import { ScheduleSettings } from './cycle.dto';
import { ScheduleSettingsService } from './schedule-settings';

@ApiTags('evaluation cycles')
@Controller('evaluation-schedule')
export class ScheduleController {
  constructor(private readonly schedule: ScheduleSettingsService) {}

  /** The yearly schedule that opens the evaluation cycles: timing, state, next and recent runs. */
  @Get()
  describe(@CurrentActor() actor: RequestActor) {
    return this.schedule.describe(actor);
  }

  /** Create the schedule or change its timing or pause it; the same settings twice change nothing. */
  @Put()
  @DescribeBody(ScheduleSettings)
  apply(@CurrentActor() actor: RequestActor, @ValidBody(ScheduleSettings) body: ScheduleSettings) {
    return this.schedule.apply(actor, body);
  }
}
