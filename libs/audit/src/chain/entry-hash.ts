import { createHash } from 'node:crypto';
import type { AuditEntry } from './audit-entry';
import { canonicalJson } from './canonical-json';

/**
 * sha256 (hex) over the canonical JSON of everything the entry says, followed by the hash of the
 * entry before it: changing any field of any entry, or taking one out, breaks every hash after it.
 */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { prevHash, at, ...content } = entry;
  return createHash('sha256')
    .update(canonicalJson({ ...content, at: at.toISOString() }))
    .update(prevHash)
    .digest('hex');
}
