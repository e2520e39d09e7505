import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ScheduleAlreadyRunning, ScheduleNotFoundError, ScheduleOverlapPolicy } from '@temporalio/client';
import { checkSettings } from '@makerspace/config';
import { openEvaluationCycleWorkflow } from '@makerspace/contracts';
import { evaluationCycleCron, RULESETS, selectRuleset, todayInShanghai } from '@makerspace/policy';
import { TemporalGateway } from '@makerspace/temporal';

export interface ScheduleSettings {
  cron?: string;
  paused?: boolean;
}

/**
 * The Temporal Schedule that opens each year's evaluation cycle (it starts `openEvaluationCycle`,
 * which opens the cycle whose opening day has come). Its timing is the ruleset's: the opening day
 * of the ruleset in force, at the morning hour (`evaluationCycleCron`). Created when the service
 * starts, or brought back to that timing when it exists (EVALUATION_SCHEDULE_ID names it;
 * EVALUATION_SCHEDULE_ON_START=false leaves it alone); the scheduler may move or pause it through
 * the API.
 */
@Injectable()
export class EvaluationSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(EvaluationSchedule.name);
  private readonly settings = checkSettings('evaluation');
  readonly scheduleId = this.settings.EVALUATION_SCHEDULE_ID;

  constructor(private readonly temporal: TemporalGateway) {}

  onApplicationBootstrap() {
    if (!this.settings.EVALUATION_SCHEDULE_ON_START) return;
    // Temporal may be down while the service starts; the scheduler can apply the schedule later.
    this.apply().catch((e) => this.logger.warn(`the evaluation schedule was not applied: ${String(e)}`));
  }

  /** Create the schedule, or bring an existing one to these settings; the same settings twice change nothing. */
  async apply(settings: ScheduleSettings = {}) {
    const client = await this.temporal.client();
    const cron = settings.cron ?? evaluationCycleCron(selectRuleset(RULESETS, todayInShanghai(new Date())));
    const options = {
      spec: { cronExpressions: [cron], timezone: 'Asia/Shanghai' },
      action: this.temporal.scheduleAction(openEvaluationCycleWorkflow, `${this.scheduleId}-run`),
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '31 days' as const, pauseOnFailure: false },
    };
    try {
      await client.schedule.create({ scheduleId: this.scheduleId, ...options, state: { paused: settings.paused ?? false } });
    } catch (e) {
      if (!(e instanceof ScheduleAlreadyRunning)) throw e;
      await client.schedule
        .getHandle(this.scheduleId)
        .update((previous) => ({ ...options, state: { paused: settings.paused ?? previous.state.paused, note: previous.state.note } }));
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
