import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { PrismaClient } from '.prisma/notification-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { type CalendarDate, todayInShanghai } from '@makerspace/policy';
import { AppModule as IntakeModule, Clock, INTAKE_SERVICE, ManualClock } from '@makerspace/intake/testing';
import { AppModule as NotificationModule, NOTIFICATION_SERVICE } from '@makerspace/notification/testing';
import { BootedService, bootService, EventTap, FilingDriver, httpClient, sampleFiling, sleepUntil, timeSkippingEnvironment, unique } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';

/**
 * The real system around the time-skipping Temporal server: the worker, the intake and
 * notification services, Kafka and PostgreSQL, plus a tap on the events.
 */
export class FilingStack {
  env!: TestWorkflowEnvironment;
  worker!: RunningWorker;
  intake!: BootedService;
  notification!: BootedService;
  tap!: EventTap;
  readonly clock = new ManualClock();
  readonly inboxDb = new PrismaClient({ adapter: prismaAdapter(connectionSettings('notification')) });

  /** `environment`: the Temporal server to run on; the time-skipping server unless another is given. */
  async start(suite: string, environment: () => Promise<TestWorkflowEnvironment> = timeSkippingEnvironment): Promise<void> {
    this.env = await environment();
    process.env.TEMPORAL_ADDRESS = this.env.address;
    process.env.FILING_TASK_QUEUE = unique(`filing-${suite}`);
    process.env.INTAKE_GROUP_ID = `intake-e2e-${suite}`;
    process.env.NOTIFICATION_GROUP_ID = `notification-e2e-${suite}`;
    this.tap = await EventTap.open();
    this.worker = await this.startWorker();
    this.intake = await bootService(IntakeModule, INTAKE_SERVICE, (b) => b.overrideProvider(Clock).useValue(this.clock));
    this.notification = await bootService(NotificationModule, NOTIFICATION_SERVICE);
  }

  startWorker(): Promise<RunningWorker> {
    return startWorker({ connection: this.env.nativeConnection, namespace: 'default' });
  }

  async stop(): Promise<void> {
    await this.intake?.close();
    await this.notification?.close();
    await this.worker?.shutdown();
    await this.tap?.close();
    await this.inboxDb.$disconnect();
    await this.env?.teardown();
  }

  /** Register an organisation and submit a qualifying application through the intake API. */
  async submitApplication(divisionCode = '210302') {
    const applicant = { id: unique('applicant'), role: 'applicant' as const, scope: null };
    const http = httpClient(this.intake.url, applicant);
    const sample = sampleFiling(todayInShanghai(this.clock.now()), divisionCode);
    const org = await http.post<{ id: string }>('/organisations', sample.organisation);
    if (org.status !== 201) throw new Error(`organisation: ${JSON.stringify(org.body)}`);
    const draft = await http.post<{ id: string }>('/applications', { ...sample.application, organisationId: org.body.id });
    if (draft.status !== 201) throw new Error(`draft: ${JSON.stringify(draft.body)}`);
    this.tap.watch(draft.body.id);
    const submitted = await http.post(`/applications/${draft.body.id}/submit`);
    if (submitted.status !== 201) throw new Error(`submit: ${JSON.stringify(submitted.body)}`);
    return {
      applicationId: draft.body.id,
      organisationId: org.body.id,
      applicant,
      http,
      figures: sample.application.figures as unknown as Record<string, unknown>,
      driver: new FilingDriver(this.env.client, draft.body.id, applicant),
    };
  }

  /** Let workflow time run to `hour` o'clock (Shanghai) on `date`, on the time-skipping server. */
  sleepUntil(date: CalendarDate, hour = 10): Promise<void> {
    return sleepUntil(this.env, date, hour);
  }

  /** An objection from the public, through intake's public endpoint, as anyone lodges one (Art. 6(4)). */
  object(applicationId: string, text: string) {
    return httpClient(this.intake.url).post<{ lodgedOn?: string; code?: string; errors?: { message_en: string; message_zh: string; article?: string }[] }>(
      `/public-notices/${applicationId}/objections`,
      { text },
    );
  }

  inbox(recipient: string) {
    return this.inboxDb.inboxItem.findMany({ where: { recipient }, orderBy: { createdAt: 'asc' } });
  }
}
