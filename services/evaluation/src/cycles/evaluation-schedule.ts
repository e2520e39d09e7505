import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ScheduleAlreadyRunning, ScheduleNotFoundError, ScheduleOverlapPolicy } from '@temporalio/client';
import { supervisionTaskQueue } from '@makerspace/contracts';
import { TemporalGateway } from '@makerspace/temporal';

/** 09:00 on 1 January in Shanghai: the ruleset's cycles open in January for the year before. */
export const DEFAULT_CYCLE_CRON = '0 9 1 1 *';

export interface ScheduleSettings {
  cron?: string;
  paused?: boolean;
}

/**
 * The Temporal Schedule that opens each year's evaluation cycle (it starts `openEvaluationCycle`,
 * which opens `evaluation-<year before>`). Created when the service starts, or updated to the
 * configured timing when it exists (EVALUATION_CYCLE_CRON, EVALUATION_SCHEDULE_ID;
 * EVALUATION_SCHEDULE_ON_START=false leaves it alone), and by the scheduler through the API.
 */
@Injectable()
export class EvaluationSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(EvaluationSchedule.name);
  readonly scheduleId = process.env.EVALUATION_SCHEDULE_ID ?? 'evaluation-cycle-opening';

  constructor(private readonly temporal: TemporalGateway) {}

  onApplicationBootstrap() {
    if (process.env.EVALUATION_SCHEDULE_ON_START === 'false') return;
    // Temporal may be down while the service starts; the scheduler can apply the schedule later.
    this.apply().catch((e) => this.logger.warn(`the evaluation schedule was not applied: ${String(e)}`));
  }

  /** Create the schedule, or bring an existing one to these settings; the same settings twice change nothing. */
  async apply(settings: ScheduleSettings = {}) {
    const client = await this.temporal.client();
    const cron = settings.cron ?? process.env.EVALUATION_CYCLE_CRON ?? DEFAULT_CYCLE_CRON;
    const options = {
      spec: { cronExpressions: [cron], timezone: 'Asia/Shanghai' },
      action: { type: 'startWorkflow' as const, workflowType: 'openEvaluationCycle', workflowId: `${this.scheduleId}-run`, taskQueue: supervisionTaskQueue(), args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '31 days' as const, pauseOnFailure: false },
    };
    try {
      await client.schedule.create({ scheduleId: this.scheduleId, ...options, state: { paused: settings.paused ?? false } });
    } catch (e) {
      if (!(e instanceof ScheduleAlreadyRunning)) throw e;
      await client.schedule.getHandle(this.scheduleId).update((previous) => ({ ...options, state: { paused: settings.paused ?? previous.state.paused, note: previous.state.note } }));
    }
    return this.describe();
  }

  /** The schedule as the server holds it, or null when there is none. */
  async describe() {
    const client = await this.temporal.client();
    try {
      const d = await client.schedule.getHandle(this.scheduleId).describe();
      return {
        scheduleId: d.scheduleId,
        spec: d.spec,
        workflowType: d.action.type === 'startWorkflow' ? d.action.workflowType : null,
        taskQueue: d.action.type === 'startWorkflow' ? d.action.taskQueue : null,
        paused: d.state.paused,
        nextActionTimes: d.info.nextActionTimes,
        recentActions: d.info.recentActions.map((a) => ({ scheduledAt: a.scheduledAt, takenAt: a.takenAt, workflowId: a.action.workflow.workflowId })),
      };
    } catch (e) {
      if (e instanceof ScheduleNotFoundError) return null;
      throw e;
    }
  }
}
