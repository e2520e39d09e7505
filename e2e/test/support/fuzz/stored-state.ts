import { verifyChain } from '@makerspace/audit';
import type { FuzzStack, ServiceName } from './fuzz-stack';
import { SERVICES } from './fuzz-stack';

/** What a service's database holds, as far as a request could have changed it: rows per table, and the audit chain's end. */
export interface StoredState {
  rows: Record<string, number>;
  auditHead: { seq: number; hash: string } | null;
}

const AUDITED: readonly ServiceName[] = ['intake', 'review', 'evaluation'];

/** Every service's stored state, table by table. */
export async function storedState(stack: FuzzStack): Promise<Record<ServiceName, StoredState>> {
  const states = {} as Record<ServiceName, StoredState>;
  for (const name of SERVICES) {
    const db = stack.db(name as 'intake');
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT relname::text AS "name" FROM pg_stat_user_tables WHERE schemaname = 'public' AND relname <> '_prisma_migrations' ORDER BY relname`,
    );
    const [counts] = await db.$queryRawUnsafe<Record<string, bigint>[]>(
      `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t.name}") AS "${t.name}"`).join(', ')}`,
    );
    const report = AUDITED.includes(name) ? await verifyChain(db) : null;
    if (report?.broken) throw new Error(`the audit chain of ${name} is broken at entry ${report.broken.seq}: ${report.broken.problem}`);
    states[name] = { rows: Object.fromEntries(Object.entries(counts).map(([t, n]) => [t, Number(n)])), auditHead: report?.head ?? null };
  }
  return states;
}
