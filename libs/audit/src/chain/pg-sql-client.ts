import type { ClientBase, Pool } from 'pg';
import type { SqlClient } from './sql-client';

/** A pg pool or connection as the audit trail's SQL client (for tools that do without Prisma). */
export function pgSqlClient(pg: Pool | ClientBase): SqlClient {
  return {
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await pg.query(query, values)).rows as T,
    $executeRawUnsafe: async (query: string, ...values: unknown[]) => (await pg.query(query, values)).rowCount ?? 0,
  };
}
