import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { connectionSettings } from '@makerspace/database';
import { FAULTS_HOME, MIGRATIONS_MARKER, SERVICES, startServer, stopServer } from './fault-servers';

/**
 * Each service's database dropped and created again without a table. The record of migrations
 * applied goes too, so that migrateDatabases (or the next run's setup) migrates them again.
 */
export async function emptyDatabases(): Promise<void> {
  fs.rmSync(MIGRATIONS_MARKER, { force: true });
  const admin = new Client({ ...connectionSettings(SERVICES[0]), database: 'postgres' });
  await admin.connect();
  try {
    for (const service of SERVICES) {
      const database = connectionSettings(service).database;
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${database}"`);
    }
  } finally {
    await admin.end();
  }
}

/** The suite's servers as a new machine has them: Temporal and Kafka started on no data, every database empty. */
export async function emptyServers(): Promise<void> {
  for (const server of ['temporal', 'kafka'] as const) {
    await stopServer(server);
    fs.rmSync(path.join(FAULTS_HOME, 'data', server), { recursive: true, force: true });
    await startServer(server);
  }
  await emptyDatabases();
}
