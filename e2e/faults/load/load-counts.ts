import { Client as Pg } from 'pg';
import type { Client as Temporal } from '@temporalio/client';
import { deadLetterTopic, filingState, TOPICS } from '@makerspace/contracts';
import { connectionSettings } from '@makerspace/database';
import { createKafka } from '@makerspace/events';
import { FAULT_PORTS } from '../support/fault-servers';
import type { Submitted } from './load-applicants';

/** What an application of the load must have come to, and the notices its applicant must have. */
const EXPECTED = {
  RECOMMEND: { status: 'IN_REVIEW', stage: 'RE_REVIEW', notices: ['application.submitted', 'application.advanced'] },
  REJECT: { status: 'REJECTED', stage: 'PRELIMINARY_REVIEW', notices: ['application.submitted', 'application.rejected'] },
  NONE: { status: 'IN_REVIEW', stage: 'PRELIMINARY_REVIEW', notices: ['application.submitted'] },
} as const;

export const expectedNotices = (s: Submitted) => EXPECTED[s.decision].notices.length;

/** One query on a connection of its own: no idle connection is left to break while PostgreSQL is stopped. */
export async function query<T extends object>(service: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const db = new Pg(connectionSettings(service));
  await db.connect();
  try {
    return (await db.query<T>(sql, values)).rows;
  } finally {
    await db.end();
  }
}

/** The applications not (yet) where they must be: id, what was found. */
export async function applicationsAstray(temporal: Temporal, submitted: Submitted[]): Promise<string[]> {
  const astray: string[] = [];
  for (const s of submitted) {
    const state = await temporal.workflow
      .getHandle(`filing-${s.applicationId}`)
      .query(filingState)
      .catch((e: unknown) => ({ status: String(e), stage: null }));
    const expected = EXPECTED[s.decision];
    if (state.status !== expected.status || state.stage !== expected.stage)
      astray.push(`${s.applicationId}: ${state.status} ${state.stage}, expected ${expected.status} ${expected.stage}`);
  }
  return astray;
}

/** Every message on the domain topics and on their dead-letter topics, read from the start. */
async function allMessages(): Promise<{ topic: string; id: string; type: string }[]> {
  const kafka = createKafka('faults-load-count');
  const admin = kafka.admin();
  await admin.connect();
  const topics = [...Object.values(TOPICS), ...Object.values(TOPICS).map(deadLetterTopic)];
  const remaining = new Map<string, bigint>();
  for (const topic of topics)
    for (const p of await admin.fetchTopicOffsets(topic)) if (BigInt(p.high) > BigInt(p.low)) remaining.set(`${topic}:${p.partition}`, BigInt(p.high));
  const groupId = `faults-load-count-${Date.now()}`;
  const found: { topic: string; id: string; type: string }[] = [];
  if (remaining.size) {
    const consumer = kafka.consumer({ groupId });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            const key = `${topic}:${partition}`;
            const end = remaining.get(key);
            if (end === undefined || BigInt(message.offset) >= end) return;
            const event = JSON.parse(message.value?.toString('utf8') ?? '{}') as { id?: string; type?: string };
            found.push({ topic, id: event.id ?? '', type: event.type ?? '' });
            if (BigInt(message.offset) + 1n >= end) remaining.delete(key);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
  }
  await admin.deleteGroups([groupId]).catch(() => undefined);
  await admin.disconnect();
  return found;
}

/** Self-report requests of the year in the evaluation service's read model. */
export async function evaluationsRecorded(year: number): Promise<number> {
  return (await query<{ n: number }>('evaluation', 'SELECT count(*)::int AS n FROM "Evaluation" WHERE year = $1', [year]))[0].n;
}

export interface LoadCounts {
  procedures: {
    filingsSubmitted: number;
    filingsStarted: number;
    filingsAstray: number;
    spaces: number;
    spaceEvaluationsRunning: number;
    evaluationsRecorded: number;
    cycle: string;
  };
  events: {
    messages: number;
    published: number;
    republishedCopies: number;
    deadLetters: number;
    notificationConsumed: number;
    reviewTaskEvents: number;
    reviewConsumed: number;
  };
  notices: {
    applicants: number;
    expected: number;
    inInbox: number;
    applicantsAstray: number;
    duplicates: number;
    emailsExpected: number;
    emailsSent: number;
    emailsLeftSending: number;
  };
  audit: Record<string, number> & { decisions: number; decisionsAudited: number };
}

/** Count what the load left: procedures, events, notices, audit entries. */
export async function countLoad(temporal: Temporal, submitted: Submitted[], spaces: number, year: number, cycle: string): Promise<LoadCounts> {
  const count = async (q: string) => (await temporal.workflow.count(q)).count;
  const messages = await allMessages();
  const domain = messages.filter((m) => !m.topic.endsWith('.dlq'));
  const published = new Set(domain.map((m) => m.id));
  const taskEvents = new Set(domain.filter((m) => m.topic === TOPICS.filing && m.type.startsWith('task.')).map((m) => m.id));
  const processed = async (service: string) =>
    new Set((await query<{ eventId: string }>(service, 'SELECT "eventId" FROM "ProcessedEvent"')).map((r) => r.eventId));
  const notificationProcessed = await processed('notification');
  const reviewProcessed = await processed('review');

  const recipients = submitted.map((s) => s.applicant.id);
  const inbox = await query<{ recipient: string; eventId: string; eventType: string }>(
    'notification',
    'SELECT recipient, "eventId", "eventType" FROM "InboxItem" WHERE recipient = ANY($1)',
    [recipients],
  );
  const byRecipient = new Map<string, string[]>();
  for (const item of inbox) byRecipient.set(item.recipient, [...(byRecipient.get(item.recipient) ?? []), item.eventType]);
  const astray = submitted.filter((s) => [...(byRecipient.get(s.applicant.id) ?? [])].sort().join() !== [...EXPECTED[s.decision].notices].sort().join());
  const mails = (await (await fetch(`http://127.0.0.1:${FAULT_PORTS.smtpHttp}/messages`)).json()) as { to: string[] }[];
  const addresses = new Set(submitted.map((s) => s.applicant.email));

  const entries = async (service: string, where = 'true') =>
    (await query<{ n: number }>(service, `SELECT count(*)::int AS n FROM "AuditEntry" WHERE ${where}`))[0].n;
  const audit = {
    intake: await entries('intake'),
    review: await entries('review'),
    evaluation: await entries('evaluation'),
    // Every staff decision of the load, and the review service's audit entries of them.
    decisions: submitted.filter((s) => s.decision !== 'NONE').length,
    decisionsAudited: await entries('review', `action = 'application.decided'`),
  };

  return {
    procedures: {
      filingsSubmitted: submitted.length,
      filingsStarted: await count(`WorkflowType = 'filing'`),
      filingsAstray: (await applicationsAstray(temporal, submitted)).length,
      spaces,
      spaceEvaluationsRunning: await count(`WorkflowType = 'spaceEvaluation' AND ExecutionStatus = 'Running'`),
      evaluationsRecorded: await evaluationsRecorded(year),
      cycle,
    },
    events: {
      messages: domain.length,
      published: published.size,
      republishedCopies: domain.length - published.size,
      deadLetters: messages.length - domain.length,
      notificationConsumed: [...published].filter((id) => notificationProcessed.has(id)).length,
      reviewTaskEvents: taskEvents.size,
      reviewConsumed: [...taskEvents].filter((id) => reviewProcessed.has(id)).length,
    },
    notices: {
      applicants: submitted.length,
      expected: submitted.reduce((n, s) => n + expectedNotices(s), 0),
      inInbox: inbox.length,
      applicantsAstray: astray.length,
      duplicates: inbox.length - new Set(inbox.map((i) => `${i.eventId} ${i.recipient}`)).size,
      emailsExpected: submitted.reduce((n, s) => n + expectedNotices(s), 0),
      emailsSent: mails.filter((m) => m.to.some((to) => addresses.has(to))).length,
      emailsLeftSending: (await query<{ n: number }>('notification', `SELECT count(*)::int AS n FROM "EmailOutbox" WHERE status = 'SENDING'`))[0].n,
    },
    audit,
  };
}
