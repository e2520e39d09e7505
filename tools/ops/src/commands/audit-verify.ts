import { AUDITED_SERVICES, pgSqlClient, verifyChain } from '@makerspace/audit';
import type { Command } from '../command';
import { withDatabase } from '../database';

/**
 * Checks every service's audit chain in its database directly: a check run through the service
 * would trust the very process whose records it checks. Names the first broken entry.
 */
export const auditVerify: Command = {
  name: 'audit-verify',
  usage: 'audit-verify',
  summary: "check every service's audit chain (hashes, order, no gap) in its database; exit 1 when one is broken or unreadable",
  async run(_args, io) {
    let failed = false;
    for (const service of AUDITED_SERVICES) {
      await withDatabase(service, async (pool, database) => {
        try {
          const report = await verifyChain(pgSqlClient(pool));
          if (report.broken) {
            failed = true;
            io.out(
              `${service} (${database}): BROKEN at entry ${report.broken.seq} (id ${report.broken.id}): ${report.broken.problem}; ${report.entries} entries before it hold`,
            );
          } else {
            const head = report.head ? `; head ${report.head.seq} ${report.head.hash}` : '';
            io.out(`${service} (${database}): ${report.entries} entries, chain holds${head}`);
          }
        } catch (e) {
          failed = true;
          io.out(`${service} (${database}): could not be read: ${e instanceof Error ? e.message : String(e)}`);
        }
      });
    }
    return failed ? 1 : 0;
  },
};
