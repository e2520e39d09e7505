import { Connection, Client } from '@temporalio/client';
import { Pool } from 'pg';
import { EventEnvelope, filingState, filingWorkflowId, TOPICS } from '@makerspace/contracts';
import { AUDITED_SERVICES, pgSqlClient, verifyChain } from '@makerspace/audit';
import { connectionSettings } from '@makerspace/database';
import { createKafka } from '@makerspace/events';
import { noticesFor } from '@makerspace/notification/testing';
import { systemEnv } from './cluster-servers';
import type { TopicContents } from './topic-contents';

/** One line of the count: what was expected, what was found, and what differs (ids, for a failure to name). */
export interface Count {
  what: string;
  expected: number;
  found: number;
  differs: string[];
}

const count = (what: string, expected: number, found: number, differs: string[] = []): Count => ({ what, expected, found, differs });
const missing = (expected: Iterable<string>, found: Set<string>) => [...expected].filter((id) => !found.has(id));

async function query<T>(service: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const pool = new Pool(connectionSettings(service, systemEnv()));
  try {
    return (await pool.query(sql, values)).rows as T[];
  } finally {
    await pool.end();
  }
}

/** Every submitted application has one filing procedure, in the stage its journey drove it to, and intake shows it submitted. */
export async function procedures(applicationIds: string[], expectedStage: string): Promise<Count[]> {
  const connection = await Connection.connect({ address: systemEnv().TEMPORAL_ADDRESS });
  const client = new Client({ connection });
  try {
    const wrong: string[] = [];
    for (const id of applicationIds) {
      const state = await client.workflow
        .getHandle(filingWorkflowId(id))
        .query(filingState)
        .catch((e: unknown) => ({ stage: `no procedure (${String(e)})`, status: '' }));
      if (state.stage !== expectedStage || state.status !== 'IN_REVIEW') wrong.push(`${id}: ${state.status} ${state.stage}`);
    }
    const started = await client.workflow.count(`WorkflowType = 'filing'`);
    const submitted = await query<{ id: string }>('intake', `SELECT id FROM "Application" WHERE status <> 'DRAFT'`);
    return [
      count(`procedures in ${expectedStage}`, applicationIds.length, applicationIds.length - wrong.length, wrong),
      count('filing procedures started (one per submission)', applicationIds.length, started.count),
      count('applications intake shows submitted', applicationIds.length, submitted.length, missing(applicationIds, new Set(submitted.map((r) => r.id)))),
    ];
  } finally {
    await connection.close();
  }
}

/** Every space under supervision asked for its report once: one evaluation and one record each. */
export async function evaluations(year: number, spaces: number): Promise<Count[]> {
  const connection = await Connection.connect({ address: systemEnv().TEMPORAL_ADDRESS });
  try {
    const started = await new Client({ connection }).workflow.count(`WorkflowType = 'spaceEvaluation'`);
    const [{ n, distinct }] = await query<{ n: number; distinct: number }>(
      'evaluation',
      `SELECT count(*)::int AS n, count(DISTINCT "spaceId")::int AS distinct FROM "Evaluation" WHERE year = $1`,
      [year],
    );
    return [
      count('space evaluations started', spaces, started.count),
      count('evaluations on record', spaces, n),
      count('spaces with an evaluation', spaces, distinct),
    ];
  } finally {
    await connection.close();
  }
}

/**
 * Events published = events applied once by every consumer: each consumer's own record of what it
 * applied (processed ids, timeline entries, inbox items) against what the topics hold.
 */
export async function eventsApplied(topics: TopicContents, applicationIds: string[]): Promise<Count[]> {
  const all = [...topics.events.values()];
  const ours = new Set(applicationIds);
  const ids = (rows: { eventId: string }[]) => new Set(rows.map((r) => r.eventId));
  const notified = ids(await query('notification', `SELECT "eventId" FROM "ProcessedEvent"`));
  const tasks = all.filter((e) => e.type.startsWith('task.'));
  const reviewed = ids(await query('review', `SELECT "eventId" FROM "ProcessedEvent"`));
  const timeline = all.filter((e) => ours.has(String((e.payload as { applicationId?: string }).applicationId ?? '')) && !e.type.startsWith('task.'));
  const timelined = ids(await query('intake', `SELECT "eventId" FROM "TimelineEntry"`));
  const expectedNotices = all.flatMap((e: EventEnvelope) => noticesFor(e).map((n) => `${e.id} → ${n.recipient}`));
  const notices = await query<{ eventId: string; recipient: string }>('notification', `SELECT "eventId", recipient FROM "InboxItem"`);
  // Events published after the topics were read (the cycle's evaluations go on starting) are outside the tally: count the notices of the events read.
  const read = new Set(all.map((e) => e.id));
  const noticeKeys = notices.filter((n) => read.has(n.eventId)).map((n) => `${n.eventId} → ${n.recipient}`);
  const republished = [...topics.published].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
  return [
    count('events on the topics (distinct ids)', all.length, all.length),
    count('events published more than once (consumers drop the repeats)', republished.length, republished.length, []),
    count(
      'events applied by notification',
      all.length,
      all.filter((e) => notified.has(e.id)).length,
      missing(
        all.map((e) => e.id),
        notified,
      ),
    ),
    count(
      'task events applied by review',
      tasks.length,
      tasks.filter((e) => reviewed.has(e.id)).length,
      missing(
        tasks.map((e) => e.id),
        reviewed,
      ),
    ),
    count(
      "application events in intake's timelines",
      timeline.length,
      timeline.filter((e) => timelined.has(e.id)).length,
      missing(
        timeline.map((e) => e.id),
        timelined,
      ),
    ),
    count('notices (each event to each of its recipients once)', expectedNotices.length, noticeKeys.length, missing(expectedNotices, new Set(noticeKeys))),
    count('duplicate notices', 0, noticeKeys.length - new Set(noticeKeys).size),
  ];
}

export function deadLetters(topics: TopicContents): Count {
  return count(
    'dead letters',
    0,
    topics.deadLetters.length,
    topics.deadLetters.map((d) => `${d.topic}: ${d.reason}`),
  );
}

export async function auditChains(): Promise<Count[]> {
  const lines: Count[] = [];
  for (const service of AUDITED_SERVICES) {
    const pool = new Pool(connectionSettings(service, systemEnv()));
    try {
      const report = await verifyChain(pgSqlClient(pool));
      lines.push(count(`${service} audit chain breaks`, 0, report.broken ? 1 : 0, report.broken ? [`${report.broken.seq}: ${report.broken.problem}`] : []));
    } finally {
      await pool.end();
    }
  }
  return lines;
}

/** What replicas create at start (the yearly Schedule, the topics) exists exactly once, replicated as production asks. */
export async function createdOnce(): Promise<Count[]> {
  const connection = await Connection.connect({ address: systemEnv().TEMPORAL_ADDRESS });
  const schedules: string[] = [];
  try {
    for await (const s of new Client({ connection }).schedule.list()) schedules.push(s.scheduleId);
  } finally {
    await connection.close();
  }
  const admin = createKafka('cluster-count').admin();
  await admin.connect();
  try {
    const topics = Object.values(TOPICS);
    const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
    const underReplicated = metadata.filter((t) => t.partitions.some((p) => p.replicas.length !== 3)).map((t) => t.name);
    const configs = await admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((name) => ({ type: 2, name, configNames: ['min.insync.replicas'] })),
    });
    const weak = configs.resources
      .filter((r) => r.configEntries.find((c) => c.configName === 'min.insync.replicas')?.configValue !== '2')
      .map((r) => r.resourceName);
    return [
      count('evaluation Schedules', 1, schedules.length, schedules.length === 1 ? [] : schedules),
      count('domain topics with 3 replicas of every partition', topics.length, topics.length - underReplicated.length, underReplicated),
      count('domain topics taking a write only with 2 in sync', topics.length, topics.length - weak.length, weak),
    ];
  } finally {
    await admin.disconnect();
  }
}
