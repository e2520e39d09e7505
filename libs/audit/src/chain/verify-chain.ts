import { AuditEntry, GENESIS_HASH } from './audit-entry';
import { entryHash } from './entry-hash';
import { readAuditEntries } from './read-entries';
import type { SqlClient } from './sql-client';

/** The first entry where the chain does not hold, and why. */
export interface ChainBreak {
  seq: number;
  id: string;
  problem: string;
}

export interface ChainReport {
  entries: number;
  /** The last entry's sequence number and hash: record them elsewhere to detect entries cut off the end. */
  head: { seq: number; hash: string } | null;
  broken: ChainBreak | null;
}

const PAGE = 1_000;

/**
 * Walks a service's audit chain from its first entry: each entry must follow the one before it
 * (seq + 1), name that entry's hash as prevHash, and hash to its own stored hash. Stops at the
 * first entry that does not.
 */
export async function verifyChain(db: SqlClient): Promise<ChainReport> {
  let previous: Link = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  const report = (broken: ChainBreak | null): ChainReport => ({ entries, head: entries ? previous : null, broken });
  for (;;) {
    const page = await readAuditEntries(db, { afterSeq: previous.seq, limit: PAGE });
    for (const entry of page) {
      const problem = problemOf(entry, previous);
      if (problem) return report({ seq: entry.seq, id: entry.id, problem });
      previous = { seq: entry.seq, hash: entry.hash };
      entries += 1;
    }
    if (page.length < PAGE) return report(null);
  }
}

type Link = Pick<AuditEntry, 'seq' | 'hash'>;

function problemOf(entry: AuditEntry, previous: Link): string | null {
  if (entry.seq !== previous.seq + 1) return `expected entry ${previous.seq + 1} next, found ${entry.seq}: entries are missing`;
  if (entry.prevHash !== previous.hash) return `its prevHash is not the hash of entry ${previous.seq}`;
  const { hash, ...content } = entry;
  if (entryHash(content) !== hash) return 'its content does not match its hash: it was changed after it was written';
  return null;
}
