import { CsvTable } from '@makerspace/spreadsheet';
import type { AuditEntry } from '../chain/audit-entry';
import { canonicalJson } from '../chain/canonical-json';

/** The audit export's columns: every field of an entry, records as canonical JSON, with the hashes to check a copy against the chain. */
export const AUDIT_CSV = new CsvTable<AuditEntry>([
  { header: 'seq', value: (e) => e.seq },
  { header: 'at', value: (e) => e.at.toISOString() },
  { header: 'actor_id', value: (e) => e.actorId },
  { header: 'actor_role', value: (e) => e.actorRole },
  { header: 'action', value: (e) => e.action },
  { header: 'subject_type', value: (e) => e.subjectType },
  { header: 'subject_id', value: (e) => e.subjectId },
  { header: 'reason', value: (e) => e.reason },
  { header: 'before', value: (e) => (e.before === null ? null : canonicalJson(e.before)) },
  { header: 'after', value: (e) => (e.after === null ? null : canonicalJson(e.after)) },
  { header: 'id', value: (e) => e.id },
  { header: 'prev_hash', value: (e) => e.prevHash },
  { header: 'hash', value: (e) => e.hash },
]);
