/**
 * The part of a Prisma client, or of its transaction client, the audit trail uses: parametrised
 * SQL. Every service has a Prisma client of its own generated type; they all have these.
 */
export interface SqlClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/** A service's database: SQL, and interactive transactions for entries written on their own. */
export interface AuditDatabase extends SqlClient {
  $transaction<R>(work: (tx: SqlClient) => Promise<R>): Promise<R>;
}
