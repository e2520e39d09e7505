import { createHash, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication, Type } from '@nestjs/common';
import { createKafka } from '@makerspace/events';
import { FileStore } from '@makerspace/files';
import type { ServiceDescription } from '@makerspace/http';
import { todayInShanghai } from '@makerspace/policy';
import { AppModule as EvaluationModule, EVALUATION_SERVICE, PrismaService as EvaluationDb, SupervisionConsumer } from '@makerspace/evaluation/testing';
import { AppModule as IntakeModule, INTAKE_SERVICE, PrismaService as IntakeDb, TimelineConsumer } from '@makerspace/intake/testing';
import {
  AppModule as NotificationModule,
  EmailRelay,
  NOTIFICATION_SERVICE,
  NotificationConsumer,
  PrismaService as NotificationDb,
} from '@makerspace/notification/testing';
import { AppModule as ReviewModule, PrismaService as ReviewDb, REVIEW_SERVICE, TaskConsumer } from '@makerspace/review/testing';
import { bootService, BootedService, sampleFiling } from '@makerspace/testing';

export const SERVICES = ['intake', 'review', 'evaluation', 'notification'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The applicant who owns the seeded organisation and applications. */
export const SEED_OWNER = 'fuzz-applicant';

/**
 * Records the fuzzed requests may name, so refusals are exercised past "not found" too. Only a
 * request with a defect in its body may name a record it could change (`bodyOnly`); the others
 * are closed (a withdrawn application, a decided task, a revoked space), so that even a
 * well-formed request without a body changes nothing.
 */
export interface Seeds {
  organisationId: string;
  draftApplicationId: string;
  withdrawnApplicationId: string;
  evidenceId: string;
  decidedTaskId: string;
  activeSpaceId: string;
  revokedSpaceId: string;
}

const boots: Record<ServiceName, { module: Type<unknown>; description: ServiceDescription; quiet: Type<unknown>[] }> = {
  intake: { module: IntakeModule, description: INTAKE_SERVICE, quiet: [TimelineConsumer] },
  review: { module: ReviewModule, description: REVIEW_SERVICE, quiet: [TaskConsumer] },
  evaluation: { module: EvaluationModule, description: EVALUATION_SERVICE, quiet: [SupervisionConsumer] },
  notification: { module: NotificationModule, description: NOTIFICATION_SERVICE, quiet: [NotificationConsumer, EmailRelay] },
};

/**
 * The four services booted on the real PostgreSQL and Temporal, for their HTTP edge alone: the
 * event consumers and the e-mail relay are replaced by idle stand-ins, so nothing but the fuzzed
 * requests can change the databases while they run.
 */
export class FuzzStack {
  readonly services = {} as Record<ServiceName, BootedService>;
  seeds!: Seeds;

  async start(): Promise<void> {
    process.env.EVALUATION_SCHEDULE_ON_START = 'false';
    for (const name of SERVICES) {
      const { module, description, quiet } = boots[name];
      this.services[name] = await bootService(module, description, (builder) =>
        quiet.reduce((b, provider) => b.overrideProvider(provider).useValue({ kafka: createKafka(`fuzz-${name}`) }), builder),
      );
    }
    this.seeds = await this.seed();
  }

  async stop(): Promise<void> {
    if (this.seeds) await this.unseed(this.seeds);
    for (const name of SERVICES) await this.services[name]?.close();
  }

  /** The routes a service registers, as `METHOD /path`. */
  routes(name: ServiceName): string[] {
    const router = this.services[name].app.getHttpAdapter().getInstance().router as { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    return router.stack.flatMap(({ route }) => (route ? Object.keys(route.methods).map((m) => `${m.toUpperCase()} ${route.path}`) : []));
  }

  db(name: 'intake'): IntakeDb;
  db(name: 'review'): ReviewDb;
  db(name: 'evaluation'): EvaluationDb;
  db(name: 'notification'): NotificationDb;
  db(name: ServiceName): IntakeDb | ReviewDb | EvaluationDb | NotificationDb {
    const app: INestApplication = this.services[name].app;
    return app.get({ intake: IntakeDb, review: ReviewDb, evaluation: EvaluationDb, notification: NotificationDb }[name]);
  }

  private async seed(): Promise<Seeds> {
    const sample = sampleFiling(todayInShanghai(new Date()));
    const intake = this.db('intake');
    const org = await intake.organisation.create({
      data: { ...sample.organisation, uscc: `FUZZ-${randomUUID()}`, ownerUserId: SEED_OWNER, divisionCode: '210302' },
    });
    const application = { ...sample.application, organisationId: org.id };
    const draft = await intake.application.create({ data: application });
    const withdrawn = await intake.application.create({ data: { ...application, status: 'WITHDRAWN' } });
    const bytes = Buffer.from('%PDF-1.4\n%%EOF\n');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = path.join(os.tmpdir(), `fuzz-evidence-${sha256}`);
    await writeFile(file, bytes);
    const storageKey = await this.services.intake.app.get(FileStore).keep({ path: file, sha256, sizeBytes: bytes.length, contentType: 'application/pdf' });
    const evidence = await intake.evidence.create({
      data: {
        applicationId: withdrawn.id,
        kind: 'lease-or-title',
        fileName: 'lease.pdf',
        contentType: 'application/pdf',
        sizeBytes: bytes.length,
        sha256,
        storageKey,
      },
    });
    const task = await this.db('review').task.create({
      data: {
        id: randomUUID(),
        applicationId: withdrawn.id,
        stage: 'PRELIMINARY_REVIEW',
        kind: 'preliminary-review',
        assigneeRole: 'district-officer',
        scope: '210302',
        titleZh: '初审',
        titleEn: 'Preliminary review',
        dueOn: '2026-12-12',
        status: 'DONE',
        outcome: 'RETURN',
      },
    });
    const space = (status: string) => ({
      id: randomUUID(),
      filingNumber: `FUZZ-${randomUUID()}`,
      organisationId: org.id,
      name: '鞍山创客空间',
      divisionCode: '210302',
      filedOn: '2024-03-01',
      status,
    });
    const active = await this.db('evaluation').space.create({ data: space('ACTIVE') });
    const revoked = await this.db('evaluation').space.create({ data: space('REVOKED') });
    return {
      organisationId: org.id,
      draftApplicationId: draft.id,
      withdrawnApplicationId: withdrawn.id,
      evidenceId: evidence.id,
      decidedTaskId: task.id,
      activeSpaceId: active.id,
      revokedSpaceId: revoked.id,
    };
  }

  private async unseed(s: Seeds): Promise<void> {
    await this.db('evaluation').space.deleteMany({ where: { id: { in: [s.activeSpaceId, s.revokedSpaceId] } } });
    await this.db('review').task.deleteMany({ where: { id: s.decidedTaskId } });
    const intake = this.db('intake');
    await intake.evidence.deleteMany({ where: { id: s.evidenceId } });
    await intake.application.deleteMany({ where: { id: { in: [s.draftApplicationId, s.withdrawnApplicationId] } } });
    await intake.organisation.deleteMany({ where: { id: s.organisationId } });
  }
}
