import type { ClientBase } from 'pg';
import { AUDITED_SERVICES, pgSqlClient, verifyChain } from '@makerspace/audit';

/** What a service's database held, to compare a restore with its backup. */
export interface DatabaseContents {
  /** Rows of each table. */
  tables: Record<string, number>;
  /** The audit chain's length and last entry, for the services that keep one. */
  audit?: { entries: number; head: { seq: number; hash: string } | null; broken: string | null };
}

/** Count a database's tables and verify its audit chain, in the caller's transaction (its snapshot). */
export async function databaseContents(service: string, db: ClientBase): Promise<DatabaseContents> {
  const { rows } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const tables: Record<string, number> = {};
  for (const { name } of rows) tables[name] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name.replace(/"/g, '""')}"`)).rows[0].n;
  if (!(AUDITED_SERVICES as readonly string[]).includes(service)) return { tables };
  const chain = await verifyChain(pgSqlClient(db));
  return { tables, audit: { entries: chain.entries, head: chain.head, broken: chain.broken && `entry ${chain.broken.seq}: ${chain.broken.problem}` } };
}
