import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createKafka } from '@makerspace/events';
import { UsageError } from '../args';
import type { Command } from '../command';
import { withDatabase } from '../database';
import { readManifest, readMessages, sha256 } from '../backup/backup-manifest';
import { databaseContents } from '../backup/database-contents';
import { republish } from '../backup/kafka-archive';
import { restoreDatabase } from '../backup/postgres-tools';
import { TemporalDevServer } from '../backup/temporal-dev-server';
import { workflowCount } from '../backup/workflow-count';

/** The database has no table yet (created empty, as the stack creates it). */
const isEmpty = (service: string) =>
  withDatabase(
    service,
    async (pool) => (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n === 0,
  );

/**
 * Restore a backup (`npm run ops -- backup`) on empty servers (docs/operations.md, "Backup and
 * restore"): each service's database, then Temporal's store under a stopped dev server, then the
 * events not yet handled and the dead letters published again; checks that every table, audit
 * chain and workflow count is what the backup held. Start the services and the worker after it:
 * their consumers handle the events again and drop those they had.
 */
export const restore: Command = {
  name: 'restore',
  usage: 'restore <folder>',
  summary: 'restore a backup on empty servers and check every table, audit chain and workflow against it; then start the services and the worker',
  async run(args, io) {
    const dir = args.positional[0];
    if (!dir) throw new UsageError('the folder of a backup (npm run ops -- backup)');
    const manifest = readManifest(dir);
    const temporal = new TemporalDevServer(io.env);
    const services = Object.keys(manifest.databases);
    for (const service of services) if (!(await isEmpty(service))) throw new Error(`the database of ${service} is not empty: a restore goes to empty servers`);
    if (temporal.running() && (await workflowCount(io.env)) > 0) throw new Error('the Temporal dev server holds workflows: a restore goes to empty servers');
    if (sha256(path.join(dir, manifest.temporal.file)) !== manifest.temporal.sha256)
      throw new Error(`${manifest.temporal.file} is not the file the backup wrote (its sha-256 differs)`);

    let problems = 0;
    const check = (what: string, found: unknown, expected: unknown) => {
      const same = isDeepStrictEqual(found, expected);
      if (!same) problems += 1;
      io.out(same ? `${what}: as backed up` : `${what}: DIFFERS: found ${JSON.stringify(found)}, backed up ${JSON.stringify(expected)}`);
    };

    for (const service of services) {
      const { file, ...backedUp } = manifest.databases[service];
      await restoreDatabase(service, path.join(dir, file), io.env);
      const restored = await withDatabase(service, async (pool) => {
        const db = await pool.connect();
        try {
          return await databaseContents(service, db);
        } finally {
          db.release();
        }
      });
      check(
        `${service}: ${Object.keys(restored.tables).length} tables, ${Object.values(restored.tables).reduce((a, b) => a + b, 0)} rows${restored.audit ? `, audit chain of ${restored.audit.entries} entries` : ''}`,
        restored,
        backedUp,
      );
    }

    await temporal.stop();
    fs.mkdirSync(path.dirname(temporal.store), { recursive: true });
    fs.copyFileSync(path.join(dir, manifest.temporal.file), temporal.store);
    await temporal.start();
    const workflows = await workflowCount(io.env);
    check(`temporal: ${workflows} workflows`, workflows, manifest.temporal.workflows);

    const messages = readMessages(dir);
    await republish(createKafka('ops-restore', io.env), messages);
    io.out(`kafka: ${manifest.kafka.unhandled} events not yet handled by every service and ${manifest.kafka.deadLetters} dead letters published again`);
    io.out(
      problems
        ? `restore of the backup of ${manifest.takenAt}: ${problems} part(s) differ`
        : `restored the backup of ${manifest.takenAt}; start the services and the worker`,
    );
    return problems ? 1 : 0;
  },
};
