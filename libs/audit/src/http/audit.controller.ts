import { Controller, Get, Inject, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { CurrentActor, DescribeQuery, RequestActor, requireRole, ValidQuery } from '@makerspace/http';
import type { AuditFilter } from '../chain/read-entries';
import { readAuditEntries } from '../chain/read-entries';
import type { AuditDatabase } from '../chain/sql-client';
import { AUDIT_CSV } from './audit-csv';
import { AuditExportQuery, AuditExportSearch, auditFilter, AuditQuery, AuditSearch } from './audit-query';
import { AUDIT_DATABASE } from './audit-database';

const EXPORT_PAGE = 1_000;

/** The service's audit trail for the city: who decided or changed what, when, why, before and after. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(@Inject(AUDIT_DATABASE) private readonly db: AuditDatabase) {}

  /** Entries in chain order, a page at a time (`after` = the last seq of the previous page). */
  @Get()
  @DescribeQuery(AuditQuery)
  list(@CurrentActor() actor: RequestActor, @ValidQuery(AuditQuery) q: AuditSearch) {
    requireRole(actor, 'city-officer');
    return readAuditEntries(this.db, auditFilter(q, q.limit, q.after));
  }

  /** Every matching entry as CSV, with its hashes, so a copy can be checked against the chain later. */
  @Get('export.csv')
  @ApiProduces('text/csv')
  @DescribeQuery(AuditExportQuery)
  export(@CurrentActor() actor: RequestActor, @ValidQuery(AuditExportQuery) q: AuditExportSearch) {
    requireRole(actor, 'city-officer');
    const file = new StreamableFile(Readable.from(csvOf(this.db, auditFilter(q, EXPORT_PAGE))), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="audit.csv"',
    });
    // A read failing midway cuts the download off, rather than ending it as if it were whole.
    return file.setErrorHandler((error, res) => res.destroy?.(error));
  }
}

async function* csvOf(db: AuditDatabase, filter: AuditFilter): AsyncGenerator<string> {
  yield AUDIT_CSV.header();
  for (let afterSeq = filter.afterSeq; ;) {
    const page = await readAuditEntries(db, { ...filter, afterSeq });
    if (page.length > 0) yield AUDIT_CSV.lines(page);
    if (page.length < filter.limit) return;
    afterSeq = page[page.length - 1].seq;
  }
}
