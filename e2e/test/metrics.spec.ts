import { randomInt, randomUUID } from 'node:crypto';
import { PrismaClient as ReviewDb } from '.prisma/review-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { createKafka } from '@makerspace/events';
import { AppModule as IntakeModule, INTAKE_SERVICE } from '@makerspace/intake/testing';
import { AppModule as ReviewModule, REVIEW_SERVICE } from '@makerspace/review/testing';
import { bootService, BootedService, freePort, httpClient, SystemProcess, unique, waitFor } from '@makerspace/testing';
import { startGroupsAtEnd } from './support/consumer-groups';
import { submitSampleApplication } from './support/sample-submission';
import { Sample, scrapeMetrics } from './support/metrics-text';

const sampleOf = (samples: Sample[], name: string, labels: Record<string, string>) =>
  samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

/**
 * What Prometheus scrapes: a service's /metrics (requests by route and status, consumer lag,
 * overdue tasks by stage and district) and the worker's (its process, and the Temporal runtime's
 * workflow and activity task latencies), the worker running as its own process.
 */
describe('metrics of a service and of the worker', () => {
  const reviewDb = new ReviewDb({ adapter: prismaAdapter(connectionSettings('review')) });
  const reviewGroup = unique('review-e2e-metrics');
  const district = `9${String(randomInt(100_000)).padStart(5, '0')}`;
  const applicationId = randomUUID();
  const taskId = randomUUID();
  let review: BootedService;
  let intake: BootedService;
  let worker: SystemProcess;
  let workerMetrics: string;

  beforeAll(async () => {
    const filingQueue = unique('filing-metrics');
    const intakeGroup = unique('intake-e2e-metrics');
    process.env.REVIEW_GROUP_ID = reviewGroup;
    process.env.INTAKE_GROUP_ID = intakeGroup;
    const admin = createKafka('e2e-metrics').admin();
    await admin.connect();
    await startGroupsAtEnd(admin, [reviewGroup, intakeGroup]);
    await admin.disconnect();
    process.env.FILING_TASK_QUEUE = filingQueue;
    const metricsPort = await freePort();
    workerMetrics = `http://127.0.0.1:${metricsPort}`;
    worker = SystemProcess.spawn({
      name: 'worker',
      entry: 'workflows/src/main.ts',
      env: { FILING_TASK_QUEUE: filingQueue, SUPERVISION_TASK_QUEUE: unique('supervision-metrics'), WORKER_METRICS_PORT: String(metricsPort) },
    });
    review = await bootService(ReviewModule, REVIEW_SERVICE);
    intake = await bootService(IntakeModule, INTAKE_SERVICE);
    await reviewDb.application.create({ data: { id: applicationId, divisionCode: district } });
    await reviewDb.task.create({
      data: {
        id: taskId,
        applicationId,
        stage: 'PRELIMINARY_REVIEW',
        kind: 'preliminary-review',
        assigneeRole: 'district-officer',
        scope: district,
        titleZh: '初审并书面推荐',
        titleEn: 'Preliminary review and written recommendation',
        dueOn: '2026-01-05',
        overdue: true,
      },
    });
  });

  afterAll(async () => {
    await review?.close();
    await intake?.close();
    worker?.child.kill('SIGTERM');
    await worker?.exited;
    await reviewDb.task.deleteMany({ where: { id: taskId } });
    await reviewDb.application.deleteMany({ where: { id: applicationId } });
    await reviewDb.$disconnect();
  });

  it("the review service's /metrics counts requests by route and status, its consumer lag and the overdue tasks by stage and district", async () => {
    const officer = httpClient(review.url, { id: unique('officer'), role: 'district-officer', scope: district });
    expect((await officer.get('/tasks')).status).toBe(200);
    expect((await officer.get('/no-such-route')).status).toBe(404);

    const samples = await waitFor(
      'the consumer lag of the review group',
      async () => {
        const s = await scrapeMetrics(review.url);
        return sampleOf(s, 'kafka_consumer_lag_messages', { group: reviewGroup }) ? s : undefined;
      },
      30_000,
    );
    expect(
      sampleOf(samples, 'http_server_request_duration_seconds_count', { service: 'review', method: 'GET', route: '/tasks', status: '200' })?.value,
    ).toBeGreaterThanOrEqual(1);
    expect(sampleOf(samples, 'http_server_request_duration_seconds_bucket', { service: 'review', route: '/tasks', le: '+Inf' })).toBeDefined();
    expect(sampleOf(samples, 'http_server_request_duration_seconds_count', { service: 'review', route: 'unmatched', status: '404' })).toBeDefined();
    expect(sampleOf(samples, 'review_overdue_tasks', { stage: 'PRELIMINARY_REVIEW', district })?.value).toBe(1);
    expect(sampleOf(samples, 'kafka_consumer_lag_messages', { group: reviewGroup, topic: 'filing.events' })).toBeDefined();
  });

  it("the worker's /metrics has the workflow and activity task latencies of the work it did", async () => {
    expect((await submitSampleApplication(intake.url, unique('applicant'))).status).toBe(201);

    const queue = process.env.FILING_TASK_QUEUE!;
    const samples = await waitFor(
      'the worker to report its workflow and activity tasks',
      async () => {
        const s = await scrapeMetrics(workerMetrics).catch(() => []);
        const done =
          sampleOf(s, 'temporal_workflow_task_execution_latency_count', { task_queue: queue }) &&
          sampleOf(s, 'temporal_activity_execution_latency_count', { task_queue: queue, activity_type: 'publishEvents' });
        return done ? s : undefined;
      },
      120_000,
      500,
    ).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${worker.output().slice(-3000)}`);
    });
    expect(sampleOf(samples, 'temporal_workflow_task_execution_latency_count', { task_queue: queue, workflow_type: 'filing' })?.value).toBeGreaterThanOrEqual(
      1,
    );
    expect(sampleOf(samples, 'temporal_workflow_task_schedule_to_start_latency_count', { task_queue: queue })).toBeDefined();
    expect(samples.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
  });
});
