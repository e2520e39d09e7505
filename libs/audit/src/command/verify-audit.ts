import { Pool } from 'pg';
import { connectionSettings, poolConfig } from '@makerspace/database';
import { pgSqlClient } from '../chain/pg-sql-client';
import { verifyChain } from '../chain/verify-chain';
import { AUDITED_SERVICES } from './audited-services';

/**
 * `npm run audit:verify`: checks every service's audit chain and names the first broken entry.
 * Exits 1 when a chain is broken or a database cannot be read. DATABASE_NAME_SUFFIX=_test checks
 * the test databases.
 */
async function main(): Promise<number> {
  let failed = false;
  for (const service of AUDITED_SERVICES) {
    const settings = connectionSettings(service);
    const pool = new Pool(poolConfig(settings, { max: 1 }));
    try {
      const report = await verifyChain(pgSqlClient(pool));
      if (report.broken) {
        failed = true;
        console.log(`${service} (${settings.database}): BROKEN at entry ${report.broken.seq} (id ${report.broken.id}): ${report.broken.problem}; ${report.entries} entries before it hold`);
      } else {
        const head = report.head ? `; head ${report.head.seq} ${report.head.hash}` : '';
        console.log(`${service} (${settings.database}): ${report.entries} entries, chain holds${head}`);
      }
    } catch (e) {
      failed = true;
      console.log(`${service} (${settings.database}): could not be read: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      await pool.end();
    }
  }
  return failed ? 1 : 0;
}

void main().then((code) => process.exit(code));
