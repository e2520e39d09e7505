import type { AuditEntry } from '../chain/audit-entry';
import { canonicalJson } from '../chain/canonical-json';

const COLUMNS: [header: string, value: (e: AuditEntry) => string | number][] = [
  ['seq', (e) => e.seq],
  ['at', (e) => e.at.toISOString()],
  ['actor_id', (e) => e.actorId],
  ['actor_role', (e) => e.actorRole],
  ['action', (e) => e.action],
  ['subject_type', (e) => e.subjectType],
  ['subject_id', (e) => e.subjectId],
  ['reason', (e) => e.reason ?? ''],
  ['before', (e) => (e.before === null ? '' : canonicalJson(e.before))],
  ['after', (e) => (e.after === null ? '' : canonicalJson(e.after))],
  ['id', (e) => e.id],
  ['prev_hash', (e) => e.prevHash],
  ['hash', (e) => e.hash],
];

/** A field as RFC 4180 writes it; a leading formula character is neutralised for spreadsheets. */
function field(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line, after a byte-order mark so spreadsheet programs read Chinese text as UTF-8. */
export const AUDIT_CSV_HEADER = `\uFEFF${COLUMNS.map(([h]) => h).join(',')}\r\n`;

export function auditCsvLine(entry: AuditEntry): string {
  return `${COLUMNS.map(([, value]) => field(value(entry))).join(',')}\r\n`;
}
