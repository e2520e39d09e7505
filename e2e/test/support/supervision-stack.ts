import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { PrismaClient } from '.prisma/evaluation-client';
import { TOPICS } from '@makerspace/contracts';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { createKafka, EventPublisher } from '@makerspace/events';
import { CalendarDate, todayInShanghai } from '@makerspace/policy';
import { AppModule as EvaluationModule, EVALUATION_SERVICE } from '@makerspace/evaluation/testing';
import { bootService, BootedService, EventTap, httpClient, startAtEnd, sleepUntil, timeSkippingEnvironment, unique, waitFor } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { aDeclaration } from './self-reports';

/**
 * The user id of a space's operator (its organisation's applicant): the organisation's id without
 * its dashes, so it fits the identity provider's ids (Keycloak keeps at most 36 characters).
 */
const operatorId = (organisationId: string) => `op-${organisationId.replace(/-/g, '')}`;

/** The people of supervision, as the evaluation service sees them (signed in with their tokens). */
export const supervisors = {
  scheduler: { id: 'scheduler-1', role: 'scheduler' },
  cityOfficer: { id: 'officer-city', role: 'city-officer' },
  operatorOf: (organisationId: string) => ({ id: operatorId(organisationId), role: 'applicant', scope: organisationId }),
  districtOfficerOf: (divisionCode: string) => ({ id: `officer-${divisionCode}`, role: 'district-officer', scope: divisionCode }),
  expert: (id: string) => ({ id, role: 'expert' }),
};

/** Empty the evaluation service's test database: no space of an earlier run joins a scenario's cycle. */
export async function clearSupervisionRecords(db: PrismaClient): Promise<void> {
  await db.$transaction([
    db.space.deleteMany(),
    db.evaluation.deleteMany(),
    db.evaluationCycle.deleteMany(),
    db.recommendation.deleteMany(),
    db.changeReport.deleteMany(),
    db.supervisionTask.deleteMany(),
    db.processedEvent.deleteMany(),
    // The import ledger goes with the spaces it created: a filing number in it counts as on record.
    db.spaceImport.deleteMany(),
  ]);
}

/**
 * The real system around the time-skipping Temporal server for supervision: the worker (both task
 * queues), the evaluation service with its read models, Kafka and PostgreSQL, a tap on the events.
 * Filed spaces are put under supervision as the evaluation service records them; years pass in
 * seconds through `sleepUntil`.
 */
export class SupervisionStack {
  env!: TestWorkflowEnvironment;
  worker!: RunningWorker;
  evaluation!: BootedService;
  tap!: EventTap;
  readonly db = new PrismaClient({ adapter: prismaAdapter(connectionSettings('evaluation')) });

  /** `environment`: the Temporal server to run on; the time-skipping server unless another is given. */
  async start(suite: string, environment: () => Promise<TestWorkflowEnvironment> = timeSkippingEnvironment): Promise<void> {
    this.env = await environment();
    process.env.TEMPORAL_ADDRESS = this.env.address;
    process.env.SUPERVISION_TASK_QUEUE = unique(`supervision-${suite}`);
    process.env.FILING_TASK_QUEUE = unique(`filing-${suite}`);
    process.env.EVALUATION_GROUP_ID = unique(`evaluation-e2e-${suite}`);
    process.env.EVALUATION_SCHEDULE_ON_START = 'false';
    await this.clearReadModels(process.env.EVALUATION_GROUP_ID);
    this.tap = await EventTap.open({ fromNow: true });
    this.evaluation = await bootService(EvaluationModule, EVALUATION_SERVICE);
    process.env.EVALUATION_URL = this.evaluation.url;
    this.worker = await startWorker({ connection: this.env.nativeConnection, namespace: 'default' });
  }

  async stop(): Promise<void> {
    await this.evaluation?.close();
    await this.worker?.shutdown();
    await this.tap?.close();
    await this.db.$disconnect();
    await this.env?.teardown();
  }

  /**
   * Start every scenario from empty read models, with a consumer that reads only what happens from
   * now on (earlier runs' spaces and cycles stay on the topics, not in the scenario).
   */
  private async clearReadModels(groupId: string) {
    await startAtEnd(createKafka('supervision-e2e'), groupId, Object.values(TOPICS));
    await clearSupervisionRecords(this.db);
  }

  /** Workflow time (the test server's clock), as an instant and as a Shanghai calendar date. */
  async now(): Promise<Date> {
    return new Date(await this.env.currentTimeMs());
  }

  async today(): Promise<CalendarDate> {
    return todayInShanghai(await this.now());
  }

  /** Let simulated time run to `hour`:`minute` (Shanghai) on `date`; every timer due meanwhile fires. */
  sleepUntil(date: CalendarDate, hour = 10, minute = 0): Promise<void> {
    return sleepUntil(this.env, date, hour, minute);
  }

  /** A filed, ACTIVE space under supervision, with its declaration as of `declaredAsOf` on record. */
  async fileSpace(options: { filedOn: CalendarDate; declaredAsOf: CalendarDate; divisionCode?: string }) {
    const id = randomUUID();
    const organisationId = randomUUID();
    const { organisation, figures } = aDeclaration(options.declaredAsOf);
    const space = await this.db.space.create({
      data: {
        id,
        filingNumber: `鞍科众备〔${options.filedOn.slice(0, 4)}〕${id.slice(0, 6)}`,
        organisationId,
        name: `创客空间 ${id.slice(0, 4)}`,
        divisionCode: options.divisionCode ?? '210302',
        filedOn: options.filedOn,
        organisation,
        figures,
        declaredAsOf: options.declaredAsOf,
      },
    });
    this.tap.watch(id);
    return { space, operator: httpClient(this.evaluation.url, supervisors.operatorOf(organisationId)) };
  }

  /**
   * A space filed as the filing workflow files it: its `application.filed` event, with the
   * declared organisation and the figures in force that day, reaches the evaluation service.
   */
  async fileSpaceByEvent(options: { filedOn: CalendarDate; divisionCode?: string }) {
    const spaceId = randomUUID();
    const applicationId = randomUUID();
    const organisationId = randomUUID();
    const { organisation, figures } = aDeclaration(options.filedOn);
    const publisher = new EventPublisher(createKafka('supervision-e2e-filing'));
    await publisher.connect();
    const payload = {
      applicationId,
      organisationId,
      spaceName: `创客空间 ${spaceId.slice(0, 4)}`,
      divisionCode: options.divisionCode ?? '210302',
      applicantUserId: operatorId(organisationId),
      spaceId,
      filingNumber: `鞍科众备〔${options.filedOn.slice(0, 4)}〕${spaceId.slice(0, 6)}`,
      filedOn: options.filedOn,
      figures,
      organisation,
    };
    try {
      await publisher.publish({
        id: `filing-${applicationId}:1:application.filed`,
        type: 'application.filed',
        version: 1,
        occurredAt: new Date().toISOString(),
        subject: applicationId,
        actor: { id: 'secretary-1', role: 'meeting-secretary' },
        payload,
      });
    } finally {
      await publisher.disconnect();
    }
    this.tap.watch(spaceId);
    const space = await this.recorded('the filed space', () => this.db.space.findUnique({ where: { id: spaceId } }));
    return { space, operator: httpClient(this.evaluation.url, supervisors.operatorOf(organisationId)) };
  }

  as(person: { id: string; role: string; scope?: string | null }) {
    return httpClient(this.evaluation.url, person);
  }

  /** Wait until the evaluation service's read model shows what `probe` looks for. */
  recorded<T>(what: string, probe: () => Promise<T | null | undefined | false>): Promise<T> {
    return waitFor(what, probe, 60_000, 100);
  }
}
