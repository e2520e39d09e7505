import { Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditTrail } from '@makerspace/audit';
import { CurrentActor, DescribeBody, notFound, RequestActor, requireRole, ValidBody } from '@makerspace/http';
import { ScheduleSettings } from './cycle.dto';
import { EvaluationSchedule } from './evaluation-schedule';

@ApiTags('evaluation cycles')
@Controller('evaluation-schedule')
export class ScheduleController {
  constructor(private readonly schedule: EvaluationSchedule, private readonly audit: AuditTrail) {}

  /** The yearly schedule that opens the evaluation cycles: timing, state, next and recent runs. */
  @Get()
  async describe(@CurrentActor() actor: RequestActor) {
    requireRole(actor, 'scheduler', 'city-officer');
    const schedule = await this.schedule.describe();
    if (!schedule) throw notFound('evaluation schedule');
    return schedule;
  }

  /** Create the schedule or change its timing or pause it; the same settings twice change nothing. */
  @Put()
  @DescribeBody(ScheduleSettings)
  async apply(@CurrentActor() actor: RequestActor, @ValidBody(ScheduleSettings) body: ScheduleSettings) {
    requireRole(actor, 'scheduler');
    const before = await this.schedule.describe();
    const after = await this.schedule.apply(body);
    await this.audit.record({ actor, action: 'evaluation-schedule.applied', subject: { type: 'evaluation-schedule', id: this.schedule.scheduleId }, before, after });
    return after;
  }
}
