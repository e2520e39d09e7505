import fs from 'node:fs';
import path from 'node:path';
import { createKafka } from '@makerspace/events';
import { UsageError } from '../args';
import type { Command } from '../command';
import { withDatabase } from '../database';
import { BackupManifest, KAFKA_MESSAGES, sha256, TEMPORAL_STORE, writeManifest, writeMessages } from '../backup/backup-manifest';
import { databaseContents, type DatabaseContents } from '../backup/database-contents';
import { CONSUMING_SERVICES, deadLettersFrom, readFrom, unhandledFrom } from '../backup/kafka-archive';
import { dumpDatabase } from '../backup/postgres-tools';
import { TemporalDevServer } from '../backup/temporal-dev-server';
import { workflowCount } from '../backup/workflow-count';

/** Dump a service's database and count what it holds, both from one snapshot. */
async function dumpOne(service: string, file: string, env: NodeJS.ProcessEnv): Promise<DatabaseContents> {
  return withDatabase(service, async (pool) => {
    const db = await pool.connect();
    try {
      await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows } = await db.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
      await dumpDatabase(service, file, rows[0].snapshot, env);
      const contents = await databaseContents(service, db);
      await db.query('COMMIT');
      return contents;
    } finally {
      db.release();
    }
  });
}

/**
 * A consistent backup of the local stack (docs/operations.md, "Backup and restore"): the
 * procedures are paused by stopping the Temporal dev server, so that no workflow records a step
 * while the services' databases are dumped; the events a service has not handled yet and the dead
 * letters are kept from Kafka; Temporal's store is copied; the dev server starts again.
 */
export const backup: Command = {
  name: 'backup',
  usage: 'backup <folder>',
  summary: "back up the local stack consistently: each service's database (pg_dump), Temporal's store, unhandled events and dead letters",
  async run(args, io) {
    const dir = args.positional[0];
    if (!dir) throw new UsageError('the folder to write the backup to (new or empty)');
    if (fs.existsSync(dir) && fs.readdirSync(dir).length) throw new UsageError(`${dir} is not empty`);
    const temporal = new TemporalDevServer(io.env);
    if (!temporal.running())
      throw new Error(`no Temporal dev server of this stack runs (STACK_HOME): a Temporal cluster is backed up with its database (docs/operations.md)`);
    fs.mkdirSync(dir, { recursive: true });
    const kafka = createKafka('ops-backup', io.env);
    const databases: BackupManifest['databases'] = {};
    const pausedAt = Date.now();
    await temporal.stop();
    const stoppedAt = new Date();
    let messages;
    try {
      // Where the consumers stood before the dumps: what they handle meanwhile is in both.
      const unhandled = await unhandledFrom(kafka, io.env);
      for (const service of CONSUMING_SERVICES) {
        const file = `${service}.dump`;
        databases[service] = { file, ...(await dumpOne(service, path.join(dir, file), io.env)) };
      }
      messages = { unhandled: await readFrom(kafka, unhandled), deadLetters: await readFrom(kafka, await deadLettersFrom(kafka)) };
      fs.copyFileSync(temporal.store, path.join(dir, TEMPORAL_STORE));
    } finally {
      await temporal.start();
    }
    const pausedMs = Date.now() - pausedAt;
    writeMessages(dir, [...messages.unhandled, ...messages.deadLetters]);
    const manifest: BackupManifest = {
      takenAt: stoppedAt.toISOString(),
      pausedMs,
      databases,
      temporal: { file: TEMPORAL_STORE, sha256: sha256(path.join(dir, TEMPORAL_STORE)), workflows: await workflowCount(io.env, stoppedAt) },
      kafka: { file: KAFKA_MESSAGES, unhandled: messages.unhandled.length, deadLetters: messages.deadLetters.length },
    };
    writeManifest(dir, manifest);
    for (const [service, db] of Object.entries(databases)) {
      const rows = Object.values(db.tables).reduce((a, b) => a + b, 0);
      io.out(
        `${service}: ${Object.keys(db.tables).length} tables, ${rows} rows${db.audit ? `, audit chain of ${db.audit.entries} entries ${db.audit.broken ? `BROKEN at ${db.audit.broken}` : 'holds'}` : ''}`,
      );
    }
    io.out(
      `temporal: ${manifest.temporal.workflows} workflows; kafka: ${manifest.kafka.unhandled} events not yet handled by every service, ${manifest.kafka.deadLetters} dead letters`,
    );
    io.out(`backup of ${manifest.takenAt} written to ${dir}; the procedures were paused ${(pausedMs / 1000).toFixed(1)} s`);
    return 0;
  },
};
