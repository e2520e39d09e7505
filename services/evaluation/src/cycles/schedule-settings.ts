import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@makerspace/audit';
import { notFound, RequestActor, requireRole } from '@makerspace/http';
import type { ScheduleSettings } from './cycle.dto';
import { EvaluationSchedule } from './evaluation-schedule';

/** The yearly schedule that opens the evaluation cycles, as the scheduler and the city see and set it. */
@Injectable()
export class ScheduleSettingsService {
  constructor(
    private readonly schedule: EvaluationSchedule,
    private readonly audit: AuditTrail,
  ) {}

  async describe(actor: RequestActor) {
    requireRole(actor, 'scheduler', 'city-officer');
    const schedule = await this.schedule.describe();
    if (!schedule) throw notFound('evaluation schedule');
    return schedule;
  }

  /**
   * Create the schedule or change its timing or pause it, and record it. Not a decision on a
   * procedure: the settings are applied whole and the same settings twice change nothing, so a
   * setting whose entry was lost (the process died in between) is recorded when it is applied again.
   */
  async apply(actor: RequestActor, settings: ScheduleSettings) {
    requireRole(actor, 'scheduler');
    const before = await this.schedule.describe();
    const after = await this.schedule.apply(settings);
    await this.audit.record({
      actor,
      action: 'evaluation-schedule.applied',
      subject: { type: 'evaluation-schedule', id: this.schedule.scheduleId },
      before,
      after,
    });
    return after;
  }
}
