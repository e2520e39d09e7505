import { Pool } from 'pg';
import { connectionSettings, poolConfig } from '@makerspace/database';

/**
 * Runs `work` on a one-connection pool of a service's own database (the settings the service
 * uses: <SERVICE>_DATABASE_URL, or DATABASE_HOST, … and DATABASE_NAME_SUFFIX), closing it after.
 */
export async function withDatabase<T>(service: string, work: (pool: Pool, database: string) => Promise<T>): Promise<T> {
  const settings = connectionSettings(service);
  const pool = new Pool(poolConfig(settings, { max: 1 }));
  try {
    return await work(pool, settings.database);
  } finally {
    await pool.end();
  }
}
