import { Pool, PoolClient } from 'pg';
import { connectionSettings, poolConfig } from '@makerspace/database';
import { AuditEntry, AuditRecord, appendAuditEntry, entryHash, verifyChain } from '../src';
import { AUDITED_SERVICES } from '../src/command/audited-services';
import { pgSqlClient } from '../src/chain/pg-sql-client';

/**
 * Each service's audit chain in its real test database: appends from many transactions at once
 * still make one chain; the database refuses to change or remove an entry; and an entry changed
 * or removed behind the triggers' back (a superuser disabling them) is found and named. Tampering
 * happens inside a transaction that is rolled back, so the test databases' chains stay whole.
 */
describe.each(AUDITED_SERVICES)('the audit chain of %s', (service) => {
  const pool = new Pool(poolConfig(connectionSettings(service), { max: 12 }));
  afterAll(() => pool.end());

  const aDecision = (n: number): AuditRecord => ({
    actor: { id: 'officer-city', role: 'city-officer' },
    action: 'application.disqualified',
    subject: { type: 'application', id: `audit-spec-${n}` },
    reason: '伪造租赁合同 / forged lease',
    before: { status: 'SUBMITTED', figures: { areaM2: 500 } },
    after: { status: 'DISQUALIFIED', at: new Date() },
  });

  async function inTransaction<T>(work: (client: PoolClient) => Promise<T>, end: 'COMMIT' | 'ROLLBACK' = 'COMMIT'): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query(end);
      return result;
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
  }

  const append = (n: number) => inTransaction((c) => appendAuditEntry(pgSqlClient(c), aDecision(n)));

  /** Runs `sql` on the audit table with its triggers off, then checks the chain, all in a transaction rolled back after. */
  const verifiedAfterTampering = (sql: string, ...values: unknown[]) =>
    inTransaction(async (c) => {
      await c.query('ALTER TABLE "AuditEntry" DISABLE TRIGGER USER');
      await c.query(sql, values);
      await c.query('ALTER TABLE "AuditEntry" ENABLE TRIGGER USER');
      return verifyChain(pgSqlClient(c));
    }, 'ROLLBACK');

  it('makes one unbroken chain of appends from twenty transactions at once', async () => {
    const entries = await Promise.all(Array.from({ length: 20 }, (_, n) => append(n)));
    const seqs = entries.map((e) => e.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
    const bySeq = new Map(entries.map((e) => [e.seq, e]));
    for (const e of entries) if (bySeq.has(e.seq - 1)) expect(e.prevHash).toBe(bySeq.get(e.seq - 1)!.hash);
    expect((await verifyChain(pgSqlClient(pool))).broken).toBeNull();
  });

  it.each([
    ['an UPDATE', `UPDATE "AuditEntry" SET "reason" = 'nothing happened' WHERE "id" = $1`],
    ['a DELETE', `DELETE FROM "AuditEntry" WHERE "id" = $1`],
  ])('refuses %s of an entry', async (_what, sql) => {
    const entry = await append(100);
    await expect(pool.query(sql, [entry.id])).rejects.toThrow(/audit entries are append-only/);
  });

  it('refuses to empty the table', async () => {
    await expect(pool.query('TRUNCATE "AuditEntry"')).rejects.toThrow(/audit entries are append-only: TRUNCATE/);
  });

  it('names the entry whose content was changed behind the triggers', async () => {
    const entry: AuditEntry = await append(200);
    const report = await verifiedAfterTampering(`UPDATE "AuditEntry" SET "reason" = 'nothing happened' WHERE "id" = $1`, entry.id);
    expect(report.broken).toEqual({ seq: entry.seq, id: entry.id, problem: expect.stringMatching(/does not match its hash/) });
  });

  it('names the entry after one rewritten with a hash recomputed to match: it no longer follows', async () => {
    const { hash, ...entry } = await append(300);
    await append(301);
    expect(entryHash(entry)).toBe(hash);
    const forged = { ...entry, after: { status: 'FILED' } };
    const report = await verifiedAfterTampering(`UPDATE "AuditEntry" SET "after" = $2, "hash" = $3 WHERE "id" = $1`, entry.id, forged.after, entryHash(forged));
    expect(report.broken).toMatchObject({ seq: entry.seq + 1, problem: `its prevHash is not the hash of entry ${entry.seq}` });
  });

  it('finds an entry taken out of the chain, at the entry after it', async () => {
    const removed = await append(400);
    const next = await append(401);
    const report = await verifiedAfterTampering(`DELETE FROM "AuditEntry" WHERE "id" = $1`, removed.id);
    expect(report.broken).toMatchObject({ seq: next.seq, id: next.id, problem: expect.stringMatching(/entries are missing/) });
  });

  it("appends a decision's entry once under its id, however often it is settled", async () => {
    const id = `decision-${service}-${Date.now()}`;
    const [first, second] = await Promise.all([
      inTransaction((c) => appendAuditEntry(pgSqlClient(c), { ...aDecision(500), id })),
      inTransaction((c) => appendAuditEntry(pgSqlClient(c), { ...aDecision(500), id })),
    ]);
    expect(second).toEqual(first);
    expect((await pool.query('SELECT count(*)::int AS n FROM "AuditEntry" WHERE "id" = $1', [id])).rows).toEqual([{ n: 1 }]);
  });

  it('holds again once the tampering is rolled back', async () => {
    expect((await verifyChain(pgSqlClient(pool))).broken).toBeNull();
  });
});
