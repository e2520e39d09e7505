import { Inject, Injectable } from '@nestjs/common';
import type { AuditEntry, AuditRecord } from '../chain/audit-entry';
import { appendAuditEntry } from '../chain/append-entry';
import type { AuditDatabase, SqlClient } from '../chain/sql-client';
import { AUDIT_DATABASE } from './audit-database';

/** Where a service records its decisions and changes. */
@Injectable()
export class AuditTrail {
  constructor(@Inject(AUDIT_DATABASE) private readonly db: AuditDatabase) {}

  /** The entry of a change made in `tx`: call it last in that transaction, so both commit or neither. */
  append(tx: SqlClient, record: AuditRecord): Promise<AuditEntry> {
    return appendAuditEntry(tx, record);
  }

  /**
   * The entry of a decision taken elsewhere (a workflow took it and holds its truth), written
   * once that decision was accepted, in a transaction of its own.
   */
  record(record: AuditRecord): Promise<AuditEntry> {
    return this.db.$transaction((tx) => appendAuditEntry(tx, record));
  }
}
