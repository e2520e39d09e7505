import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { checkSettings } from '@makerspace/config';
import { TOPICS } from '@makerspace/contracts';
import { createKafka } from '@makerspace/events';
import { AppModule as EvaluationModule, EVALUATION_SERVICE } from '@makerspace/evaluation/testing';
import { AppModule as IntakeModule, INTAKE_SERVICE } from '@makerspace/intake/testing';
import { AppModule as NotificationModule, NOTIFICATION_SERVICE } from '@makerspace/notification/testing';
import { AppModule as ReviewModule, REVIEW_SERVICE } from '@makerspace/review/testing';
import { bootService, BootedService, KeycloakAdmin, signInThroughKeycloak, startAtEnd, timeSkippingEnvironment, unique } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { createConsoleServer } from '../../server/console-server';
import { proxyTargets } from '../../server/proxy-routes';
import { signInConfig } from '../../server/sign-in-config';

/** The console's build, made by the project's build target before its tests. */
export const CONSOLE_BUILD = join(__dirname, '..', '..', 'dist', 'app');

/**
 * The whole filing system in this process around Temporal's time-skipping server (so the public
 * notice's days pass in seconds): the worker, the intake, review, evaluation and notification services on
 * the real PostgreSQL and Kafka, and the console's own server over its build with its proxy
 * pointed at them, signing people in at the local stack's Keycloak (which is told to send them
 * back to this console's address). The services' consumers read only what happens from now on.
 */
export class ConsoleStack {
  env!: TestWorkflowEnvironment;
  worker!: RunningWorker;
  intake!: BootedService;
  review!: BootedService;
  notification!: BootedService;
  evaluation!: BootedService;
  private server!: Server;
  /** A copy of the build, so a rebuild meanwhile (another build in the same tree) changes nothing here. */
  private readonly root = mkdtempSync(join(tmpdir(), 'console-build-'));
  private readonly keycloak = new KeycloakAdmin();
  url!: string;

  async start(suite: string): Promise<void> {
    if (!existsSync(join(CONSOLE_BUILD, 'index.html'))) throw new Error(`no console build in ${CONSOLE_BUILD}: run npx nx run console:build first`);
    cpSync(CONSOLE_BUILD, this.root, { recursive: true });
    // People sign in through Keycloak's own login page: the services booted below, the worker and
    // the suite's own requests take its tokens.
    signInThroughKeycloak();
    this.env = await timeSkippingEnvironment();
    process.env.TEMPORAL_ADDRESS = this.env.address;
    process.env.FILING_TASK_QUEUE = unique(`filing-${suite}`);
    process.env.INTAKE_GROUP_ID = unique(`intake-${suite}`);
    process.env.REVIEW_GROUP_ID = unique(`review-${suite}`);
    process.env.NOTIFICATION_GROUP_ID = unique(`notification-${suite}`);
    process.env.EVALUATION_GROUP_ID = unique(`evaluation-${suite}`);
    process.env.SUPERVISION_TASK_QUEUE = unique(`supervision-${suite}`);
    process.env.EVALUATION_SCHEDULE_ON_START = 'false';
    const kafka = createKafka(`${suite}-setup`);
    const groups = [process.env.INTAKE_GROUP_ID, process.env.REVIEW_GROUP_ID, process.env.NOTIFICATION_GROUP_ID, process.env.EVALUATION_GROUP_ID];
    for (const group of groups) await startAtEnd(kafka, group, Object.values(TOPICS));
    [this.intake, this.review, this.notification, this.evaluation] = await Promise.all([
      bootService(IntakeModule, INTAKE_SERVICE),
      bootService(ReviewModule, REVIEW_SERVICE),
      bootService(NotificationModule, NOTIFICATION_SERVICE),
      bootService(EvaluationModule, EVALUATION_SERVICE),
    ]);
    // The worker reads the spaces under supervision from the evaluation service.
    process.env.EVALUATION_URL = this.evaluation.url;
    this.worker = await startWorker({ connection: this.env.nativeConnection, namespace: 'default' });
    const settings = checkSettings('console');
    const targets = {
      ...proxyTargets(settings),
      intake: this.intake.url,
      review: this.review.url,
      evaluation: this.evaluation.url,
      notification: this.notification.url,
    };
    this.server = createConsoleServer(this.root, targets, signInConfig(settings));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    await this.keycloak.allowConsoleAt(this.url);
  }

  async stop(): Promise<void> {
    if (this.url) await this.keycloak.forgetConsoleAt(this.url);
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
    await Promise.all([this.intake?.close(), this.review?.close(), this.notification?.close(), this.evaluation?.close()]);
    await this.worker?.shutdown();
    await this.env?.teardown();
    rmSync(this.root, { recursive: true, force: true });
  }
}
