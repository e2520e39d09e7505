import { PrismaPg } from 'prisma-6-adapter-pg';
import { Client } from 'pg';
import { ConnectionSettings, poolConfig } from './connection-settings';

/**
 * The driver adapter Prisma 6.19's CLI (migrate deploy, migrate diff) uses with its bundled wasm
 * schema engine (`engine: "js"` in prisma-migrate.config.ts), so migrations run without downloading
 * the native schema engine. It is @prisma/adapter-pg 6.19.3 (the `prisma-6-adapter-pg` package, of
 * the CLI's own version), which fails in migrate in four known ways, each mended here and only here
 * (the services' own clients use the stock Prisma 7 adapter):
 *  (a) it rejects the column types `name` (OID 19) and `"char"` (OID 18) that schema introspection
 *      returns: they are reported as text;
 *  (b) it splits scripts on every `;`, breaking literals such as DEFAULT 'a;b': a script runs as
 *      one simple-protocol query;
 *  (c) it drops the shadow database while its own pool still holds connections: the pool is
 *      closed first and the drop is forced;
 *  (d) a connection string could override the shadow database's name: fields are passed
 *      separately, and idle pools let the process exit.
 * Remove this file when Prisma's CLI runs migrations through the stock adapter.
 */
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type PgResult = { fields: { dataTypeID: number }[] };

type Queryable = {
  /** One result, or one per statement when a script of several statements runs as a raw query. */
  performIO(query: unknown): Promise<PgResult | PgResult[]>;
  executeScript(script: string): Promise<void>;
  startTransaction(isolation?: string): Promise<Queryable>;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
};

function mendQueryable(q: Queryable): Queryable {
  const performIO = q.performIO.bind(q);
  q.performIO = async (query) => {
    const result = await performIO(query);
    for (const r of [result].flat()) for (const f of r.fields) if (f.dataTypeID === NAME_OID || f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID; // (a)
    return result;
  };
  return q;
}

class MigrationPgAdapter extends PrismaPg {
  constructor(private readonly settings: ConnectionSettings) {
    super(poolConfig(settings, { allowExitOnIdle: true, max: 2 })); // (d)
  }

  override async connect() {
    const adapter = (await super.connect()) as unknown as Queryable;
    mendQueryable(adapter);
    const driver = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      try {
        await driver.query(script); // (b)
      } catch (e) {
        (adapter as unknown as { onError(e: unknown): never }).onError(e);
      }
    };
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolation) => mendQueryable(await startTransaction(isolation));
    return adapter as unknown as Awaited<ReturnType<PrismaPg['connect']>>;
  }

  override async connectToShadowDb() {
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await this.admin(`CREATE DATABASE "${name}"`);
    const shadow = await new MigrationPgAdapter({ ...this.settings, database: name }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose(); // (c) close our pool first
      await this.admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return shadow;
  }

  private async admin(sql: string) {
    const client = new Client(poolConfig(this.settings));
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

export function migrationAdapter(settings: ConnectionSettings): PrismaPg {
  return new MigrationPgAdapter(settings);
}
