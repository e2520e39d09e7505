import type { JsonValue } from './canonical-json';

/** What a service records of a decision or a change: who, what, on which record, why, and the record before and after. */
export interface AuditRecord {
  /** The entry's id where it must be found again: a decision's id, so that it is written once however often it is settled. */
  id?: string;
  actor: { id: string; role: string };
  /** The deed in the domain's words, `<subject>.<past tense>`: `application.submitted`, `task.claimed`. */
  action: string;
  subject: { type: string; id: string };
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

/** One stored entry of a service's audit chain (table "AuditEntry"). */
export interface AuditEntry {
  id: string;
  /** 1, 2, 3, … without gaps: the entry's place in the chain. */
  seq: number;
  at: Date;
  actorId: string;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  reason: string | null;
  before: JsonValue | null;
  after: JsonValue | null;
  /** The hash of the entry before it (GENESIS_HASH for the first). */
  prevHash: string;
  hash: string;
}

/** What the first entry of a chain names as the hash before it. */
export const GENESIS_HASH = '0'.repeat(64);
