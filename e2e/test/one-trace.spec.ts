import { PrismaClient } from '.prisma/notification-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { createKafka } from '@makerspace/events';
import { startTracing, Tracing } from '@makerspace/observability';
import { bootService, BootedService, unique, waitFor } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { AppModule as IntakeModule, INTAKE_SERVICE } from '@makerspace/intake/testing';
import { AppModule as NotificationModule, NOTIFICATION_SERVICE } from '@makerspace/notification/testing';
import { startGroupsAtEnd } from './support/consumer-groups';
import { submitSampleApplication } from './support/sample-submission';
import { ReceivedSpan, startOtlpReceiver } from './support/otlp-receiver';

/**
 * One submission is one trace: the intake request's span is the root; under it the workflow
 * start, the activity the workflow scheduled to publish the event (the workflow hands the start's
 * trace context to its activities, workflows/src/telemetry/workflow-trace-context.ts), the Kafka
 * publish, and the notification service's handling of the event, each the child of the one
 * before, as exported over OTLP/HTTP to a receiver that decodes what arrives.
 */
describe('one trace from the submit request to the notification', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let tracing: Tracing;
  let worker: RunningWorker;
  let intake: BootedService;
  let notification: BootedService;
  const notificationGroup = unique('notification-e2e-trace');
  const intakeGroup = unique('intake-e2e-trace');
  const notificationDb = new PrismaClient({ adapter: prismaAdapter(connectionSettings('notification')) });

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    tracing = startTracing('e2e', { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
    // Task queues of its own: a worker on the shared supervision queue would take (and trace) other runs' work.
    process.env.FILING_TASK_QUEUE = unique('filing-trace');
    process.env.SUPERVISION_TASK_QUEUE = unique('supervision-trace');
    process.env.INTAKE_GROUP_ID = intakeGroup;
    process.env.NOTIFICATION_GROUP_ID = notificationGroup;
    // The new groups start at the topics' ends: catching up on earlier runs' events would trace
    // each of them, crowding the batch queue (spans beyond it are dropped).
    const admin = createKafka('e2e-trace').admin();
    await admin.connect();
    await startGroupsAtEnd(admin, [notificationGroup, intakeGroup]);
    await admin.disconnect();
    worker = await startWorker();
    intake = await bootService(IntakeModule, INTAKE_SERVICE);
    notification = await bootService(NotificationModule, NOTIFICATION_SERVICE);
  });

  afterAll(async () => {
    await intake?.close();
    await notification?.close();
    await worker?.shutdown();
    await tracing?.shutdown();
    await receiver?.close();
    await notificationDb.$disconnect();
  });

  it('links the request, the workflow, its activity, the event and its handling', async () => {
    const applicantId = unique('applicant');
    const submitted = await submitSampleApplication(intake.url, applicantId);
    expect(submitted.status).toBe(201);
    const traceId = submitted.headers.get('traceresponse')?.split('-')[1];
    await waitFor(
      'the inbox notice',
      () => notificationDb.inboxItem.findFirst({ where: { recipient: applicantId, eventType: 'application.submitted' } }),
      60_000,
    );

    const one = (spans: ReceivedSpan[], what: string, match: (s: ReceivedSpan) => boolean) => {
      const found = spans.filter(match);
      if (found.length === 0) return undefined;
      if (found.length > 1) throw new Error(`more than one ${what} span: ${found.map((s) => s.name).join(', ')}`);
      return found[0];
    };
    const request = await waitFor(
      'the submit request span',
      async () => {
        await tracing.spanProcessor.forceFlush();
        return one(
          receiver.spans,
          'submit request',
          (s) => s.scope === 'intake' && s.name === 'POST /applications/:id/submit' && s.attributes['http.response.status_code'] === 201,
        );
      },
      30_000,
    );
    const inTrace = () => receiver.spans.filter((s) => s.traceId === request.traceId);
    const parentOf = (s: ReceivedSpan) => (s.parentSpanId ? inTrace().find((p) => p.spanId === s.parentSpanId) : undefined);
    const ancestry = (from: ReceivedSpan) => {
      const chain: ReceivedSpan[] = [];
      for (let s: ReceivedSpan | undefined = from; s; s = parentOf(s)) chain.unshift(s);
      return chain;
    };
    // Spans arrive as they end, each process's in its own batch: wait for the whole chain.
    const chain = await waitFor(
      'the notification handling, traced up to the request',
      async () => {
        await tracing.spanProcessor.forceFlush();
        const handled = inTrace().find(
          (s) => s.scope === notificationGroup && s.name === 'process filing.events' && s.attributes['event.type'] === 'application.submitted',
        );
        const chain = handled ? ancestry(handled) : [];
        return chain[0]?.spanId === request.spanId ? chain : undefined;
      },
      30_000,
    ).catch((e: unknown) => {
      throw new Error(`${String(e)}; the trace holds ${JSON.stringify(inTrace().map((s) => [s.scope, s.name, s.spanId, s.parentSpanId ?? null]))}`);
    });

    expect(chain.map((s) => s.name)).toEqual([
      'POST /applications/:id/submit',
      'StartWorkflow:filing',
      'RunActivity:publishEvents',
      'publish',
      'process filing.events',
    ]);
    const [, start, , published, handled] = chain;
    expect(request.parentSpanId).toBeUndefined();
    expect(request.traceId).toBe(traceId);
    expect(start.attributes).toMatchObject({ temporalWorkflowId: submitted.body.workflowId });
    expect(published.attributes['event.types']).toEqual(expect.arrayContaining(['application.submitted']));
    expect(handled.attributes).toMatchObject({
      'messaging.system': 'kafka',
      'messaging.destination.name': 'filing.events',
      'messaging.consumer.group.name': notificationGroup,
    });
  });
});
