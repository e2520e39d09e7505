import { Pool } from 'pg';
import { connectionSettings, poolConfig } from '@makerspace/database';
import { SERVICES, ServiceName } from './system-processes';

/** Where a service's bench database is: the stack's PostgreSQL, database `<service><suffix>` (`intake_bench`). */
function settingsOf(service: string, suffix: string) {
  return connectionSettings(service, { ...process.env, [`${service.toUpperCase()}_DATABASE_URL`]: undefined, DATABASE_NAME_SUFFIX: suffix });
}

/**
 * Drop and create the bench databases, so a run starts from nothing (the services' migrations then
 * make their tables). Dropping, not emptying: some tables refuse deletion by design (audit entries).
 */
export async function freshBenchDatabases(suffix: string): Promise<string[]> {
  const admin = new Pool(poolConfig({ ...settingsOf('intake', suffix), database: 'postgres' }, { max: 1 }));
  const names = SERVICES.map((service) => settingsOf(service, suffix).database);
  try {
    for (const name of names) {
      if (!name.endsWith(suffix) || !suffix) throw new Error(`refusing to drop ${name}: not a bench database`);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await admin.end();
  }
  return names;
}

/** The run's view of the bench databases: what the services recorded. */
export class BenchDatabases {
  private readonly pools = new Map<ServiceName, Pool>();

  constructor(suffix: string) {
    for (const s of SERVICES) this.pools.set(s, new Pool(poolConfig(settingsOf(s, suffix), { max: 4 })));
  }

  query<R extends object = Record<string, unknown>>(service: ServiceName, sql: string, params: unknown[] = []) {
    return this.pools.get(service)!.query<R>(sql, params);
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.end()));
  }
}
